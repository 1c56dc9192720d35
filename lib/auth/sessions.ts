// Editor sessions kept by the server: a random secret per sign-in goes into the cookie, its
// sha256 is the row's id. The server, not the browser, decides when a session ends: 12 hours
// after sign-in, after an idle period, at sign-out, or when the operator token changes.
import { createHash, createHmac, randomBytes } from "node:crypto";
import type { Db, Tx } from "../db/client";

/** The cookie holding the session secret (a new name: cookies of the old fixed-value scheme are ignored). */
export const SESSION_COOKIE = "renmian_session";

export const SESSION_POLICY = {
  /** A session ends this long after sign-in, however active. */
  absoluteMs: 12 * 60 * 60_000,
  /** …or this long after its last use. */
  idleMs: 60 * 60_000,
  /** lastUsedAt is written at most this often (not on every page view). */
  touchEveryMs: 60_000,
};

export interface ActiveSession {
  id: string;
  createdAt: Date;
  lastUsedAt: Date;
  client: string;
  userAgent: string;
}

/** The id stored for a cookie secret: a leaked table gives no usable cookie. */
export function sessionIdOf(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** A short label for a session id, as shown in logs and the session list. */
export function sessionLabel(id: string): string {
  return id.slice(0, 8);
}

/** Identifies the operator token a session was opened under, without storing the token. */
export function tokenFingerprint(token: string): string {
  return createHmac("sha256", token).update("renmian-editor-session-v2").digest("hex");
}

/** Cookie secrets are 32 random bytes in base64url (43 characters); anything else is not looked up. */
const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Opens a session for a correct token; returns the cookie secret (never stored) and the session. */
export async function openSession(
  db: Db | Tx,
  token: string,
  who: { client?: string; userAgent?: string } = {},
  now = new Date(),
): Promise<{ secret: string; session: ActiveSession }> {
  const secret = randomBytes(32).toString("base64url");
  const session = await db.editorSession.create({
    data: {
      id: sessionIdOf(secret),
      tokenFingerprint: tokenFingerprint(token),
      createdAt: now,
      lastUsedAt: now,
      client: (who.client ?? "").slice(0, 100),
      userAgent: (who.userAgent ?? "").slice(0, 300),
    },
    select: { id: true, createdAt: true, lastUsedAt: true, client: true, userAgent: true },
  });
  return { secret, session };
}

function expired(s: { createdAt: Date; lastUsedAt: Date }, now: Date): boolean {
  return (
    now.getTime() - s.createdAt.getTime() >= SESSION_POLICY.absoluteMs || now.getTime() - s.lastUsedAt.getTime() >= SESSION_POLICY.idleMs
  );
}

/**
 * The live session a cookie secret stands for, or null. An expired session, or one opened under
 * another token, is deleted on sight; a live one has its last use recorded.
 */
export async function checkSession(
  db: Db | Tx,
  secret: string | undefined,
  token: string | null,
  now = new Date(),
): Promise<ActiveSession | null> {
  if (!token || !secret || !SECRET_SHAPE.test(secret)) return null;
  const id = sessionIdOf(secret);
  const row = await db.editorSession.findUnique({ where: { id } });
  if (!row) return null;
  if (row.tokenFingerprint !== tokenFingerprint(token) || expired(row, now)) {
    await db.editorSession.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - row.lastUsedAt.getTime() >= SESSION_POLICY.touchEveryMs) {
    await db.editorSession.updateMany({ where: { id }, data: { lastUsedAt: now } });
    row.lastUsedAt = now;
  }
  const { tokenFingerprint: _, ...session } = row;
  return session;
}

/** Ends one session (sign-out, or an editor ending another session). */
export async function endSession(db: Db | Tx, id: string): Promise<boolean> {
  return (await db.editorSession.deleteMany({ where: { id } })).count > 0;
}

/**
 * Removes every session that can no longer be used: expired ones and those opened under another
 * token (run at start-up and whenever the list is shown, so a changed token ends them all at once).
 */
export async function pruneSessions(db: Db | Tx, token: string | null, now = new Date()): Promise<number> {
  const r = await db.editorSession.deleteMany({
    where: {
      OR: [
        ...(token ? [{ tokenFingerprint: { not: tokenFingerprint(token) } }] : [{}]),
        { createdAt: { lte: new Date(now.getTime() - SESSION_POLICY.absoluteMs) } },
        { lastUsedAt: { lte: new Date(now.getTime() - SESSION_POLICY.idleMs) } },
      ],
    },
  });
  return r.count;
}

/** The sessions that are still live, newest first (for the editor's session list). */
export async function activeSessions(db: Db | Tx, token: string | null, now = new Date()): Promise<ActiveSession[]> {
  await pruneSessions(db, token, now);
  if (!token) return [];
  return db.editorSession.findMany({
    where: { tokenFingerprint: tokenFingerprint(token) },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, lastUsedAt: true, client: true, userAgent: true },
  });
}
