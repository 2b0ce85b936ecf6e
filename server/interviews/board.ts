import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, max, min, ne, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { applications } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { positionBetween, statusLabel } from "@/lib/interviews/rules";
import { Invalid, NotFound } from "@/lib/errors";
import type { MoveApplicationInput } from "@/lib/interviews/inputs";
import { ownLiveApplications } from "./access";

interface Anchor {
  id: string;
  boardPosition: number;
}

/** The other live cards of the target column. */
const columnOf = (actor: Actor, input: MoveApplicationInput) =>
  and(ownLiveApplications(actor), eq(applications.status, input.status), ne(applications.id, input.id));

async function edge(tx: Tx, actor: Actor, input: MoveApplicationInput, which: "min" | "max", where?: SQL) {
  const [row] = await tx
    .select({ value: which === "min" ? min(applications.boardPosition) : max(applications.boardPosition) })
    .from(applications)
    .where(and(columnOf(actor, input), where));
  return row?.value ?? null;
}

/** The positions just above and just below the drop point. */
async function bounds(tx: Tx, actor: Actor, input: MoveApplicationInput, after?: Anchor, before?: Anchor) {
  if (after && before) return { above: after.boardPosition, below: before.boardPosition };
  if (after) {
    const below = await edge(tx, actor, input, "min", gt(applications.boardPosition, after.boardPosition));
    return { above: after.boardPosition, below };
  }
  if (before) {
    const above = await edge(tx, actor, input, "max", lt(applications.boardPosition, before.boardPosition));
    return { above, below: before.boardPosition };
  }
  return { above: null, below: await edge(tx, actor, input, "min") };
}

/** Spreads the column out to 0, 1, 2… in board order; rare, only when two neighbours left no room. */
async function renumber(tx: Tx, actor: Actor, input: MoveApplicationInput): Promise<Map<string, number>> {
  const column = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(columnOf(actor, input))
    .orderBy(asc(applications.boardPosition), desc(applications.createdAt), asc(applications.id));
  const positions = new Map<string, number>();
  for (const [index, row] of column.entries()) {
    await tx.update(applications).set({ boardPosition: index }).where(eq(applications.id, row.id));
    positions.set(row.id, index);
  }
  return positions;
}

/** Files the card in a column between two neighbours; writes that one row unless the column needs spacing. */
export async function moveApplication(db: Db, actor: Actor, input: MoveApplicationInput) {
  const ids = [input.id, input.afterId, input.beforeId].filter((id): id is string => Boolean(id));
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: applications.id, status: applications.status, boardPosition: applications.boardPosition })
      .from(applications)
      .where(and(inArray(applications.id, ids), ownLiveApplications(actor)));
    const find = (id: string | null | undefined) => rows.find((row) => row.id === id);
    if (!find(input.id)) throw new NotFound("application");
    let after: Anchor | undefined = find(input.afterId);
    let before: Anchor | undefined = find(input.beforeId);
    if ((input.afterId && !after) || (input.beforeId && !before)) throw new NotFound("application");
    for (const field of ["afterId", "beforeId"] as const) {
      if (input[field] && find(input[field])?.status !== input.status) {
        throw new Invalid(field, `that card is not in the ${statusLabel(input.status)} column`);
      }
    }
    const misordered = () => after && before && after.boardPosition > before.boardPosition;
    if (misordered()) throw new Invalid("beforeId", "the card below must come after the card above");
    let { above, below } = await bounds(tx, actor, input, after, before);
    let position = positionBetween(above, below);
    if (position === null) {
      const spaced = await renumber(tx, actor, input);
      const at = (anchor?: Anchor) => anchor && { ...anchor, boardPosition: spaced.get(anchor.id) ?? 0 };
      after = at(after);
      before = at(before);
      if (misordered()) throw new Invalid("beforeId", "the card below must come after the card above");
      ({ above, below } = await bounds(tx, actor, input, after, before));
      position = positionBetween(above, below) ?? 0;
    }
    const [moved] = await tx
      .update(applications)
      .set({ status: input.status, boardPosition: position, updatedAt: new Date() })
      .where(and(eq(applications.id, input.id), ownLiveApplications(actor)))
      .returning({
        id: applications.id,
        status: applications.status,
        boardPosition: applications.boardPosition,
      });
    if (!moved) throw new NotFound("application");
    return moved;
  });
}
