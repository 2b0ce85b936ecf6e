"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { useOfferUndo } from "@/components/ui/undo-toast";
import { moveItem } from "@/lib/projects/rules";
import { formatFigures } from "@/lib/projects/format";
import { OutcomeForm } from "./outcome-form";
import type { Outcome } from "./types";
import { useRefreshProjects } from "./use-projects-cache";

type Direction = "up" | "down";

/** A project's outcomes: add, edit, delete with undo, and reorder with buttons (no drag needed); a list only when read-only. */
export function OutcomeEditor({
  projectId,
  projectTitle,
  outcomes,
}: {
  projectId: string;
  projectTitle: string;
  outcomes: readonly Outcome[];
}) {
  const trpc = useTRPC();
  const { readOnly } = useViewing();
  const refresh = useRefreshProjects();
  const offerUndo = useOfferUndo();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: Direction } | null>(null);
  const restore = useMutation(trpc.projects.outcomes.restore.mutationOptions({ onSuccess: () => refresh() }));
  const remove = useMutation(
    trpc.projects.outcomes.delete.mutationOptions({
      onSuccess: async (_deleted, { id }) => {
        await refresh();
        offerUndo({ message: "Outcome deleted.", undo: () => restore.mutate({ id }) });
      },
    }),
  );
  const reorder = useMutation(trpc.projects.outcomes.reorder.mutationOptions({ onSuccess: () => refresh() }));

  // Keep the keyboard where it was: on the moved outcome's button, or its other one at either end.
  useEffect(() => {
    if (!focusAfterMove || reorder.isPending) return;
    const { id, direction } = focusAfterMove;
    const other: Direction = direction === "up" ? "down" : "up";
    const target = [direction, other]
      .map((d) => document.getElementById(`move-${d}-${id}`))
      .find((element): element is HTMLElement => element instanceof HTMLButtonElement && !element.disabled);
    target?.focus();
  }, [outcomes, focusAfterMove, reorder.isPending]);

  const move = (index: number, direction: Direction) => {
    const outcome = outcomes[index];
    if (!outcome) return;
    const ids = moveItem(
      outcomes.map((item) => item.id),
      index,
      direction,
    );
    setFocusAfterMove({ id: outcome.id, direction });
    reorder.mutate({ projectId, ids });
  };

  return (
    // Named with the project: every card has one, and landmarks on a page need distinct names.
    <section className="grid gap-3" aria-label={`Outcomes of ${projectTitle}`}>
      <h3 className="font-medium">Outcomes</h3>
      <FormMessage error={(remove.error ?? reorder.error ?? restore.error)?.message} />
      {outcomes.length === 0 && editing !== "new" && (
        <p className="text-sm text-muted-foreground">
          {readOnly
            ? "No outcomes recorded yet."
            : "No outcomes yet. Record what changed, e.g. a latency, a cost or an error rate before and after."}
        </p>
      )}
      <ol className="grid gap-2">
        {outcomes.map((outcome, index) =>
          editing === outcome.id && !readOnly ? (
            <li key={outcome.id} className="rounded-md border border-border p-3">
              <OutcomeForm
                projectId={projectId}
                projectTitle={projectTitle}
                outcome={outcome}
                onDone={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={outcome.id} className="grid gap-2 rounded-md border border-border p-3">
              <div className="grid gap-0.5">
                <p className="text-sm font-medium">{outcome.metric}</p>
                <p className="text-sm">
                  {formatFigures(outcome)}
                  {outcome.timeframe ? `, ${outcome.timeframe}` : ""}
                  <span className="text-muted-foreground">
                    {" "}
                    · {outcome.confidence}
                    {outcome.confidential ? " · confidential" : ""}
                  </span>
                </p>
              </div>
              {!readOnly && (
                <div className="flex flex-wrap gap-2">
                  {(["up", "down"] as const).map((direction) => (
                    <Button
                      key={direction}
                      id={`move-${direction}-${outcome.id}`}
                      size="sm"
                      variant="outline"
                      disabled={
                        reorder.isPending ||
                        (direction === "up" ? index === 0 : index === outcomes.length - 1)
                      }
                      onClick={() => move(index, direction)}
                    >
                      {direction === "up" ? "Move up" : "Move down"}
                      <span className="sr-only"> {outcome.metric}</span>
                    </Button>
                  ))}
                  <Button size="sm" variant="outline" onClick={() => setEditing(outcome.id)}>
                    Edit<span className="sr-only"> outcome {outcome.metric}</span>
                  </Button>
                  <ConfirmDialog
                    trigger={
                      <Button size="sm" variant="outline">
                        Delete<span className="sr-only"> outcome {outcome.metric}</span>
                      </Button>
                    }
                    title="Delete this outcome?"
                    description={`“${outcome.metric}” and its bullet disappear. You can undo for a few minutes.`}
                    confirmLabel="Delete outcome"
                    onConfirm={() => remove.mutate({ id: outcome.id })}
                  />
                </div>
              )}
            </li>
          ),
        )}
      </ol>
      {readOnly ? null : editing === "new" ? (
        <div className="rounded-md border border-border p-3">
          <OutcomeForm projectId={projectId} projectTitle={projectTitle} onDone={() => setEditing(null)} />
        </div>
      ) : (
        <Button size="sm" variant="outline" className="justify-self-start" onClick={() => setEditing("new")}>
          Add outcome
        </Button>
      )}
    </section>
  );
}
