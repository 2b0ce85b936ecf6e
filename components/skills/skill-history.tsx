"use client";

import { useMutation, useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { useOfferUndo } from "@/components/ui/undo-toast";
import { HistoryEntry } from "./history-entry";
import { useInvalidateSkills } from "./use-skills-mutations";

/** One skill's assessments, newest first, a page at a time; each can be deleted with Undo. */
export function SkillHistory({ skillId, pageSize }: { skillId: string; pageSize: number }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateSkills();
  const offerUndo = useOfferUndo();
  const history = useSuspenseInfiniteQuery(
    trpc.skills.history.infiniteQueryOptions(
      { skillId, limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const restore = useMutation(
    trpc.skills.restoreAssessment.mutationOptions({ onSuccess: () => invalidate() }),
  );
  const remove = useMutation(
    trpc.skills.deleteAssessment.mutationOptions({
      onSuccess: async (deleted) => {
        await invalidate();
        offerUndo({ message: "Assessment deleted", undo: () => restore.mutate({ id: deleted.id }) });
      },
    }),
  );
  const skill = history.data.pages[0]?.skill;
  const items = history.data.pages.flatMap((page) => page.items);

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">{skill?.name ?? "Skill"}: history</h1>
        <p className="text-sm text-muted-foreground">
          Every assessment you recorded, newest first. Earlier ones are never overwritten.
        </p>
      </div>
      <Card className="grid gap-4">
        <CardTitle>Assessments</CardTitle>
        <CardDescription>Deleting one can be undone for a few seconds.</CardDescription>
        <FormMessage error={remove.error?.message ?? restore.error?.message} />
        {items.length === 0 ? (
          <EmptyState title="No assessments of this skill yet">
            Go back to your skills, press <strong>Assess</strong> next to this skill and choose your level.
          </EmptyState>
        ) : (
          <ol
            className="grid divide-y divide-border"
            aria-label={`Assessments of ${skill?.name ?? "this skill"}`}
          >
            {items.map((item) => (
              <HistoryEntry key={item.id} entry={item} onDelete={() => remove.mutate({ id: item.id })} />
            ))}
          </ol>
        )}
        {history.hasNextPage && (
          <Button
            variant="outline"
            className="justify-self-start"
            disabled={history.isFetchingNextPage}
            onClick={() => void history.fetchNextPage()}
          >
            Show older assessments
          </Button>
        )}
      </Card>
    </div>
  );
}
