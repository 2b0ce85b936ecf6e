/**
 * A position in a skill's history, ordered by (assessed_on desc, created_at desc, id desc).
 * History is read by the date the level held, not by insertion, so an assessment backdated today
 * still lands in its place; server/domain/keyset.ts covers the plain (created_at, id) lists.
 */
export interface HistoryCursor {
  assessedOn: string;
  createdAt: Date;
  id: string;
}

export function encodeHistoryCursor(cursor: HistoryCursor): string {
  return Buffer.from(`${cursor.assessedOn}|${cursor.createdAt.toISOString()}|${cursor.id}`).toString(
    "base64url",
  );
}

/** The cursor, or null for a value that is not one of ours (treated as the first page). */
export function decodeHistoryCursor(value: string | null | undefined): HistoryCursor | null {
  if (!value) return null;
  const [assessedOn, iso, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!assessedOn || !/^\d{4}-\d{2}-\d{2}$/.test(assessedOn)) return null;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(createdAt.getTime())) return null;
  return { assessedOn, createdAt, id };
}

/** Rows fetched with limit + 1: the extra row only says that another page exists. */
export function toHistoryPage<T extends HistoryCursor>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeHistoryCursor(last) : null };
}
