// How well the identity rules tell people apart, measured on generated pages whose truth knows
// who is who (names collide, ids do not). Runs the rules (lib/derive/identity.ts) on the true
// entries, so parser errors do not count here; prints pairwise precision and recall over all
// pairs of same-name entries, and how many people each side sees.
// Then, per kind of reason: how many links it made and how many of them joined an entry to a
// cluster whose first entry is someone else; --examples N prints N wrong links with context.
// Usage: npm run bench:identity [-- --actions N[,M…]] [--seed S] [--examples N]  (default 20,000 and 100,000)
import { parseArgs } from "node:util";
import { type IdentityFact, linkIdentities } from "../lib/derive/identity";
import { isSingleHolderPost } from "../lib/derive/tenures";
import { canonicalOrgan, displayName } from "../lib/domain/lineage";
import { orgKind } from "../lib/domain/orgs";
import { generatePages } from "../tools/generate";

async function main() {
  const { values } = parseArgs({
    options: {
      actions: { type: "string", default: "20000,100000" },
      seed: { type: "string", default: "1" },
      examples: { type: "string", default: "0" },
    },
  });
  for (const n of values.actions.split(",")) run(Number(n), Number(values.seed), Number(values.examples));
}

function run(actions: number, seed: number, examples: number) {
  const values = { actions, seed, examples };
  const facts: IdentityFact[] = [];
  const truth = new Map<string, number>();
  const orgIds = new Map<string, number>();
  const postIds = new Map<string, number>();
  const idOf = (m: Map<string, number>, k: string) => {
    if (!m.has(k)) m.set(k, m.size + 1);
    return m.get(k)!;
  };
  let announcement = 0;
  for (const page of generatePages({ actions: Number(values.actions), seed: Number(values.seed) })) {
    for (const a of page.announcements) {
      const key = `${a.date}|${a.number}|${announcement++}`;
      a.entries.forEach((e, ordinal) => {
        const ref = `${key}:${ordinal}`;
        truth.set(ref, e.personId);
        // Organs as the importer stores them: one per body (lib/domain/lineage), under its current name.
        const body = canonicalOrgan(e.org).bodyKey;
        const orgName = displayName(e.org);
        facts.push({
          ref,
          name: e.person,
          nameKey: e.person,
          kind: e.action,
          postId: idOf(postIds, `${body}|${e.post}`),
          organizationId: idOf(orgIds, body),
          orgName,
          orgKind: orgKind(body || orgName),
          postTitle: e.post,
          date: a.date,
          announcementKey: key,
          ordinal,
          clauseStart: ordinal, // no clause spans in the truth: same-organ entries chain anyway
          singleHolder: isSingleHolderPost(e.post),
        });
      });
    }
  }
  const started = performance.now();
  const { clusters, links, suggestions } = linkIdentities(facts);
  const ms = performance.now() - started;

  // Pairwise counts over same-name entries: both say "same" (tp), only the rules (fp), only the truth (fn).
  const choose2 = (n: number) => (n * (n - 1)) / 2;
  const byName = new Map<string, IdentityFact[]>();
  for (const f of facts) byName.set(f.nameKey, [...(byName.get(f.nameKey) ?? []), f]);
  let tp = 0;
  let predicted = 0;
  let actual = 0;
  for (const group of byName.values()) {
    const byCluster = new Map<number, number>();
    const byTruth = new Map<number, number>();
    const byBoth = new Map<string, number>();
    for (const f of group) {
      const c = links.get(f.ref)!.cluster;
      const t = truth.get(f.ref)!;
      byCluster.set(c, (byCluster.get(c) ?? 0) + 1);
      byTruth.set(t, (byTruth.get(t) ?? 0) + 1);
      byBoth.set(`${c}:${t}`, (byBoth.get(`${c}:${t}`) ?? 0) + 1);
    }
    for (const n of byBoth.values()) tp += choose2(n);
    for (const n of byCluster.values()) predicted += choose2(n);
    for (const n of byTruth.values()) actual += choose2(n);
  }
  const people = new Set(truth.values()).size;
  const sharedNames = [...byName.values()].filter((g) => new Set(g.map((f) => truth.get(f.ref))).size > 1).length;
  console.log(
    `identity rules on ${facts.length} generated entries (seed ${values.seed}), ${byName.size} names, ${sharedNames} of them shared by several people`,
  );
  console.log(`people: truth ${people}, rules ${clusters.length}`);
  console.log(
    `same-person pairs: precision ${(tp / predicted).toFixed(4)}, recall ${(tp / actual).toFixed(4)} (${tp} of ${predicted} predicted, ${actual} true)`,
  );
  const suggestedPeople = new Set(suggestions.map((s) => s.cluster)).size;
  const rightSuggestions = suggestions.filter((s) => {
    const a = clusters[s.cluster].refs[0];
    const b = clusters[s.other].refs[0];
    return truth.get(a) === truth.get(b);
  }).length;
  console.log(
    `可能是同一人: ${suggestions.length} suggestions on ${suggestedPeople} new people, ${rightSuggestions} of them the same person in truth`,
  );
  console.log(`linkIdentities: ${ms.toFixed(0)} ms`);
  {
    const first = new Map<number, number>();
    const sorted = [...facts];
    for (const c of clusters) first.set(c.id, truth.get(c.refs[0])!);
    const stats = new Map<string, [number, number]>();
    for (const f of sorted) {
      const l = links.get(f.ref)!;
      const cat = l.reason
        .replace(/^同名者\d+人在[-0-9]+/, "同名者N人在D")
        .replace(/[：（].*$/, "")
        .replace(/，曾在.*$/, "，曾在…")
        .replace(/；.*$/, "");
      const s = stats.get(cat) ?? [0, 0];
      s[0]++;
      if (truth.get(f.ref) !== first.get(l.cluster)) s[1]++;
      stats.set(cat, s);
    }
    const seen = new Map<number, IdentityFact[]>();
    let shown = 0;
    const order = [...facts].sort((a, b) =>
      a.date! < b.date!
        ? -1
        : a.date! > b.date!
          ? 1
          : a.announcementKey < b.announcementKey
            ? -1
            : a.announcementKey > b.announcementKey
              ? 1
              : a.ordinal - b.ordinal,
    );
    for (const f of order) {
      const l = links.get(f.ref)!;
      const prev = seen.get(l.cluster) ?? [];
      const last = prev[prev.length - 1];
      if (
        last &&
        last.announcementKey !== f.announcementKey &&
        truth.get(last.ref) !== truth.get(f.ref) &&
        shown < Number(values.examples)
      ) {
        shown++;
        console.log("WRONG", f.date, f.name, f.kind, f.orgName + f.postTitle, "truth", truth.get(f.ref), "|", l.reason);
        for (const p of prev.slice(-4)) console.log("   prev", p.date, p.kind, p.orgName + p.postTitle, "truth", truth.get(p.ref));
      }
      seen.set(l.cluster, [...prev, f]);
    }
    console.log("links  into someone else's cluster  reason");
    for (const [k, [n, bad]] of [...stats].sort((a, b) => b[1][0] - a[1][0]))
      console.log(String(n).padStart(6), String(bad).padStart(8), " ", k);
  }
}

main();
