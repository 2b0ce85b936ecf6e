"use client";

import { useDraggable, useDroppable } from "@dnd-kit/core";
import { ArrowDown, ArrowUp } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useRef, useState, type PointerEvent } from "react";
import { offerText } from "@/components/interviews/offer-summary";
import type { BoardCard as Card } from "@/components/interviews/types";
import { useMenteeHref } from "@/components/mentoring/viewing";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { APPLICATION_STATUSES, statusLabel, type ApplicationStatus } from "@/lib/interviews/rules";
import { formatDate } from "@/lib/dates";

export interface CardFocus {
  control: "move" | "up" | "down";
  token: number;
}

interface BoardCardProps {
  card: Card;
  /** A mentor's view: no dragging and no move controls. */
  readOnly?: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** Set after a keyboard move, so focus follows the card to its new place; token re-triggers it. */
  focus: CardFocus | null;
  onMove: (status: ApplicationStatus) => void;
  onStep: (step: -1 | 1) => void;
}

const statusOptions = APPLICATION_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }));

/** Pointer drags start anywhere but on a control, so links, selects and buttons keep working. */
const onControl = (event: PointerEvent) =>
  event.target instanceof Element && event.target.closest("a, button, select, input, label") !== null;

export function BoardCard({ card, readOnly, canMoveUp, canMoveDown, focus, onMove, onStep }: BoardCardProps) {
  const drag = useDraggable({ id: `card:${card.id}`, disabled: readOnly });
  const drop = useDroppable({ id: `card:${card.id}`, disabled: readOnly });
  const hrefOf = useMenteeHref();
  const [target, setTarget] = useState<ApplicationStatus>(card.status);
  const selectRef = useRef<HTMLSelectElement>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const selectId = useId();
  const name = `${card.company} — ${card.role}`;
  const offer = offerText(card);

  const control = focus?.control;
  useEffect(() => {
    if (!control) return;
    const button = control === "up" ? upRef.current : control === "down" ? downRef.current : null;
    // At the top or bottom the arrow is disabled; the select is the next useful control.
    if (button && !button.disabled) button.focus();
    else selectRef.current?.focus();
  }, [control, focus?.token]);

  return (
    <li
      ref={(node) => {
        drag.setNodeRef(node);
        drop.setNodeRef(node);
      }}
      aria-label={name}
      onPointerDown={(event) => {
        if (!readOnly && !onControl(event)) drag.listeners?.onPointerDown?.(event);
      }}
      className={cn(
        "grid gap-2 rounded-md border border-border bg-card p-3 text-sm shadow-sm",
        !readOnly && "cursor-grab",
        drag.isDragging && "opacity-40",
        drop.isOver && !drag.isDragging && "border-t-4 border-t-primary",
      )}
    >
      <div>
        <Link
          href={hrefOf(`/interviews/${card.id}`)}
          className="font-medium underline-offset-2 hover:underline"
        >
          {card.company}
        </Link>
        <p>{card.role}</p>
        <p className="text-xs text-muted-foreground">
          Applied {formatDate(card.appliedOn)}
          {card.levelApplied ? ` · ${card.levelApplied}` : ""} · {card.roundCount}{" "}
          {card.roundCount === 1 ? "round" : "rounds"}
        </p>
        {offer && <p className="text-xs">{offer}</p>}
      </div>
      {!readOnly && (
        <div className="flex flex-wrap items-end gap-1">
          <div className="grid gap-1">
            <label htmlFor={selectId} className="text-xs font-medium">
              Move to
            </label>
            <select
              id={selectId}
              ref={selectRef}
              value={target}
              onChange={(event) => setTarget(event.target.value as ApplicationStatus)}
              className="h-8 rounded-md border border-input bg-card px-2 text-xs"
            >
              {statusOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <Button
            size="sm"
            variant="outline"
            disabled={target === card.status}
            aria-label={`Move ${name} to ${statusLabel(target)}`}
            onClick={() => onMove(target)}
          >
            Move
          </Button>
          <Button
            size="sm"
            variant="ghost"
            ref={upRef}
            disabled={!canMoveUp}
            aria-label={`Move ${name} up`}
            title="Move up"
            onClick={() => onStep(-1)}
          >
            <ArrowUp aria-hidden className="size-4" />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            ref={downRef}
            disabled={!canMoveDown}
            aria-label={`Move ${name} down`}
            title="Move down"
            onClick={() => onStep(1)}
          >
            <ArrowDown aria-hidden className="size-4" />
          </Button>
        </div>
      )}
    </li>
  );
}
