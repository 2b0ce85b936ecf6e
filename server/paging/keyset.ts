import "server-only";
import { and, eq, lt, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { decodeCursor } from "@/lib/paging/cursor";

/** The where-clause for "after this cursor" in (created_at desc, id desc) order; undefined on the first page. */
export function afterCursor(
  createdAt: PgColumn,
  id: PgColumn,
  cursor: string | null | undefined,
): SQL | undefined {
  const position = decodeCursor(cursor);
  if (!position) return undefined;
  return or(lt(createdAt, position.createdAt), and(eq(createdAt, position.createdAt), lt(id, position.id)));
}
