"use client";

import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from "@dnd-kit/core";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useInvalidateInterviews } from "@/components/interviews/hooks";
import { useViewing } from "@/components/mentoring/viewing";
import type { BoardCard as Card, BoardColumns } from "@/components/interviews/types";
import { useTRPC } from "@/components/trpc/react";
import { cn } from "@/components/ui/cn";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import {
  applyMove,
  neighboursForStep,
  statusLabel,
  type ApplicationStatus,
  type BoardMove,
} from "@/lib/interviews/rules";
import { BoardCard, type CardFocus } from "./board-card";
import { dropTarget } from "./board-drop";

/** Cards before columns: the pointer over a card means "here", over the column's space "at the end". */
const cardsFirst: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  const card = hits.find((hit) => String(hit.id).startsWith("card:"));
  if (card) return [card];
  return hits.length > 0 ? hits : rectIntersection(args);
};

const headingIdOf = (status: ApplicationStatus) => `board-column-${status}`;

function Column({
  status,
  count,
  children,
}: {
  status: ApplicationStatus;
  count: number;
  children: ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: `column:${status}` });
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingIdOf(status)}
      className={cn(
        "grid h-full content-start gap-2 rounded-lg border border-border bg-muted p-2",
        isOver && "ring-2 ring-primary",
      )}
    >
      <h3 id={headingIdOf(status)} tabIndex={-1} className="px-1 text-sm font-semibold">
        {statusLabel(status)} <span className="font-normal text-muted-foreground">({count})</span>
      </h3>
      {children}
    </section>
  );
}

/**
 * Wide screens show every column side by side, scrolling sideways; this index names all seven with their counts
 * and brings one into view (and focus), so the ones past the edge are visibly there and one click or key away.
 */
function ColumnIndex({
  columns,
  onJump,
}: {
  columns: BoardColumns;
  onJump: (status: ApplicationStatus) => void;
}) {
  return (
    <nav aria-label="Board columns" className="hidden flex-wrap items-center gap-1 text-sm md:flex">
      <span className="text-muted-foreground">Columns (scroll sideways for all):</span>
      {columns.map((column) => (
        <Button key={column.status} variant="ghost" size="sm" onClick={() => onJump(column.status)}>
          {statusLabel(column.status)} ({column.items.length})
        </Button>
      ))}
    </nav>
  );
}

/**
 * Seven columns; cards move by drag and drop or by each card's own controls, and every move is announced.
 * Read-only (a mentor's view), the cards neither drag nor show move controls.
 */
export function Board() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateInterviews();
  const { menteeId, readOnly } = useViewing();
  const boardKey = trpc.interviews.board.queryKey({ menteeId });
  const { data: columns } = useSuspenseQuery(trpc.interviews.board.queryOptions({ menteeId }));
  const [announcement, setAnnouncement] = useState("");
  const [focus, setFocus] = useState<(CardFocus & { id: string }) | null>(null);
  const [dragged, setDragged] = useState<Card | null>(null);
  const firstFilled = columns.find((column) => column.items.length > 0)?.status ?? "applied";
  const [shown, setShown] = useState<ApplicationStatus>(firstFilled);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const move = useMutation(
    trpc.interviews.move.mutationOptions({
      onMutate: async (input) => {
        await queryClient.cancelQueries({ queryKey: boardKey });
        const previous = queryClient.getQueryData<BoardColumns>(boardKey);
        if (previous) queryClient.setQueryData<BoardColumns>(boardKey, applyMove(previous, input));
        return { previous };
      },
      onError: (error, _input, context) => {
        if (context?.previous) queryClient.setQueryData(boardKey, context.previous);
        setAnnouncement(`The move failed: ${error.message}`);
      },
      onSettled: () => invalidate(),
    }),
  );

  const cards = columns.flatMap((column) => column.items);
  const nameOf = (id: string) => {
    const card = cards.find((item) => item.id === id);
    return card ? `${card.company} — ${card.role}` : "The application";
  };

  function perform(input: BoardMove, control: CardFocus["control"] | null, where: string) {
    if (readOnly) return;
    const name = nameOf(input.id);
    setAnnouncement(`Moving ${name} to ${statusLabel(input.status)}…`);
    // "Moved" only once the server has it, so a reload right after never loses what was announced.
    move.mutate(input, {
      onSuccess: () => setAnnouncement(`Moved ${name} to ${statusLabel(input.status)}, ${where}.`),
    });
    if (control) setFocus((previous) => ({ id: input.id, control, token: (previous?.token ?? 0) + 1 }));
  }

  function jumpTo(status: ApplicationStatus) {
    const heading = document.getElementById(headingIdOf(status));
    heading?.scrollIntoView({ behavior: "smooth", block: "nearest", inline: "start" });
    heading?.focus({ preventScroll: true });
  }

  function onDragEnd(event: DragEndEvent) {
    setDragged(null);
    const target = dropTarget(columns, String(event.active.id), event.over ? String(event.over.id) : null);
    if (target) perform(target.move, null, target.where);
  }

  if (cards.length === 0) {
    return (
      <EmptyState title="No applications yet">
        {readOnly
          ? "Your mentee has not recorded an application yet."
          : "Add your first application with “Add application” above; it lands in the Applied column."}
      </EmptyState>
    );
  }

  return (
    <div className="grid gap-2">
      {!readOnly && (
        <p id="board-help" className="text-sm text-muted-foreground">
          Drag a card to another column, or use its “Move to” list and Move button; the arrow buttons reorder
          it in its column.
        </p>
      )}
      <p
        role="status"
        aria-live="polite"
        className="min-h-5 text-sm font-medium"
        data-testid="board-announcer"
      >
        {announcement}
      </p>
      <DndContext
        id="interviews-board"
        sensors={sensors}
        collisionDetection={cardsFirst}
        onDragStart={(event) =>
          setDragged(cards.find((card) => `card:${card.id}` === event.active.id) ?? null)
        }
        onDragCancel={() => setDragged(null)}
        onDragEnd={onDragEnd}
      >
        {/* min-w-0: the board scrolls inside itself rather than widening the page. */}
        <Tabs
          value={shown}
          onValueChange={(value) => setShown(value as ApplicationStatus)}
          className="min-w-0 gap-3"
        >
          {/* Below 768 px one column at a time: these tabs switch it. */}
          <TabsList className="w-full justify-start overflow-x-auto md:hidden" aria-label="Board column">
            {columns.map((column) => (
              <TabsTrigger key={column.status} value={column.status} className="flex-none">
                {statusLabel(column.status)} ({column.items.length})
              </TabsTrigger>
            ))}
          </TabsList>
          <ColumnIndex columns={columns} onJump={jumpTo} />
          <div
            tabIndex={0}
            role="region"
            aria-label="Board"
            className="flex snap-x gap-3 overflow-x-auto pb-2 md:scroll-px-2"
          >
            {columns.map((column) => {
              const ids = column.items.map((item) => item.id);
              return (
                <TabsContent
                  key={column.status}
                  value={column.status}
                  forceMount
                  tabIndex={-1}
                  className="w-full flex-none snap-start data-[state=inactive]:hidden md:w-60 md:data-[state=inactive]:block"
                >
                  <Column status={column.status} count={column.items.length}>
                    {column.items.length === 0 && (
                      <p className="px-1 text-xs text-muted-foreground">
                        No applications here; drop or move one in.
                      </p>
                    )}
                    <ul className="grid gap-2" aria-label={`${statusLabel(column.status)} applications`}>
                      {column.items.map((card, index) => (
                        <BoardCard
                          key={card.id}
                          card={card}
                          readOnly={readOnly}
                          canMoveUp={index > 0}
                          canMoveDown={index < column.items.length - 1}
                          focus={focus?.id === card.id ? focus : null}
                          onMove={(status) => perform({ id: card.id, status }, "move", "at the top")}
                          onStep={(step) => {
                            const neighbours = neighboursForStep(ids, card.id, step);
                            if (!neighbours) return;
                            const where = `position ${index + 1 + step} of ${ids.length}`;
                            perform(
                              { id: card.id, status: column.status, ...neighbours },
                              step < 0 ? "up" : "down",
                              where,
                            );
                          }}
                        />
                      ))}
                    </ul>
                  </Column>
                </TabsContent>
              );
            })}
          </div>
        </Tabs>
        <DragOverlay>
          {dragged && (
            <div className="rounded-md border border-primary bg-card p-3 text-sm shadow-lg">
              <p className="font-medium">{dragged.company}</p>
              <p>{dragged.role}</p>
            </div>
          )}
        </DragOverlay>
      </DndContext>
    </div>
  );
}
