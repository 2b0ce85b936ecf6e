"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApplicationForm } from "@/components/interviews/application-form";
import { StatusBadge } from "@/components/interviews/badges";
import { useInvalidateInterviews } from "@/components/interviews/hooks";
import { useTimeZone } from "@/components/account/use-time-zone";
import { OfferSummary } from "@/components/interviews/offer-summary";
import { useMenteeHref, useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { useOfferUndo } from "@/components/ui/undo-toast";
import { RoundForm } from "./round-form";
import { RoundItem } from "./round-item";
import { formatDate } from "@/lib/dates";

export function ApplicationDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const timeZone = useTimeZone();
  const invalidate = useInvalidateInterviews();
  const offerUndo = useOfferUndo();
  const [editing, setEditing] = useState(false);
  const { menteeId, readOnly } = useViewing();
  const hrefOf = useMenteeHref();
  const { data: app } = useSuspenseQuery(trpc.interviews.byId.queryOptions({ id, menteeId }));
  const update = useMutation(trpc.interviews.update.mutationOptions({ onSuccess: () => invalidate() }));
  const remove = useMutation(trpc.interviews.delete.mutationOptions());
  // Restores run from the Undo toast, possibly after this page is gone; their refresh lives on the mutation.
  const restore = useMutation(trpc.interviews.restore.mutationOptions({ onSuccess: () => invalidate() }));
  const removeRound = useMutation(
    trpc.interviews.deleteRound.mutationOptions({ onSuccess: () => invalidate() }),
  );
  const restoreRound = useMutation(
    trpc.interviews.restoreRound.mutationOptions({ onSuccess: () => invalidate() }),
  );
  const name = `${app.company} — ${app.role}`;

  return (
    <div className="grid gap-8">
      <div className="grid gap-3">
        <Link href={hrefOf("/interviews")} className="text-sm underline underline-offset-2">
          ← All applications
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{name}</h1>
          <StatusBadge status={app.status} />
        </div>
        <p className="text-sm text-muted-foreground">
          Applied {formatDate(app.appliedOn)}
          {app.channel ? ` via ${app.channel}` : ""}
          {app.levelApplied ? ` · level ${app.levelApplied}` : ""}
          {app.levelOffered ? ` · offered ${app.levelOffered}` : ""}
        </p>
        {app.companyHidden && (
          <p className="text-sm text-muted-foreground">
            The company name and notes are not shared with you; “{app.company}” stands for this application.
          </p>
        )}
        <OfferSummary offer={app} className="text-sm" />
        {app.notes && <p className="whitespace-pre-wrap text-sm">{app.notes}</p>}
        {!readOnly && (
          <div className="flex gap-2">
            <Button variant="outline" aria-expanded={editing} onClick={() => setEditing((value) => !value)}>
              {editing ? "Close editor" : "Edit application"}
            </Button>
            <ConfirmDialog
              trigger={<Button variant="destructive">Delete application</Button>}
              title={`Delete ${name}?`}
              description="The application and its rounds leave the board and the analytics. You can undo for a few minutes."
              confirmLabel="Delete application"
              onConfirm={() =>
                remove.mutate(
                  { id },
                  {
                    onSuccess: () => {
                      // Marked stale without refetching: this page's own query would now be NOT_FOUND.
                      void queryClient.invalidateQueries({
                        queryKey: trpc.interviews.pathKey(),
                        refetchType: "none",
                      });
                      offerUndo({ message: `Deleted ${name}.`, undo: () => restore.mutate({ id }) });
                      router.push("/interviews");
                    },
                  },
                )
              }
            />
          </div>
        )}
        {remove.error && (
          <p role="alert" className="text-sm text-destructive">
            {remove.error.message}
          </p>
        )}
      </div>

      {editing && !readOnly && (
        <Card className="grid gap-4">
          <CardTitle>Edit application</CardTitle>
          <ApplicationForm
            initial={app}
            timeZone={timeZone}
            submitLabel="Save changes"
            save={(input) => update.mutateAsync({ ...input, id })}
            onSaved={() => setEditing(false)}
          />
        </Card>
      )}

      <section aria-labelledby="rounds-heading" className="grid gap-4">
        <h2 id="rounds-heading" className="text-lg font-semibold">
          Rounds
        </h2>
        {app.rounds.length === 0 ? (
          <EmptyState title="No rounds yet">
            {readOnly
              ? "No rounds recorded yet."
              : "Add the first round below: a phone screen, an assessment…"}
          </EmptyState>
        ) : (
          <ol className="grid" aria-label="Rounds timeline">
            {app.rounds.map((round) => (
              <RoundItem
                key={round.id}
                round={round}
                readOnly={readOnly}
                onDelete={() =>
                  removeRound.mutate(
                    { id: round.id },
                    {
                      onSuccess: () =>
                        offerUndo({
                          message: "Round deleted.",
                          undo: () => restoreRound.mutate({ id: round.id }),
                        }),
                    },
                  )
                }
              />
            ))}
          </ol>
        )}
        {removeRound.error && (
          <p role="alert" className="text-sm text-destructive">
            {removeRound.error.message}
          </p>
        )}
      </section>

      {!readOnly && (
        <Card className="grid gap-4">
          <CardTitle>Add a round</CardTitle>
          <RoundForm applicationId={id} />
        </Card>
      )}
    </div>
  );
}
