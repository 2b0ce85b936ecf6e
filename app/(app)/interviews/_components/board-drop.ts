import type { BoardColumns } from "@/components/interviews/types";
import { APPLICATION_STATUSES, type ApplicationStatus, type BoardMove } from "@/lib/interviews/rules";

const isStatus = (value: string): value is ApplicationStatus =>
  (APPLICATION_STATUSES as readonly string[]).includes(value);

/**
 * Where a drop lands: on a card, just above it (or just below it when dragged down its own column, as
 * sortable lists do); on a column's empty space, at the bottom. Null when nothing would change.
 */
export function dropTarget(
  columns: BoardColumns,
  activeId: string,
  overId: string | null,
): { move: BoardMove; where: string } | null {
  if (!overId) return null;
  const id = activeId.replace(/^card:/, "");
  const source = columns.find((column) => column.items.some((item) => item.id === id));
  if (!source) return null;
  if (overId.startsWith("column:")) {
    const status = overId.slice("column:".length);
    if (!isStatus(status)) return null;
    const others =
      columns.find((column) => column.status === status)?.items.filter((item) => item.id !== id) ?? [];
    if (status === source.status && source.items.at(-1)?.id === id) return null;
    return { move: { id, status, afterId: others.at(-1)?.id ?? null }, where: "at the bottom" };
  }
  const targetId = overId.replace(/^card:/, "");
  if (targetId === id) return null;
  const column = columns.find((entry) => entry.items.some((item) => item.id === targetId));
  if (!column) return null;
  const others = column.items.filter((item) => item.id !== id);
  const index = others.findIndex((item) => item.id === targetId);
  const from = column.items.findIndex((item) => item.id === id);
  const to = column.items.findIndex((item) => item.id === targetId);
  const below = column.status === source.status && from < to;
  const move = below
    ? { id, status: column.status, afterId: targetId, beforeId: others[index + 1]?.id ?? null }
    : { id, status: column.status, afterId: others[index - 1]?.id ?? null, beforeId: targetId };
  const position = below ? index + 2 : index + 1;
  return { move, where: `position ${position} of ${others.length + 1}` };
}
