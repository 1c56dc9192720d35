import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { setupSampleDb } from "../queries/testing";
import { writePopolo } from "./popolo";

const t = setupSampleDb();
const schema = JSON.parse(readFileSync(new URL("./popolo.schema.json", import.meta.url), "utf8"));

async function exported() {
  let text = "";
  const counts = await writePopolo(t.db, "https://renmian.example", (chunk) => {
    text += chunk;
  });
  return { doc: JSON.parse(text), counts };
}

describe("Popolo export", () => {
  it("validates against the Popolo schemas", async () => {
    const { doc } = await exported();
    const ajv = new Ajv({ allErrors: true });
    ajv.addFormat("uri", (s: string) => URL.canParse(s) && /^[a-z][a-z0-9+.-]*:/i.test(s));
    const validate = ajv.compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The schema is not vacuous: a membership without its person, or a date in another form, fails.
    const broken = structuredClone(doc);
    delete broken.memberships[0].person_id;
    broken.memberships[1].start_date = "28/11/2024";
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual(["/memberships/0", "/memberships/1/start_date"]);
  });

  it("writes every person, organ, post and tenure, linked by id, each membership citing its announcements", async () => {
    const { doc, counts } = await exported();
    expect(counts.persons).toBe(await t.db.person.count({ where: { mergedIntoId: null } }));
    expect(counts.memberships).toBe(await t.db.tenure.count());
    const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
    const people = ids(doc.persons);
    const orgs = ids(doc.organizations);
    const posts = ids(doc.posts);
    for (const m of doc.memberships) {
      expect(people.has(m.person_id)).toBe(true);
      expect(orgs.has(m.organization_id)).toBe(true);
      expect(posts.has(m.post_id)).toBe(true);
    }
    for (const o of doc.organizations) if (o.parent_id) expect(orgs.has(o.parent_id)).toBe(true);
    const wang = doc.persons.find((p: { name: string }) => p.name === "王剑波");
    const court = doc.organizations.find((o: { name: string }) => o.name === "重庆市第三中级人民法院");
    const head = doc.memberships.find(
      (m: { person_id: string; role: string; organization_id: string }) =>
        m.person_id === wang.id && m.role === "院长" && m.organization_id === court.id,
    );
    expect(head.start_date).toBe("2024-11-28");
    expect(head.end_date).toBeUndefined();
    expect(head.sources[0].url).toMatch(/^https:\/\/renmian\.example\/announcements\/\d+$/);
    expect(head.sources[0].note).toMatch(/任命: 重庆市人民代表大会常务委员会/);
    // A tenure closed without a recorded appointment has no start date (none is stated).
    const unknownStart = await t.db.tenure.findFirstOrThrow({ where: { startActionId: null } });
    const m = doc.memberships.find((x: { id: string }) => x.id === `membership/${unknownStart.id}`);
    expect(m.start_date).toBeUndefined();
    expect(m.end_date).toBe(unknownStart.endDate);
  });
});
