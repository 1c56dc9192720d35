// robots.txt (RFC 9309): the group for our user agent (else *), longest matching Allow/Disallow wins.

export type RobotsRule = (path: string) => boolean;

interface Group {
  agents: string[];
  rules: { allow: boolean; pattern: string }[];
}

function parseGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, "").trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].trim();
    if (key === "user-agent") {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === "allow" || key === "disallow") {
      // An empty Disallow allows everything: it adds no rule.
      if (value) current.rules.push({ allow: key === "allow", pattern: value });
    }
  }
  return groups;
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith("$");
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const re = new RegExp(
    `^${body
      .split("*")
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}${anchored ? "$" : ""}`,
  );
  return re.test(path);
}

/** Whether a path (with its query) may be fetched by `agent` under these robots.txt rules. */
export function robotsRule(text: string, agent: string): RobotsRule {
  const groups = parseGroups(text);
  const name = agent.toLowerCase();
  const mine = groups.filter((g) => g.agents.some((a) => a !== "*" && name.includes(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes("*"));
  const rules = chosen.flatMap((g) => g.rules);
  return (path) => {
    let best: { allow: boolean; length: number } | null = null;
    for (const r of rules) {
      if (!matches(r.pattern, path)) continue;
      const length = r.pattern.length;
      if (!best || length > best.length || (length === best.length && r.allow)) best = { allow: r.allow, length };
    }
    return best ? best.allow : true;
  };
}

export const allowAll: RobotsRule = () => true;
export const denyAll: RobotsRule = () => false;
