// Test fixtures for the query functions: stores announcements in the shape of FORMAT.md (the gold
// files beside the sample pages) the way the importer does — organs with their parents, posts with
// ranks, tenures re-derived — without going through the parser. Who is who is stated by the fixture
// (same name key = same person unless an entry says `who`), so the query tests do not depend on the
// identity rules, which are tested on their own.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import type { Prisma } from "../../generated/prisma/client";
import type { Db, Provider } from "../db/client";
import { createTestDb, type TestDb } from "../db/testing";
import { rederiveTenures } from "../derive/tenures";
import { isPinyinQuery, nameInitials, nameKey, namePinyin } from "../domain/names";
import { orgKind, orgParentName, postRank } from "../domain/orgs";
import type { ActionsFilter } from "./actions";
import { prefixRange } from "./common";
import { likeOperand, organizationNameWhere, personNameKeyWhere, postTitleWhere } from "./literal";

export interface GoldEntry {
  person: string;
  action: string;
  org: string;
  post: string;
  org_alias?: string;
  /** Fixture-only: tells same-name people apart (default: the name key). */
  who?: string;
}

export interface GoldAnnouncement {
  issuer: string;
  number: string | null;
  date: string | null;
  meeting: string | null;
  entries: GoldEntry[];
}

export function readGold(path: string): GoldAnnouncement[] {
  return (JSON.parse(readFileSync(path, "utf8")) as { announcements: GoldAnnouncement[] }).announcements;
}

async function orgId(db: Db, name: string, alias?: string): Promise<number> {
  const found = await db.organization.findUnique({ where: { name }, select: { id: true } });
  if (found) return found.id;
  const parentName = orgParentName(name);
  const parentId = parentName && parentName !== name ? await orgId(db, parentName) : null;
  return (await db.organization.create({ data: { name, kind: orgKind(name), aliases: alias ?? "", parentId }, select: { id: true } })).id;
}

async function personId(db: Db, people: Map<string, number>, e: GoldEntry): Promise<number> {
  const key = e.who ?? nameKey(e.person);
  let id = people.get(key);
  if (id === undefined) {
    const p = await db.person.create({
      data: { name: e.person, nameKey: nameKey(e.person), pinyin: namePinyin(e.person), initials: nameInitials(e.person) },
    });
    id = p.id;
    people.set(key, id);
  }
  return id;
}

/** Stores one source text and its announcements; spans point at each entry's person name in the text. */
export async function storeAnnouncements(
  db: Db,
  name: string,
  text: string,
  announcements: GoldAnnouncement[],
  people: Map<string, number> = new Map(),
): Promise<number[]> {
  const source = await db.source.create({
    data: { sha256: sha256(text + name), name, encoding: "utf-8", byteLength: Buffer.byteLength(text), text },
  });
  const ids: number[] = [];
  const touched: number[] = [];
  for (const a of announcements) {
    const ann = await db.announcement.create({
      data: {
        sourceId: source.id,
        issuer: a.issuer,
        number: a.number,
        date: a.date,
        meeting: a.meeting,
        spanStart: 0,
        spanEnd: text.length,
        fingerprint: sha256(JSON.stringify([name, a])),
        entryCount: a.entries.length,
      },
    });
    ids.push(ann.id);
    for (const [ordinal, e] of a.entries.entries()) {
      const organizationId = await orgId(db, e.org, e.org_alias);
      const post = await db.post.upsert({
        where: { organizationId_title: { organizationId, title: e.post } },
        create: { organizationId, title: e.post, rank: postRank(e.post) },
        update: {},
      });
      const person = await personId(db, people, e);
      const at = Math.max(0, text.indexOf(e.person));
      await db.action.create({
        data: {
          announcementId: ann.id,
          ordinal,
          personName: e.person,
          personId: person,
          linkReason: "fixture",
          postId: post.id,
          kind: e.action,
          date: a.date,
          spanStart: at,
          spanEnd: at + e.person.length,
        },
      });
      touched.push(post.id);
    }
  }
  await rederiveTenures(db, touched);
  return ids;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const entry = (person: string, action: string, org: string, post: string): GoldEntry => ({ person, action, org, post });
const CQ = "重庆市人民代表大会常务委员会";

/**
 * Earlier (constructed, realistic) lists: 余云中's first post at the third intermediate court,
 * 张国智 becoming vice mayor (he resigns in 2024), and two people named 刘伟 / 劉偉 in different organs.
 */
export const EARLIER: GoldAnnouncement[] = [
  {
    issuer: CQ,
    number: "[五届]第120号",
    date: "2019-03-28",
    meeting: "重庆市第五届人民代表大会常务委员会第九次会议",
    entries: [
      entry("刘伟", "批准任命", "重庆市九龙坡区人民检察院", "检察长"),
      entry("余云中", "任命", "重庆市第三中级人民法院", "民事审判第一庭副庭长"),
    ],
  },
  {
    issuer: CQ,
    number: "[五届]第150号",
    date: "2020-07-30",
    meeting: "重庆市第五届人民代表大会常务委员会第十九次会议",
    entries: [
      { ...entry("劉偉", "任命", "重庆市人民政府", "副秘书长"), who: "刘伟#政府" },
      entry("张国智", "决定任命", "重庆市人民政府", "副市长"),
    ],
  },
];

/** Sample page 003 (two announcements of 2024-11-28) preceded by the earlier lists. */
export async function loadSample(db: Db): Promise<void> {
  const people = new Map<string, number>();
  await storeAnnouncements(db, "earlier-lists.txt", "（构造的早期任免名单）刘伟 余云中 劉偉 张国智", EARLIER, people);
  const text = readFileSync("data/sample/chongqing/003_af4697241a7c2a00.txt", "utf8");
  const sample = readGold("data/sample/chongqing/003_af4697241a7c2a00.gold.json");
  await storeAnnouncements(db, "data/sample/chongqing/003_af4697241a7c2a00.txt", text, sample, people);
}

/** A database with the sample loaded, set up once for the tests of one file and removed after them. */
export function setupSampleDb(): Pick<TestDb, "db" | "url"> {
  let t: TestDb | undefined;
  beforeAll(async () => {
    t = await createTestDb();
    await loadSample(t.db);
  }, 60_000);
  afterAll(async () => t?.cleanup());
  const current = () => {
    if (!t) throw new Error("setupSampleDb: the database is created in beforeAll");
    return t;
  };
  return {
    get db() {
      return current().db;
    },
    get url() {
      return current().url;
    },
  };
}

/**
 * The reference for the actions filter: the same rows as relation conditions in one Prisma query
 * (how the actions table once ran), which the tests compare the SQL encoding with.
 */
export function actionsWhere(f: ActionsFilter, provider: Provider = "sqlite"): Prisma.ActionWhereInput {
  const and: Prisma.ActionWhereInput[] = [];
  if (f.person) {
    if (isPinyinQuery(f.person)) {
      const p = f.person.toLowerCase().replace(/[\s'’]/g, "");
      and.push({ person: { OR: [{ pinyin: prefixRange(p, provider) }, { initials: prefixRange(p, provider) }] } });
    } else {
      and.push({ person: personNameKeyWhere({ contains: likeOperand(nameKey(f.person), provider) }) });
    }
  }
  if (f.kinds.length) and.push({ kind: { in: f.kinds } });
  if (f.org) and.push({ post: { organization: organizationNameWhere({ contains: likeOperand(f.org, provider) }) } });
  if (f.post) and.push({ post: postTitleWhere({ contains: likeOperand(f.post, provider) }) });
  if (f.from) and.push({ date: { gte: f.from } });
  if (f.to) and.push({ date: { lte: f.to } });
  return and.length ? { AND: and } : {};
}
