import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export interface Health {
  ok: boolean;
  database: "up" | "down";
}

/** Up only if the database answers a query within the timeout. */
export async function checkHealth(db: () => Promise<Db>, timeoutMs = 2_000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database did not answer in time")), timeoutMs);
  });
  try {
    await Promise.race([(async () => (await db()).execute(sql`select 1`))(), timeout]);
    return { ok: true, database: "up" };
  } catch {
    return { ok: false, database: "down" };
  } finally {
    clearTimeout(timer);
  }
}
