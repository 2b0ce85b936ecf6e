"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { formatDate } from "@/lib/dates";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { useInvalidateReviews } from "./use-reviews";
import { type ReviewSubject } from "@/lib/reviews/rules";

interface RequestNoticeProps {
  menteeId: string;
  subjectType: ReviewSubject;
  subjectId?: string;
}

/** Tells a mentor that the mentee asked for a review of this item, and lets them mark it done. */
export function RequestNotice({ menteeId, subjectType, subjectId }: RequestNoticeProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidateReviews();
  const requests = useQuery({ ...trpc.reviews.requests.queryOptions({ menteeId }), retry: false });
  const close = useMutation(trpc.reviews.closeRequest.mutationOptions({ onSuccess: () => invalidate() }));
  const here = (requests.data ?? []).filter(
    (request) =>
      request.asMentor &&
      request.subjectType === subjectType &&
      (request.subjectId ?? undefined) === subjectId,
  );
  if (here.length === 0) return null;

  return (
    <div className="grid gap-2">
      {close.isError && (
        <p role="alert" className="text-sm text-destructive">
          {close.error.message}
        </p>
      )}
      <ul className="grid gap-2">
        {here.map((request) => (
          <li
            key={request.id}
            className="flex flex-wrap items-center gap-3 rounded-md border border-primary/40 bg-accent px-3 py-2 text-sm"
          >
            <span>
              {request.menteeName} asked for your review by <strong>{formatDate(request.dueOn)}</strong>
              {request.note ? `: “${request.note}”` : "."}
            </span>
            <Button
              size="sm"
              variant="outline"
              disabled={close.isPending}
              onClick={() => close.mutate({ id: request.id, status: "done" })}
            >
              Mark review done
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
