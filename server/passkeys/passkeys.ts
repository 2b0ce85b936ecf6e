import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { passkeys } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { NotFound } from "@/lib/errors";
import type { RemovePasskeyInput, RenamePasskeyInput } from "@/lib/passkeys/inputs";

export interface PasskeySummary {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** Synced between devices (a password manager's or the platform's) rather than kept on one. */
  synced: boolean;
}

export const toSummary = (row: typeof passkeys.$inferSelect): PasskeySummary => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt,
  lastUsedAt: row.lastUsedAt,
  synced: row.deviceType === "multiDevice",
});

/** The actor's passkeys, newest first; keys and counters stay on the server. */
export async function listPasskeys(db: Db, actor: Actor): Promise<PasskeySummary[]> {
  const rows = await db
    .select()
    .from(passkeys)
    .where(eq(passkeys.userId, actor.userId))
    .orderBy(desc(passkeys.createdAt), desc(passkeys.id));
  return rows.map(toSummary);
}

const ownPasskey = (actor: Actor, id: string) => and(eq(passkeys.id, id), eq(passkeys.userId, actor.userId));

export async function renamePasskey(
  db: Db,
  actor: Actor,
  input: RenamePasskeyInput,
): Promise<PasskeySummary> {
  const [row] = await db
    .update(passkeys)
    .set({ name: input.name })
    .where(ownPasskey(actor, input.id))
    .returning();
  if (!row) throw new NotFound("passkey");
  return toSummary(row);
}

/** The passkey stops signing in at once; the device still holds it, which the person can delete there. */
export async function removePasskey(db: Db, actor: Actor, input: RemovePasskeyInput): Promise<void> {
  const removed = await db.delete(passkeys).where(ownPasskey(actor, input.id)).returning({ id: passkeys.id });
  if (removed.length === 0) throw new NotFound("passkey");
}
