"use client";

import { useMutation } from "@tanstack/react-query";
import { formatDateTime } from "@/lib/dates";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Markdown } from "./markdown";
import { useTimeZone } from "@/components/account/use-time-zone";
import { useInvalidateReviews } from "./use-reviews";

export interface ReviewComment {
  id: string;
  authorName: string;
  body: string;
  createdAt: Date;
  mine: boolean;
}

/** A thread's comments, oldest first; the author can delete their own. */
export function CommentList({ comments, empty }: { comments: ReviewComment[]; empty: string }) {
  const trpc = useTRPC();
  const timeZone = useTimeZone();
  const invalidate = useInvalidateReviews();
  const remove = useMutation(trpc.reviews.deleteComment.mutationOptions({ onSuccess: () => invalidate() }));

  if (comments.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <div className="grid gap-2">
      {remove.isError && (
        <p role="alert" className="text-sm text-destructive">
          {remove.error.message}
        </p>
      )}
      <ol className="grid gap-3">
        {comments.map((comment) => {
          const when = formatDateTime(comment.createdAt, timeZone);
          return (
            <li key={comment.id} className="grid gap-1 rounded-md border border-border p-3">
              <div className="flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground">
                <span className="font-medium text-foreground">{comment.authorName}</span>
                <time dateTime={comment.createdAt.toISOString()}>{when}</time>
                {comment.mine && (
                  <ConfirmDialog
                    trigger={
                      <Button
                        variant="ghost"
                        size="sm"
                        className="ml-auto"
                        aria-label={`Delete your comment of ${when}`}
                      >
                        Delete
                      </Button>
                    }
                    title="Delete this comment?"
                    description="It disappears from the thread for both of you."
                    confirmLabel="Delete comment"
                    onConfirm={() => remove.mutate({ id: comment.id })}
                  />
                )}
              </div>
              <Markdown source={comment.body} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
