// Which stored organ a printed name is: one Organization per real body (lib/domain/lineage.ts),
// every printed form and parenthesised alias recorded (OrganizationName). When the text shows two
// stored organs to be one body (an alias in parentheses naming an organ stored on its own), or
// the lineage file says so, they are merged: posts, actions and tenures move to one organ.
import type { Db, Tx } from "../db/client";
import { relinkNames } from "../derive/relink";
import { rederiveTenures } from "../derive/tenures";
import { canonicalOrgan, displayName, preferredName } from "../domain/lineage";
import { nameKey } from "../domain/names";
import { cleanPrintedOrgan, organKey } from "../domain/organNames";
import { orgKind, orgParentName } from "../domain/orgs";

export interface StoredOrgan {
  id: number;
  name: string;
  aliases: string;
}

/** What merging organs changed: posts to re-point (old → new), posts whose tenures to recompute, names to re-link. */
export interface OrganMerges {
  postMap: Map<number, number>;
  orgMap: Map<number, number>;
  postIds: Set<number>;
  nameKeys: Set<string>;
}

export const noMerges = (): OrganMerges => ({ postMap: new Map(), orgMap: new Map(), postIds: new Set(), nameKeys: new Set() });

const organSelect = { id: true, name: true, aliases: true } as const;

/** The stored organ a printed name belongs to, or null: by the printed form, its key, then the key of its body. */
export async function findOrganization(tx: Tx, printed: string): Promise<StoredOrgan | null> {
  const name = cleanPrintedOrgan(printed);
  const byName = await tx.organizationName.findFirst({ where: { name }, select: { organization: { select: organSelect } } });
  if (byName) return byName.organization;
  const { key, bodyKey } = canonicalOrgan(printed);
  const byKey = await tx.organizationName.findFirst({ where: { key }, select: { organization: { select: organSelect } } });
  if (byKey) return byKey.organization;
  const byBody = await tx.organization.findUnique({ where: { key: bodyKey }, select: organSelect });
  if (byBody) return byBody;
  // Rows stored before organs had keys (reconcileOrganizations gives them one).
  return (
    (await tx.organization.findFirst({ where: { name, key: null }, select: organSelect })) ??
    (await tx.organization.findFirst({ where: { name: displayName(printed), key: null }, select: organSelect }))
  );
}

/** Records a form an organ was printed in (once per form and kind). */
export async function recordOrganName(
  tx: Tx,
  organizationId: number,
  printed: string,
  kind: "printed" | "alias",
  announcementId: number | null,
): Promise<void> {
  const name = cleanPrintedOrgan(printed);
  if (!name) return;
  const known = await tx.organizationName.findUnique({ where: { name_kind: { name, kind } }, select: { id: true } });
  if (known) return;
  await tx.organizationName.create({ data: { organizationId, name, key: organKey(printed), kind, announcementId } });
  if (kind === "printed") await settleName(tx, organizationId);
}

/** Gives the organ the name its printed forms call for (preferredName: the same whatever order they were imported in). */
async function settleName(tx: Tx, organizationId: number): Promise<void> {
  const org = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true, key: true } });
  const forms = (await tx.organizationName.findMany({ where: { organizationId, kind: "printed" }, select: { name: true } })).map(
    (f) => f.name,
  );
  const name = preferredName(forms, org.key ?? canonicalOrgan(org.name).bodyKey);
  if (name === org.name || (await tx.organization.findUnique({ where: { name }, select: { id: true } }))) return;
  await tx.organization.update({ where: { id: organizationId }, data: { name } });
}

/** Creates the organ of a printed name, and the organ above it in the hierarchy when that is not stored yet. */
export async function createOrganization(
  tx: Tx,
  printed: string,
  announcementId: number | null,
  onCreated: () => void,
  printedHere = true,
): Promise<StoredOrgan> {
  const { bodyKey } = canonicalOrgan(printed);
  const name = displayName(printed);
  const parentName = orgParentName(bodyKey);
  // The organ above is named by the hierarchy, not printed: no printed form is recorded for it.
  const parent =
    parentName && parentName !== bodyKey
      ? ((await findOrganization(tx, parentName)) ?? (await createOrganization(tx, parentName, null, onCreated, false)))
      : null;
  onCreated();
  const created = await tx.organization.create({
    data: { name, key: bodyKey, kind: orgKind(bodyKey || name), aliases: "", parentId: parent?.id ?? null },
    select: organSelect,
  });
  if (printedHere) await recordOrganName(tx, created.id, printed, "printed", announcementId);
  return created;
}

export async function findOrCreateOrganization(
  tx: Tx,
  printed: string,
  announcementId: number | null,
  onCreated: () => void,
): Promise<StoredOrgan> {
  const found = await findOrganization(tx, printed);
  if (!found) return createOrganization(tx, printed, announcementId, onCreated);
  await recordOrganName(tx, found.id, printed, "printed", announcementId);
  return tx.organization.findUniqueOrThrow({ where: { id: found.id }, select: organSelect }); // its name may have settled
}

/**
 * Records the name printed in parentheses after an organ: another name of the same body. An organ
 * stored under that name on its own is the same body, so it is merged into this one.
 */
export async function learnAlias(
  tx: Tx,
  organ: StoredOrgan,
  alias: string,
  announcementId: number | null,
  merges: OrganMerges,
): Promise<StoredOrgan> {
  const other = await findOrganization(tx, alias);
  if (other && other.id !== organ.id) await mergeOrganizations(tx, other.id, organ.id, merges);
  await recordOrganName(tx, organ.id, alias, "alias", announcementId);
  const current = await tx.organization.findUniqueOrThrow({ where: { id: organ.id }, select: organSelect });
  const list = current.aliases ? current.aliases.split("、") : [];
  const shown = cleanPrintedOrgan(alias);
  if (list.includes(shown)) return current;
  const aliases = [...list, shown].sort().join("、"); // sorted: the same whatever order they were learnt in
  await tx.organization.update({ where: { id: organ.id }, data: { aliases } });
  return { ...current, aliases };
}

/**
 * Moves everything of organ `fromId` to organ `intoId` and deletes it: its posts (a post of the
 * same title joins the existing one, with its actions), printed names, aliases and sub-organs.
 * Tenures of the posts concerned are to be recomputed and the names of their holders re-linked
 * (collected in `merges`).
 */
export async function mergeOrganizations(tx: Tx, fromId: number, intoId: number, merges: OrganMerges): Promise<void> {
  const [from, into] = await Promise.all([
    tx.organization.findUniqueOrThrow({ where: { id: fromId }, select: { name: true, key: true, aliases: true } }),
    tx.organization.findUniqueOrThrow({ where: { id: intoId }, select: { aliases: true } }),
  ]);
  const intoPosts = new Map(
    (await tx.post.findMany({ where: { organizationId: intoId }, select: { id: true, title: true } })).map((p) => [p.title, p.id]),
  );
  for (const p of await tx.post.findMany({ where: { organizationId: fromId }, select: { id: true, title: true } })) {
    const target = intoPosts.get(p.title);
    if (target === undefined) {
      await tx.post.update({ where: { id: p.id }, data: { organizationId: intoId } });
      merges.postIds.add(p.id);
      continue;
    }
    await tx.action.updateMany({ where: { postId: p.id }, data: { postId: target } });
    await tx.tenure.deleteMany({ where: { postId: p.id } });
    await tx.post.delete({ where: { id: p.id } });
    merges.postMap.set(p.id, target);
    for (const [k, v] of merges.postMap) if (v === p.id) merges.postMap.set(k, target);
    merges.postIds.delete(p.id);
    merges.postIds.add(target);
  }
  const moved = await tx.action.findMany({
    where: { postId: { in: [...merges.postIds] } },
    select: { personName: true },
    distinct: ["personName"],
  });
  for (const a of moved) merges.nameKeys.add(nameKey(a.personName));
  await tx.organization.updateMany({ where: { parentId: fromId }, data: { parentId: intoId } });
  await tx.organizationName.updateMany({ where: { organizationId: fromId }, data: { organizationId: intoId } });
  const aliases = [...new Set([...into.aliases.split("、"), ...from.aliases.split("、")].filter(Boolean))].sort().join("、");
  await tx.organization.delete({ where: { id: fromId } });
  if (aliases !== into.aliases) await tx.organization.update({ where: { id: intoId }, data: { aliases } });
  // The merged organ's own name stays findable.
  await recordOrganName(tx, intoId, from.name, "printed", null);
  merges.orgMap.set(fromId, intoId);
  for (const [k, v] of merges.orgMap) if (v === fromId) merges.orgMap.set(k, intoId);
}

/**
 * Gives organs their body key (rows stored before keys existed, or all of them when the lineage
 * file changed: `all`), records their names and aliases, and merges organs that are one body.
 * An organ renamed since it was stored takes its later name.
 */
export async function reconcileOrganizations(tx: Tx, options: { all?: boolean } = {}): Promise<OrganMerges & { merged: number }> {
  const merges = noMerges();
  const orgs = await tx.organization.findMany({
    where: options.all ? {} : { key: null },
    select: { id: true, name: true, key: true, aliases: true },
    orderBy: { id: "asc" },
  });
  let merged = 0;
  const touched = new Set<number>();
  for (const org of orgs) {
    if (merges.orgMap.has(org.id)) continue;
    const { key, bodyKey } = canonicalOrgan(org.name);
    const holder = await tx.organization.findUnique({ where: { key: bodyKey }, select: organSelect });
    if (holder && holder.id !== org.id) {
      await mergeOrganizations(tx, org.id, holder.id, merges);
      touched.add(holder.id);
      merged++;
      continue;
    }
    const data: { key?: string; name?: string } = {};
    if (org.key !== bodyKey) data.key = bodyKey;
    if (bodyKey !== key && !(await tx.organization.findUnique({ where: { name: bodyKey }, select: { id: true } }))) data.name = bodyKey;
    if (data.key !== undefined || data.name !== undefined) await tx.organization.update({ where: { id: org.id }, data });
    // A row stored before names were recorded: its name was printed (or named by the hierarchy; not told apart then).
    if (!(await tx.organizationName.count({ where: { organizationId: org.id } })))
      await recordOrganName(tx, org.id, org.name, "printed", null);
    for (const alias of org.aliases.split("、").filter(Boolean)) {
      const other = await findOrganization(tx, alias);
      if (other && other.id !== org.id) {
        await mergeOrganizations(tx, other.id, org.id, merges);
        merged++;
      }
      await recordOrganName(tx, org.id, alias, "alias", null);
    }
  }
  // An organ that kept an earlier name because its later name was another organ's, merged since, takes it now.
  for (const id of touched) {
    if (merges.orgMap.has(id)) continue;
    const org = await tx.organization.findUniqueOrThrow({ where: { id }, select: { name: true, key: true } });
    if (!org.key || org.key === organKey(org.name) || canonicalOrgan(org.name).bodyKey !== org.key) continue;
    if (!(await tx.organization.findUnique({ where: { name: org.key }, select: { id: true } })))
      await tx.organization.update({ where: { id }, data: { name: org.key } });
  }
  return { ...merges, merged };
}

/** Re-derives what merged organs changed: tenures of their posts, then the people of the names concerned. */
export async function settleMerges(tx: Tx, merges: OrganMerges): Promise<void> {
  if (merges.postIds.size) await rederiveTenures(tx, [...merges.postIds]);
  if (merges.nameKeys.size) await relinkNames(tx, merges.nameKeys);
}

/**
 * Reconciles the organs of a database stored before organs had keys (a cheap check when there are
 * none: every organ is created with its key). `all`: every organ, after the lineage file changed.
 */
export async function reconcileStoredOrganizations(db: Db, options: { all?: boolean } = {}): Promise<number> {
  if (!options.all && (await db.organization.count({ where: { key: null } })) === 0) return 0;
  return db.$transaction(
    async (tx) => {
      const r = await reconcileOrganizations(tx, options);
      await settleMerges(tx, r);
      return r.merged;
    },
    { maxWait: 60_000, timeout: 10 * 60_000 },
  );
}
