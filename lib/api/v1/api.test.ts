import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listActions as listPage } from "../../queries/actions";
import { setupSampleDb } from "../../queries/testing";
import { apiGet, type Operation } from "../handler";
import { getAnnouncement, listAnnouncements } from "./announcements";
import { getChanges } from "./getChanges";
import { getPerson } from "./getPerson";
import { getRoster } from "./getRoster";
import { listActions } from "./listActions";
import { getOpenApi } from "./openapi";
import { searchPeople } from "./searchPeople";

const t = setupSampleDb();
const ORIGIN = "http://renmian.test";

async function call(op: Operation, path: string, params: Record<string, string> = {}, headers: HeadersInit = {}) {
  const res = await apiGet(() => t.db, op)(new Request(`${ORIGIN}${path}`, { headers }), { params: Promise.resolve(params) });
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are read as any in tests
  const body: any = res.status === 304 ? null : await res.json();
  return { res, body };
}

describe("API v1", () => {
  it("searches people by name and pinyin, with a link to each", async () => {
    const { res, body } = await call(searchPeople, "/api/v1/people?q=蒋佩伏");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(body.people.map((p: { name: string }) => p.name)).toEqual(["蒋佩伏"]);
    expect(body.people[0].api).toBe(`${ORIGIN}/api/v1/people/${body.people[0].id}`);
    expect((await call(searchPeople, "/api/v1/people?q=jpf")).body.people[0].name).toBe("蒋佩伏");
    const missing = await call(searchPeople, "/api/v1/people");
    expect(missing.res.status).toBe(400);
    expect(missing.body.error.code).toBe("missing-q");
  });

  it("answers 304 to a request that sends the ETag back", async () => {
    const first = await call(searchPeople, "/api/v1/people?q=蒋佩伏");
    const etag = first.res.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await call(searchPeople, "/api/v1/people?q=蒋佩伏", {}, { "If-None-Match": etag });
    expect(again.res.status).toBe(304);
    expect((await call(searchPeople, "/api/v1/people?q=王剑波", {}, { "If-None-Match": etag })).res.status).toBe(200);
  });

  it("gives a person's tenures citing their announcements, and their actions with clause and source", async () => {
    const person = await t.db.person.findFirstOrThrow({ where: { name: "蒋佩伏" } });
    const { body } = await call(getPerson, `/api/v1/people/${person.id}`, { id: String(person.id) });
    expect(body.name).toBe("蒋佩伏");
    expect(body.actions.length).toBe(6);
    for (const a of body.actions) {
      expect(a.clause).toContain("蒋佩伏");
      expect(a.announcement.url).toBe(`${ORIGIN}/announcements/${a.announcement.id}`);
      expect(a.source).toHaveProperty("url");
      expect(a.person_link).toMatch(/^derived: /);
    }
    const ended = body.tenures.find((x: { end: unknown }) => x.end);
    expect(ended.end.announcement.issuer).toBe("重庆市人民代表大会常务委员会");
    expect(ended.basis).toMatch(/^derived/);
    expect((await call(getPerson, "/api/v1/people/999999", { id: "999999" })).res.status).toBe(404);
    expect((await call(getPerson, "/api/v1/people/abc", { id: "abc" })).res.status).toBe(400);
  });

  it("gives an organ's roster at a date and its changes between two dates", async () => {
    const org = await t.db.organization.findFirstOrThrow({ where: { name: "重庆市第三中级人民法院" } });
    const roster = await call(getRoster, `/api/v1/orgs/${org.id}/roster?at=2024-12-31`, { id: String(org.id) });
    const head = roster.body.roster.find((r: { post: { title: string } }) => r.post.title === "院长");
    expect(head.person.name).toBe("王剑波");
    expect(head.start.clause).toContain("王剑波");
    const changes = await call(getChanges, `/api/v1/orgs/${org.id}/changes?from=2024-01-01&to=2024-12-31`, { id: String(org.id) });
    expect(changes.body.joined.map((r: { person: { name: string } }) => r.person.name)).toContain("王剑波");
    // 蒋佩伏 held 院长 from an unknown date: left out of the comparison, as the note says.
    expect(changes.body.left.map((r: { person: { name: string } }) => r.person.name)).toEqual(["余云中"]);
    const left = changes.body.left[0];
    expect(left.end.clause).toContain("余云中");
    expect(left.end.announcement.url).toMatch(/\/announcements\/\d+$/);
    expect(changes.body.announcements.length).toBeGreaterThan(0);
    const bad = await call(getChanges, `/api/v1/orgs/${org.id}/changes?from=2024-13-01&to=2024-12-31`, { id: String(org.id) });
    expect(bad.res.status).toBe(400);
  });

  it("pages actions by keyset with the /actions filters: the pages join up to the table's rows", async () => {
    for (const query of ["kind=免去&org=人民法院", "person=jpf", "", "sort=person&dir=asc&from=2020-01-01"]) {
      const ids: number[] = [];
      let next: string | null = `/api/v1/actions?${query}${query ? "&" : ""}limit=7`;
      while (next) {
        const { res, body } = await call(listActions, next.replace(ORIGIN, ""));
        expect(res.status).toBe(200);
        ids.push(...body.actions.map((a: { id: number }) => a.id));
        for (const a of body.actions) expect(a.source).toBeDefined();
        next = body.next;
      }
      const params = new URLSearchParams(query);
      const table = await listPage(t.db, {
        kinds: params.getAll("kind"),
        org: params.get("org") ?? "",
        person: params.get("person") ?? "",
        from: params.get("from") ?? undefined,
        sort: (params.get("sort") as "person") ?? "date",
        dir: (params.get("dir") as "asc") ?? "desc",
        pageSize: 200,
      });
      expect(table.total).toBeGreaterThan(0);
      expect(ids).toEqual(table.rows.map((r) => r.id));
    }
    expect((await call(listActions, "/api/v1/actions?limit=501")).res.status).toBe(400);
    expect((await call(listActions, "/api/v1/actions?cursor=xyz")).res.status).toBe(400);
    expect((await call(listActions, "/api/v1/actions?kind=bogus")).res.status).toBe(400);
    expect((await call(listActions, "/api/v1/actions?sort=org")).res.status).toBe(400);
  });

  it("gives an announcement with its entries, whose spans cut their clauses out of the source text", async () => {
    const list = await call(listAnnouncements, "/api/v1/announcements?limit=1");
    expect(list.body.announcements).toHaveLength(1);
    expect(list.body.next).toMatch(/before=/);
    const ann = await t.db.announcement.findFirstOrThrow({ where: { number: "[六届]第58号" } });
    const { body } = await call(getAnnouncement, `/api/v1/announcements/${ann.id}`, { id: String(ann.id) });
    expect(body.entries).toHaveLength(92);
    for (const e of body.entries) expect(body.source.text.slice(e.span[0], e.span[1])).toBe(e.clause);
    expect(body.entries.some((e: { clause: string; person: { name: string } }) => e.clause.includes(e.person.name))).toBe(true);
  });

  it("documents every path it serves, each backed by a route file", async () => {
    const { body } = await call(getOpenApi, "/api/v1/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    expect(body.servers[0].url).toBe(`${ORIGIN}/api/v1`);
    const paths = Object.keys(body.paths);
    expect(paths.length).toBe(7);
    for (const p of paths) expect(existsSync(`app/api/v1${p.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`)).toBe(true);
    // Every $ref points at a component that exists.
    const refs = JSON.stringify(body).match(/#\/components\/\w+\/\w+/g) ?? [];
    for (const r of refs) {
      const [, , group, name] = r.split("/");
      expect(body.components[group][name], r).toBeDefined();
    }
  });
});
