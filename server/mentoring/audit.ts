import "server-only";
import type { Logger } from "pino";
import type { DbOrTx } from "@/db/client";
import { auditEvents } from "@/db/schema";

export interface AuditEntry {
  menteeId: string;
  actorId: string | null;
  action: string;
  detail?: Record<string, unknown>;
}

/** Runs a task after the response is sent (Next's `after`); absent in tests and scripts, which write at once. */
export type Defer = (task: () => Promise<void>) => void;

/** Mentorship changes write their audit row inside the change's own transaction. */
export async function recordAudit(db: DbOrTx, requestId: string, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditEvents).values(entries.map((entry) => ({ ...entry, requestId })));
}

export interface AuditTrail {
  /** Notes a mentor's read; all reads of one request are written by one insert. */
  read(entry: AuditEntry): Promise<void>;
}

export function auditTrail(db: DbOrTx, requestId: string, defer?: Defer, log?: Logger): AuditTrail {
  const pending: AuditEntry[] = [];
  const flush = async () => {
    const entries = pending.splice(0);
    try {
      await recordAudit(db, requestId, entries);
    } catch (err) {
      log?.error({ err, entries: entries.length }, "audit write failed");
      if (!defer) throw err;
    }
  };
  return {
    async read(entry) {
      pending.push(entry);
      if (!defer) return flush();
      if (pending.length === 1) defer(flush);
    },
  };
}
