// POST /login/signout: ends this browser's session on the server (a kept copy of the cookie is
// refused from then on). A route handler so that it works with an expired session too.
import { signOut } from "@/app/_auth/editor";

export const dynamic = "force-dynamic";

export async function POST(): Promise<Response> {
  await signOut();
  return new Response(null, { status: 303, headers: { location: "/login?signedOut=1", "cache-control": "no-store" } });
}
