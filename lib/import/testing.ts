// Test support for the import tests: the state of a test database (row counts of every table
// and a checksum of every row, read over a separate connection), an integrity check, and
// realistic announcement texts. SQLite by default; PostgreSQL when the test database is one.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { type Db, isPostgresUrl } from "../db/client";

export interface DbState {
  counts: Record<string, number>;
  checksum: string;
}

function fileOf(url: string): string {
  return url.replace(/^file:/, "");
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Runs queries over a separate connection to the test database (never the client under test). */
async function withConnection<T>(url: string, run: (query: (sql: string) => Promise<unknown[][]>) => Promise<T>): Promise<T> {
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await run(async (sql) => (await client.query({ text: sql, rowMode: "array" })).rows as unknown[][]);
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(fileOf(url), { readonly: true });
  try {
    return await run(async (sql) => sqlite.prepare(sql).raw().all() as unknown[][]);
  } finally {
    sqlite.close();
  }
}

/** Row counts of all tables and a sha256 over all their rows. */
export async function dbState(url: string): Promise<DbState> {
  const postgres = isPostgresUrl(url);
  return withConnection(url, async (query) => {
    const tables = (
      await query(
        postgres
          ? `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`
          : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
    ).map((r) => String(r[0]));
    const hash = createHash("sha256");
    const counts: Record<string, number> = {};
    for (const t of tables) {
      // Table names come from the catalogue, not from input; quoted as identifiers.
      const rows = await query(`SELECT * FROM ${quoteIdent(t)} ORDER BY 1`);
      counts[t] = rows.length;
      hash.update(t).update(JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
    }
    return { counts, checksum: hash.digest("hex") };
  });
}

/** "ok" when the database is sound: SQLite's integrity and foreign-key checks, and no orphan rows. */
export async function integrityCheck(url: string): Promise<string> {
  const problems: string[] = [];
  await withConnection(url, async (query) => {
    if (!isPostgresUrl(url)) {
      const integrity = (await query("PRAGMA integrity_check")).map((r) => String(r[0]));
      if (integrity.join() !== "ok") problems.push(...integrity);
      if ((await query("PRAGMA foreign_key_check")).length) problems.push("foreign key violations");
    }
    const orphans = await query(
      `SELECT (SELECT COUNT(*) FROM "Action" a LEFT JOIN "Announcement" n ON n."id" = a."announcementId" WHERE n."id" IS NULL),
              (SELECT COUNT(*) FROM "Announcement" n LEFT JOIN "Source" s ON s."id" = n."sourceId" WHERE s."id" IS NULL)`,
    );
    if (Number(orphans[0][0]) || Number(orphans[0][1])) problems.push(`orphan rows: ${orphans[0].join(", ")}`);
  });
  return problems.length ? problems.join("; ") : "ok";
}

/**
 * Resolves once another connection has held an open writing transaction for `forMs`:
 * SQLite — probed with BEGIN IMMEDIATE (no wait); PostgreSQL — pg_stat_activity.
 */
export async function waitForWriter(url: string, forMs: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      while (Date.now() < deadline) {
        const { rows } = await client.query(
          `SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
             AND backend_xid IS NOT NULL AND now() - xact_start >= make_interval(secs => $1)`,
          [forMs / 1000],
        );
        if (Number(rows[0].n) > 0) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await client.end();
    }
    throw new Error("no import transaction was seen writing");
  }
  const probe = new Database(fileOf(url), { timeout: 0 });
  let lockedSince: number | null = null;
  try {
    while (Date.now() < deadline) {
      let locked = false;
      try {
        probe.exec("BEGIN IMMEDIATE");
        probe.exec("ROLLBACK");
      } catch (e) {
        if (!/SQLITE_BUSY|locked/i.test(String((e as { code?: string }).code ?? e))) throw e;
        locked = true;
      }
      lockedSince = locked ? (lockedSince ?? Date.now()) : null;
      if (lockedSince !== null && Date.now() - lockedSince >= forMs) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error("no import transaction was seen holding the write lock");
  } finally {
    probe.close();
  }
}

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** A Chongqing 任免名单 as Chongqing Daily prints it (abridged from the 2024-11-28 list). */
export const CHONGQING_LIST = `重庆市人民代表大会常务委员会公告
〔六届〕第58号

重庆市第六届人民代表大会常务委员会第十二次会议于2024年11月28日通过的任免名单，现予公告。

重庆市人民代表大会常务委员会
2024年11月28日

重庆市人民代表大会常务委员会任免名单
（2024年11月28日重庆市第六届人民代表大会常务委员会第十二次会议通过）

一、决定任命
姜国杰为重庆市人民政府副市长；
易晓东为重庆市第一中级人民法院院长。

二、任命
蒋佩伏为重庆市高级人民法院副院长、审判委员会委员、审判员；
吴涛为重庆市第三中级人民法院审判委员会委员、审判员。

三、免去
蒋佩伏的重庆市第三中级人民法院副院长、审判委员会委员、审判员职务；
杨国权的重庆市人大教育科学文化卫生委员会副主任委员职务。
`;

/** Entries in CHONGQING_LIST: 2 决定任命 + 5 任命 + 4 免去. */
export const CHONGQING_LIST_ENTRIES = 11;

/** A later list of the same committee (another meeting): 1 任命 + 1 免去. */
export const LATER_LIST = `重庆市人民代表大会常务委员会任免名单
（2025年1月15日重庆市第六届人民代表大会常务委员会第十四次会议通过）

一、任命
王剑波为重庆市第三中级人民法院院长。

二、免去
张俊文的重庆市第四中级人民法院院长职务。
`;

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "国建明伟华军平东文志海春晓红小丽刚勇杰涛斌波强磊鹏飞宇林峰超德云兵亮辉俊玲燕芳静敏霞琳";
const DIGITS = "零一二三四五六七八九";

function personName(i: number): string {
  const s = SURNAMES.length;
  const g = GIVEN.length;
  return SURNAMES[i % s] + GIVEN[Math.floor(i / s) % g] + GIVEN[Math.floor(i / (s * g)) % g];
}

function chineseNumber(n: number): string {
  if (n <= 10) return n === 10 ? "十" : DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
}

/** `count` (< 9,000) distinct 任免名单 (one a week from 1998, each its own meeting), each appointing `perList` judges. */
export function manyLists(count: number, perList = 20): string {
  const parts: string[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const d = new Date(Date.UTC(1998, 0, 1) + i * 7 * 86_400_000);
    const lines: string[] = [];
    for (let j = 0; j < perList; j++) {
      lines.push(`${personName(k++)}为重庆市第${chineseNumber((j % 5) + 1)}中级人民法院审判员${j === perList - 1 ? "。" : "；"}`);
    }
    parts.push(
      `重庆市人民代表大会常务委员会任免名单\n` +
        `（${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日重庆市第${chineseNumber(Math.floor(i / 90) + 1)}届人民代表大会常务委员会第${chineseNumber((i % 90) + 1)}次会议通过）\n\n` +
        `一、任命\n${lines.join("\n")}\n`,
    );
  }
  return parts.join("\n\n");
}

/**
 * A digest of every table's content, without database ids or times, so that two databases built in
 * different orders or batches can be compared: rows are described by what they say (a person by the
 * entries they hold, an entry by its announcement's fingerprint and position, a post by its organ
 * and title) and sorted. People who hold no entry (left behind as redirects when a re-link gave their
 * entries to someone else) depend on the order the files came in; they are counted apart.
 */
export async function contentDigests(
  db: Db,
): Promise<{ digests: Record<string, string>; counts: Record<string, number>; redirects: number }> {
  const [sources, announcements, organizations, posts, people, actions, tenures, corrections, suggestions] = await Promise.all([
    db.source.findMany({ select: { id: true, sha256: true, name: true, encoding: true, byteLength: true, text: true } }),
    db.announcement.findMany(),
    db.organization.findMany(),
    db.post.findMany(),
    db.person.findMany(),
    db.action.findMany(),
    db.tenure.findMany(),
    db.correction.findMany(),
    db.identitySuggestion.findMany(),
  ]);
  const sourceOf = new Map(sources.map((s) => [s.id, s.sha256]));
  const fingerprintOf = new Map(announcements.map((a) => [a.id, a.fingerprint]));
  const organizationOf = new Map(organizations.map((o) => [o.id, o.name]));
  const postOf = new Map(posts.map((p) => [p.id, `${organizationOf.get(p.organizationId)}|${p.title}`]));
  const refOf = new Map(actions.map((a) => [a.id, `${fingerprintOf.get(a.announcementId)}:${a.ordinal}`]));
  const held = new Map<number, string[]>();
  for (const a of actions) held.set(a.personId, [...(held.get(a.personId) ?? []), refOf.get(a.id)!]);
  const personOf = new Map([...held].map(([id, refs]) => [id, sha256(refs.sort().join(","))]));
  const label = (personId: number | null) => (personId === null ? "" : (personOf.get(personId) ?? "(no entries)"));
  const rows: Record<string, string[]> = {
    Source: sources.map((s) => [s.sha256, s.name, s.encoding, s.byteLength, sha256(s.text)].join("|")),
    Announcement: announcements.map((a) =>
      [a.fingerprint, sourceOf.get(a.sourceId), a.issuer, a.number, a.date, a.meeting, a.spanStart, a.spanEnd, a.entryCount].join("|"),
    ),
    Organization: organizations.map((o) =>
      [o.name, o.kind, o.aliases, o.parentId === null ? "" : organizationOf.get(o.parentId)].join("|"),
    ),
    Post: posts.map((p) => [postOf.get(p.id), p.rank].join("|")),
    Person: people
      .filter((p) => personOf.has(p.id))
      .map((p) => [label(p.id), p.name, p.nameKey, p.pinyin, p.initials, label(p.mergedIntoId)].join("|")),
    Action: actions.map((a) =>
      [refOf.get(a.id), a.personName, label(a.personId), a.linkReason, postOf.get(a.postId), a.kind, a.date, a.spanStart, a.spanEnd].join(
        "|",
      ),
    ),
    Tenure: tenures.map((t) =>
      [
        label(t.personId),
        postOf.get(t.postId),
        t.startActionId === null ? "" : refOf.get(t.startActionId),
        t.endActionId === null ? "" : refOf.get(t.endActionId),
        t.startDate,
        t.endDate,
        t.status,
        t.acting,
      ].join("|"),
    ),
    Correction: corrections.map((c) => [c.kind, c.payload, c.reason, c.decidedBy, c.undoneAt !== null].join("|")),
    IdentitySuggestion: suggestions.map((s) => [label(s.personId), label(s.otherPersonId), s.evidence].join("|")),
  };
  const digests: Record<string, string> = {};
  const counts: Record<string, number> = {};
  for (const [table, lines] of Object.entries(rows)) {
    digests[table] = sha256(lines.sort().join("\n"));
    counts[table] = lines.length;
  }
  return { digests, counts, redirects: people.length - counts.Person };
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
