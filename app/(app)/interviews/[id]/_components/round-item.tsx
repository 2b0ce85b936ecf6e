"use client";

import { useState } from "react";
import { OutcomeBadge } from "@/components/interviews/badges";
import { useTimeZone } from "@/components/account/use-time-zone";
import type { TimelineRound } from "@/components/interviews/types";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { RequestReviewForm } from "@/components/reviews/request-review-form";
import { ReviewThread } from "@/components/reviews/review-thread";
import { formatDate, formatDateTime } from "@/lib/dates";
import { RoundForm } from "./round-form";
import { failureReasonName, stageName } from "@/lib/interviews/catalogue";

interface RoundItemProps {
  round: TimelineRound;
  /** A mentor's view: no edit or delete controls. */
  readOnly?: boolean;
  onDelete: () => void;
}

/** One round on the timeline: what happened, what was said, its review thread, and the controls to change it. */
export function RoundItem({ round, readOnly, onDelete }: RoundItemProps) {
  const timeZone = useTimeZone();
  const [editing, setEditing] = useState(false);
  const name = stageName(round.stage);

  return (
    <li
      id={`round-${round.id}`}
      className="relative grid scroll-mt-4 gap-2 border-l-2 border-border pb-6 pl-5"
    >
      <span aria-hidden="true" className="absolute -left-[7px] top-1.5 h-3 w-3 rounded-full bg-primary" />
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">{name}</h3>
        <OutcomeBadge outcome={round.outcome} />
        {round.scheduledAt ? (
          <time dateTime={round.scheduledAt.toISOString()} className="text-sm text-muted-foreground">
            {formatDateTime(round.scheduledAt, timeZone, { weekday: true })}
          </time>
        ) : (
          <span className="text-sm text-muted-foreground">Not scheduled</span>
        )}
      </div>
      {editing && !readOnly ? (
        <RoundForm round={round} onDone={() => setEditing(false)} />
      ) : (
        <>
          <dl className="grid gap-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4">
            {round.selfRating !== null && (
              <>
                <dt className="text-muted-foreground">Self-rating</dt>
                <dd>{round.selfRating} / 5</dd>
              </>
            )}
            {round.failureReasons.length > 0 && (
              <>
                <dt className="text-muted-foreground">Failure reasons</dt>
                <dd>{round.failureReasons.map(failureReasonName).join(", ")}</dd>
              </>
            )}
            {round.competencies.length > 0 && (
              <>
                <dt className="text-muted-foreground">Competencies tested</dt>
                <dd>{round.competencies.map((skill) => skill.name).join(", ")}</dd>
              </>
            )}
            <dt className="text-muted-foreground">Asked for feedback</dt>
            <dd>{round.feedbackRequested ? "Yes" : "No"}</dd>
            {round.followUpOn && (
              <>
                <dt className="text-muted-foreground">Follow up on</dt>
                <dd>{formatDate(round.followUpOn)}</dd>
              </>
            )}
          </dl>
          {round.feedback && (
            <blockquote className="whitespace-pre-wrap border-l-2 border-border pl-3 text-sm italic">
              {round.feedback}
            </blockquote>
          )}
          {!readOnly && (
            <div className="flex gap-2">
              <Button
                size="sm"
                variant="outline"
                aria-label={`Edit ${name} round`}
                onClick={() => setEditing(true)}
              >
                Edit
              </Button>
              <ConfirmDialog
                trigger={
                  <Button size="sm" variant="outline" aria-label={`Delete ${name} round`}>
                    Delete
                  </Button>
                }
                title={`Delete the ${name} round?`}
                description="It leaves the timeline and the analytics. You can undo for a few minutes."
                confirmLabel="Delete round"
                onConfirm={onDelete}
              />
            </div>
          )}
          <ReviewThread subjectType="round" subjectId={round.id} />
          <RequestReviewForm subjectType="round" subjectId={round.id} collapsed />
        </>
      )}
    </li>
  );
}
