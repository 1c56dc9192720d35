// Runs once when the server starts: warns the operator about a token too short to resist guessing.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { configuredToken, weakTokenWarning } = await import("./lib/auth/token");
  const warning = weakTokenWarning(configuredToken());
  if (warning) console.warn(warning);
}
