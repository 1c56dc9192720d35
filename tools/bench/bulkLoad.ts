// Builds a benchmark database of N actions quickly, without the importer: the generated pages
// are parsed by our parser as the importer would, people are linked by the same pure rules
// (linkIdentities over every entry of each name, as rederiveAll would), tenures come from the same
// pure deriveTenures, and rows are written with multi-row INSERTs through the bare driver. The
// result is what importing everything would store, so later imports only add to it. Used so that search, roster, table and export are measured at
// the full size even when an end-to-end import of that size does not fit in the time at hand.
import { createHash } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { isPostgresUrl } from "../../lib/db/client";
import { actionRef, type IdentityFact, linkIdentities } from "../../lib/derive/identity";
import { type ActionFact, deriveTenures, isSingleHolderPost } from "../../lib/derive/tenures";
import { nameInitials, nameKey, namePinyin } from "../../lib/domain/names";
import { orgKind, orgParentName, postRank } from "../../lib/domain/orgs";
import { announcementFingerprint } from "../../lib/import/importSource";
import { parseAnnouncements } from "../../lib/parse";
import type { TruthAnnouncement } from "../generate";
import { type Row, rawWriter } from "./driver";

export interface BulkLoadResult {
  actions: number;
  people: number;
  files: number;
  unmatched: number;
  seconds: number;
}

/** Loads the generated pages of `dataDir`, except the files named in `except` (paths relative to it). */
export async function bulkLoad(
  url: string,
  dataDir: string,
  log: (line: string) => void,
  except: Set<string> = new Set(),
): Promise<BulkLoadResult> {
  const started = performance.now();
  const sources: Row[] = [];
  const announcements: Row[] = [];
  const actions: Row[] = [];
  const orgs = new Map<string, { id: number; alias: string }>();
  const posts = new Map<string, { id: number; title: string }>();
  const personRows: Row[] = [];
  const identity: IdentityFact[] = [];
  const pinyinCache = new Map<string, [string, string, string]>();
  let unmatched = 0;
  const keyCache = new Map<string, string>();
  const keyOf = (name: string) => {
    let k = keyCache.get(name);
    if (k === undefined) keyCache.set(name, (k = nameKey(name)));
    return k;
  };

  const orgId = (name: string, alias?: string): number => {
    const o = orgs.get(name);
    if (o) return o.id;
    const parent = orgParentName(name);
    if (parent && parent !== name) orgId(parent);
    const id = orgs.size + 1;
    orgs.set(name, { id, alias: alias ?? "" });
    return id;
  };
  const postId = (org: number, title: string): number => {
    const key = `${org}\u0000${title}`;
    let p = posts.get(key);
    if (!p) posts.set(key, (p = { id: posts.size + 1, title }));
    return p.id;
  };
  const lines = createInterface({ input: createReadStream(join(dataDir, "truth.jsonl")), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const { file, announcements: truth } = JSON.parse(line) as { file: string; announcements: TruthAnnouncement[] };
    if (except.has(file)) continue;
    const bytes = readFileSync(join(dataDir, file));
    const text = bytes.toString("utf8");
    const sourceId = sources.length + 1;
    sources.push([sourceId, createHash("sha256").update(bytes).digest("hex"), join(dataDir, file), "utf-8", bytes.length, text]);
    let expected = 0;
    for (const a of truth) expected += a.entries.length;
    let found = 0;
    for (const a of parseAnnouncements(text).announcements) {
      const announcementId = announcements.length + 1;
      const fingerprint = announcementFingerprint(a);
      announcements.push([
        announcementId,
        sourceId,
        a.issuer,
        a.number,
        a.date,
        a.meeting,
        a.span[0],
        a.span[1],
        fingerprint,
        a.entries.length,
      ]);
      for (const [ordinal, e] of a.entries.entries()) {
        found++;
        const organizationId = orgId(e.org, e.org_alias);
        const post = postId(organizationId, e.post);
        const id = actions.length + 1;
        // personId and linkReason are filled in once every entry of every name is known.
        actions.push([id, announcementId, ordinal, e.person, 0, "", post, e.action, a.date, e.span[0], e.span[1]]);
        identity.push({
          ref: actionRef(fingerprint, ordinal),
          name: e.person,
          nameKey: keyOf(e.person),
          kind: e.action,
          postId: post,
          organizationId,
          orgName: e.org,
          orgKind: orgKind(e.org),
          postTitle: e.post,
          date: a.date,
          announcementKey: fingerprint,
          ordinal,
          clauseStart: e.span[0],
        });
      }
    }
    unmatched += Math.abs(expected - found);
    if (sources.length % 1000 === 0) log(`bulk load: parsed ${sources.length} files, ${actions.length} actions`);
  }

  // People: the importer's identity rules over all entries (one person per cluster).
  log(`bulk load: linking ${identity.length} entries to people`);
  const { clusters, links } = linkIdentities(identity);
  const personOfCluster = new Map<number, number>();
  const firstName = new Map(identity.map((f) => [f.ref, f.name]));
  for (const c of clusters) {
    const id = personRows.length + 1;
    personOfCluster.set(c.id, id);
    const name = firstName.get(c.refs[0])!;
    let keys = pinyinCache.get(name);
    if (!keys) pinyinCache.set(name, (keys = [keyOf(name), namePinyin(name), nameInitials(name)]));
    personRows.push([id, name, ...keys]);
  }
  const facts: ActionFact[] = [];
  for (const [i, f] of identity.entries()) {
    const link = links.get(f.ref)!;
    const row = actions[i];
    row[4] = personOfCluster.get(link.cluster)!;
    row[5] = link.reason;
    facts.push({
      id: row[0] as number,
      personId: row[4] as number,
      postId: f.postId,
      kind: f.kind,
      date: f.date,
      announcementKey: f.announcementKey,
      ordinal: f.ordinal,
    });
  }
  identity.length = 0;

  // Tenures per post, from the same pure derivation the importer uses.
  const byPost = new Map<number, ActionFact[]>();
  for (const f of facts) {
    const list = byPost.get(f.postId);
    if (list) list.push(f);
    else byPost.set(f.postId, [f]);
  }
  const titleOf = new Map([...posts.values()].map((p) => [p.id, p.title]));
  const tenures: Row[] = [];
  for (const [post, list] of byPost) {
    const single = isSingleHolderPost(titleOf.get(post)!);
    for (const t of deriveTenures(list.map((f) => ({ ...f, singleHolder: single })))) {
      tenures.push([tenures.length + 1, t.personId, t.postId, t.startActionId, t.endActionId, t.startDate, t.endDate, t.status, t.acting]);
    }
  }

  log(`bulk load: writing ${actions.length} actions, ${personRows.length} people, ${tenures.length} tenures`);
  const orgRows: Row[] = [...orgs].map(([name, o]) => {
    const parent = orgParentName(name);
    return [o.id, name, orgKind(name), o.alias, parent && parent !== name ? orgs.get(parent)!.id : null];
  });
  const postRows: Row[] = [...posts].map(([key, p]) => [p.id, Number(key.split("\u0000")[0]), p.title, postRank(p.title)]);
  const w = await rawWriter(url);
  try {
    await w.insert("Source", ["id", "sha256", "name", "encoding", "byteLength", "text"], sources, 50);
    await w.insert("Organization", ["id", "name", "kind", "aliases", "parentId"], orgRows);
    await w.insert("Post", ["id", "organizationId", "title", "rank"], postRows);
    await w.insert("Person", ["id", "name", "nameKey", "pinyin", "initials"], personRows);
    await w.insert(
      "Announcement",
      ["id", "sourceId", "issuer", "number", "date", "meeting", "spanStart", "spanEnd", "fingerprint", "entryCount"],
      announcements,
    );
    await w.insert(
      "Action",
      ["id", "announcementId", "ordinal", "personName", "personId", "linkReason", "postId", "kind", "date", "spanStart", "spanEnd"],
      actions,
    );
    await w.insert(
      "Tenure",
      ["id", "personId", "postId", "startActionId", "endActionId", "startDate", "endDate", "status", "acting"],
      tenures,
    );
    if (isPostgresUrl(url)) {
      // Explicit ids: the SERIAL sequences must move past them. Then the statistics autovacuum would gather.
      for (const t of ["Source", "Organization", "Post", "Person", "Announcement", "Action", "Tenure"]) {
        await w.exec(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), COALESCE((SELECT MAX(id) FROM "${t}"), 0) + 1, false)`);
      }
      await w.exec("ANALYZE");
    }
  } finally {
    await w.close();
  }
  return {
    actions: actions.length,
    people: personRows.length,
    files: sources.length,
    unmatched,
    seconds: (performance.now() - started) / 1000,
  };
}
