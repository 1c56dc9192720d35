// Popolo JSON (persons, organizations, posts, memberships): the interchange format of civic-tech
// tools (popoloproject.com). Memberships are Renmian's derived tenures, each citing the
// announcements (and their source addresses) that opened and closed it. Written record by record,
// read in keyset batches: a large database is never held in memory at once.
import type { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db/client";

const BATCH = 2000;

export interface PopoloLink {
  url: string;
  note?: string | null;
}

/** Rows of a table in id order, BATCH at a time. */
async function* batches<T extends { id: number }>(read: (afterId: number, take: number) => Promise<T[]>): AsyncGenerator<T> {
  let after = 0;
  for (;;) {
    const rows = await read(after, BATCH);
    yield* rows;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1].id;
  }
}

async function* persons(db: Db, origin: string) {
  for await (const p of batches((after, take) =>
    db.person.findMany({
      where: { id: { gt: after }, mergedIntoId: null },
      orderBy: { id: "asc" },
      take,
      select: { id: true, name: true, pinyin: true },
    }),
  )) {
    yield {
      id: `person/${p.id}`,
      name: p.name,
      other_names: p.pinyin ? [{ name: p.pinyin, note: "pinyin" }] : [],
      identifiers: [{ scheme: "renmian", identifier: String(p.id) }],
      links: [{ url: `${origin}/people/${p.id}`, note: "Renmian" }],
    };
  }
}

async function* organizations(db: Db, origin: string) {
  for await (const o of batches((after, take) =>
    db.organization.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take,
      select: { id: true, name: true, kind: true, aliases: true, parentId: true },
    }),
  )) {
    yield {
      id: `organization/${o.id}`,
      name: o.name,
      other_names: o.aliases
        .split("、")
        .filter(Boolean)
        .map((name) => ({ name, note: "printed in parentheses after the organ's name" })),
      classification: o.kind,
      parent_id: o.parentId === null ? null : `organization/${o.parentId}`,
      links: [{ url: `${origin}/orgs/${o.id}`, note: "Renmian" }],
    };
  }
}

async function* posts(db: Db) {
  for await (const p of batches((after, take) =>
    db.post.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take,
      select: { id: true, title: true, organizationId: true },
    }),
  )) {
    yield { id: `post/${p.id}`, label: p.title, role: p.title, organization_id: `organization/${p.organizationId}` };
  }
}

const tenureSelect = {
  id: true,
  personId: true,
  postId: true,
  startActionId: true,
  endActionId: true,
  startDate: true,
  endDate: true,
  acting: true,
  post: { select: { title: true, organizationId: true } },
} satisfies Prisma.TenureSelect;
type TenureRow = Prisma.TenureGetPayload<{ select: typeof tenureSelect }>;

function tenures(db: Db): AsyncGenerator<TenureRow> {
  return batches((after, take) => db.tenure.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take, select: tenureSelect }));
}

/** The cited actions of a batch of tenures: their announcements and source addresses. */
async function citations(db: Db, actionIds: number[], origin: string): Promise<Map<number, PopoloLink[]>> {
  if (!actionIds.length) return new Map();
  const actions = await db.action.findMany({
    where: { id: { in: actionIds } },
    select: {
      id: true,
      kind: true,
      announcement: { select: { id: true, number: true, issuer: true, source: { select: { url: true, publication: true } } } },
    },
  });
  return new Map(
    actions.map((a) => {
      const what = `${a.kind}: ${a.announcement.issuer}${a.announcement.number ? ` 公告${a.announcement.number}` : ""}`;
      const links: PopoloLink[] = [{ url: `${origin}/announcements/${a.announcement.id}`, note: what }];
      if (a.announcement.source.url)
        links.push({
          url: a.announcement.source.url,
          note: `${what}, as published${a.announcement.source.publication ? ` by ${a.announcement.source.publication}` : ""}`,
        });
      return [a.id, links];
    }),
  );
}

/** Writes the Popolo document through `write` (a file stream's write, awaited for back-pressure). */
export async function writePopolo(db: Db, origin: string, write: (chunk: string) => Promise<void> | void): Promise<Record<string, number>> {
  const counts: Record<string, number> = { persons: 0, organizations: 0, posts: 0, memberships: 0 };
  await write("{\n");
  const section = async (name: string, rows: AsyncIterable<unknown>, last = false) => {
    await write(`  "${name}": [`);
    let n = 0;
    for await (const row of rows) await write(`${n++ ? "," : ""}\n    ${JSON.stringify(row)}`);
    counts[name] = n;
    await write(`${n ? "\n  " : ""}]${last ? "" : ","}\n`);
  };
  await section("persons", persons(db, origin));
  await section("organizations", organizations(db, origin));
  await section("posts", posts(db));
  await section("memberships", membershipRecords(db, origin), true);
  await write("}\n");
  return counts;
}

async function* membershipRecords(db: Db, origin: string) {
  let pending: TenureRow[] = [];
  const flush = async function* () {
    const ids = pending.flatMap((t) => [t.startActionId, t.endActionId].filter((x): x is number => x !== null));
    const cited = await citations(db, ids, origin);
    for (const t of pending) {
      const role = t.acting ? `代理${t.post.title}` : t.post.title;
      yield {
        id: `membership/${t.id}`,
        label: `${role} (derived: from the appointment to the removal cited in sources)`,
        role,
        person_id: `person/${t.personId}`,
        organization_id: `organization/${t.post.organizationId}`,
        post_id: `post/${t.postId}`,
        // Popolo dates are stated only where an announcement fixes them.
        ...(t.startDate && t.startActionId !== null ? { start_date: t.startDate } : {}),
        ...(t.endDate && t.endActionId !== null ? { end_date: t.endDate } : {}),
        sources: [t.startActionId, t.endActionId].flatMap((id) => (id === null ? [] : (cited.get(id) ?? []))),
      };
    }
    pending = [];
  };
  for await (const t of tenures(db)) {
    pending.push(t);
    if (pending.length >= BATCH) yield* flush();
  }
  yield* flush();
}
