// Organs and posts seen by earlier imports on the same client, kept in memory so an import does
// not ask the database again for each entry (重庆市第一中级人民法院 / 审判员 recur in every list).
// Organs and posts are never deleted, so a committed id stays valid. Rows created inside a
// transaction are staged and only become known when that transaction commits (a dry run or a
// failed import leaves no trace here).
import type { Db } from "../db/client";

interface KnownOrganization {
  id: number;
  /** The organ's name (a printed form maps to the organ of its body, which may go by another name). */
  name: string;
  aliases: string;
}

interface Known {
  organizations: Map<string, KnownOrganization>;
  posts: Map<string, number>;
}

const knownByClient = new WeakMap<object, Known>();
const MAX_ENTRIES = 200_000;

const postKey = (organizationId: number, title: string) => `${organizationId}\u0000${title}`;

export class Catalog {
  private readonly staged: Known = { organizations: new Map(), posts: new Map() };

  constructor(private readonly known: Known) {}

  organization(name: string): KnownOrganization | undefined {
    return this.staged.organizations.get(name) ?? this.known.organizations.get(name);
  }

  rememberOrganization(name: string, org: KnownOrganization) {
    this.staged.organizations.set(name, org);
  }

  post(organizationId: number, title: string): number | undefined {
    const key = postKey(organizationId, title);
    return this.staged.posts.get(key) ?? this.known.posts.get(key);
  }

  rememberPost(organizationId: number, title: string, id: number) {
    this.staged.posts.set(postKey(organizationId, title), id);
  }

  /** Forgets everything known (organs were merged: ids of the merged ones are gone). */
  forget() {
    this.staged.organizations.clear();
    this.staged.posts.clear();
    this.known.organizations.clear();
    this.known.posts.clear();
  }

  /** Call after the transaction committed. */
  commit() {
    if (this.known.organizations.size + this.known.posts.size > MAX_ENTRIES) {
      this.known.organizations.clear();
      this.known.posts.clear();
    }
    for (const [k, v] of this.staged.organizations) this.known.organizations.set(k, v);
    for (const [k, v] of this.staged.posts) this.known.posts.set(k, v);
  }
}

/** A fresh catalog for one transaction, backed by what the client's committed imports know. */
export function catalogFor(db: Db): Catalog {
  let known = knownByClient.get(db);
  if (!known) knownByClient.set(db, (known = { organizations: new Map(), posts: new Map() }));
  return new Catalog(known);
}
