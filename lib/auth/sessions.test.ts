import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { activeSessions, checkSession, endSession, openSession, pruneSessions, SESSION_POLICY, sessionIdOf } from "./sessions";

const TOKEN = "operator-token-0123456789abcdef-0123";
const T0 = new Date("2026-03-01T08:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.cleanup();
});

describe("editor sessions", () => {
  it("gives every sign-in its own random cookie; the server stores only its hash", async () => {
    const a = await openSession(t.db, TOKEN, { client: "203.0.113.9", userAgent: "Firefox" }, T0);
    const b = await openSession(t.db, TOKEN, {}, T0);
    expect(a.secret).not.toBe(b.secret);
    expect(a.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.secret).not.toContain(TOKEN);
    const row = await t.db.editorSession.findUniqueOrThrow({ where: { id: a.session.id } });
    expect(row.id).toBe(sessionIdOf(a.secret));
    expect(JSON.stringify(row)).not.toContain(a.secret);
    expect((await checkSession(t.db, a.secret, TOKEN, at(MINUTE)))?.client).toBe("203.0.113.9");
  });

  it("refuses a kept copy of the cookie after sign-out", async () => {
    const { secret, session } = await openSession(t.db, TOKEN, {}, T0);
    const kept = secret;
    expect(await checkSession(t.db, kept, TOKEN, at(MINUTE))).not.toBeNull();
    expect(await endSession(t.db, session.id)).toBe(true);
    expect(await checkSession(t.db, kept, TOKEN, at(2 * MINUTE))).toBeNull();
  });

  it("ends a session 12 hours after sign-in however active it is", async () => {
    const { secret } = await openSession(t.db, TOKEN, {}, T0);
    // Used every 30 minutes: never idle…
    for (let ms = 30 * MINUTE; ms < SESSION_POLICY.absoluteMs; ms += 30 * MINUTE) {
      expect(await checkSession(t.db, secret, TOKEN, at(ms)), `after ${ms / MINUTE} min`).not.toBeNull();
    }
    // …and still over at 12 h, and gone from the table.
    expect(await checkSession(t.db, secret, TOKEN, at(SESSION_POLICY.absoluteMs))).toBeNull();
    expect(await t.db.editorSession.count({ where: { id: sessionIdOf(secret) } })).toBe(0);
  });

  it("ends a session left idle, counting from its last use", async () => {
    const { secret } = await openSession(t.db, TOKEN, {}, T0);
    expect(await checkSession(t.db, secret, TOKEN, at(SESSION_POLICY.idleMs - MINUTE))).not.toBeNull(); // use renews it
    expect(await checkSession(t.db, secret, TOKEN, at(2 * SESSION_POLICY.idleMs - 2 * MINUTE))).not.toBeNull();
    expect(await checkSession(t.db, secret, TOKEN, at(3 * SESSION_POLICY.idleMs))).toBeNull();
  });

  it("ends every session when the operator changes the token", async () => {
    const one = await openSession(t.db, TOKEN, {}, T0);
    const two = await openSession(t.db, TOKEN, {}, T0);
    const NEW = "a-new-operator-token-after-a-leak-0123";
    expect(await checkSession(t.db, one.secret, NEW, at(MINUTE))).toBeNull();
    await pruneSessions(t.db, NEW, at(MINUTE));
    expect(await checkSession(t.db, two.secret, TOKEN, at(MINUTE))).toBeNull(); // gone, even under the old token
  });

  it("lists the live sessions, and one editor can end another's", async () => {
    await t.db.editorSession.deleteMany();
    const mine = await openSession(t.db, TOKEN, { userAgent: "Chromium" }, T0);
    const other = await openSession(t.db, TOKEN, { userAgent: "Safari" }, at(MINUTE));
    await openSession(t.db, TOKEN, { userAgent: "stale" }, at(-SESSION_POLICY.absoluteMs));
    const live = await activeSessions(t.db, TOKEN, at(2 * MINUTE));
    expect(live.map((s) => s.userAgent)).toEqual(["Safari", "Chromium"]);
    await endSession(t.db, other.session.id);
    expect(await checkSession(t.db, other.secret, TOKEN, at(3 * MINUTE))).toBeNull();
    expect(await checkSession(t.db, mine.secret, TOKEN, at(3 * MINUTE))).not.toBeNull();
  });

  it("does not look up values that are not cookie secrets", async () => {
    expect(await checkSession(t.db, "' OR 1=1 --", TOKEN, T0)).toBeNull();
    expect(await checkSession(t.db, undefined, TOKEN, T0)).toBeNull();
    const { secret } = await openSession(t.db, TOKEN, {}, T0);
    expect(await checkSession(t.db, secret, null, T0)).toBeNull(); // no token configured: nobody is signed in
  });
});
