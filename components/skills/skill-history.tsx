"use client";

import { useMutation, useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { useOfferUndo } from "@/components/ui/undo-toast";
import { DriftChart } from "./drift-chart";
import { HistoryEntry } from "./history-entry";
import { useInvalidateSkills } from "./use-skills-mutations";

/**
 * One skill's ratings, newest first, a page at a time, and the self vs mentor chart. The owner can delete
 * their own ratings (with Undo) but not a mentor's; a mentor can withdraw only their own rating.
 */
export function SkillHistory({ skillId, pageSize }: { skillId: string; pageSize: number }) {
  const trpc = useTRPC();
  const { menteeId, readOnly } = useViewing();
  const invalidate = useInvalidateSkills();
  const offerUndo = useOfferUndo();
  const history = useSuspenseInfiniteQuery(
    trpc.skills.history.infiniteQueryOptions(
      { skillId, limit: pageSize, menteeId },
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
  const withdraw = useMutation(
    trpc.reviews.deleteEndorsement.mutationOptions({ onSuccess: () => invalidate() }),
  );
  const skill = history.data.pages[0]?.skill;
  const items = history.data.pages.flatMap((page) => page.items);
  const deleteOf = (item: (typeof items)[number]) => {
    if (!readOnly && item.source === "self") return () => remove.mutate({ id: item.id });
    if (readOnly && item.source === "mentor" && item.byYou) return () => withdraw.mutate({ id: item.id });
    return undefined;
  };

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">{skill?.name ?? "Skill"}: history</h1>
        <p className="text-sm text-muted-foreground">
          {readOnly
            ? "Every self rating and mentor rating, newest first. Earlier ones are never overwritten."
            : "Every assessment you recorded, and your mentors' ratings, newest first. Earlier ones are never overwritten."}
        </p>
      </div>
      <Card className="grid gap-4">
        <div className="grid gap-1">
          <CardTitle>Self vs mentor</CardTitle>
          <CardDescription>
            How the self rating and mentors&apos; ratings moved against each other.
          </CardDescription>
        </div>
        <DriftChart skillId={skillId} skillName={skill?.name ?? "this skill"} />
      </Card>
      <Card className="grid gap-4">
        <CardTitle>Assessments</CardTitle>
        {!readOnly && (
          <CardDescription>
            Deleting one of your own can be undone for a few seconds; a mentor&apos;s rating is theirs.
          </CardDescription>
        )}
        <FormMessage error={remove.error?.message ?? restore.error?.message ?? withdraw.error?.message} />
        {items.length === 0 ? (
          <EmptyState title="No assessments of this skill yet">
            {readOnly ? (
              "Nothing is recorded for this skill yet."
            ) : (
              <>
                Go back to your skills, press <strong>Assess</strong> next to this skill and choose your
                level.
              </>
            )}
          </EmptyState>
        ) : (
          <ol
            className="grid divide-y divide-border"
            aria-label={`Assessments of ${skill?.name ?? "this skill"}`}
          >
            {items.map((item) => (
              <HistoryEntry key={item.id} entry={item} onDelete={deleteOf(item)} />
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
