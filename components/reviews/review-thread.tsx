"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { type ReviewSubject, SUBJECT_LABELS } from "@/lib/reviews/rules";
import { CommentForm } from "./comment-form";
import { CommentList } from "./comment-list";
import { RequestNotice } from "./request-notice";

interface ReviewThreadProps {
  subjectType: ReviewSubject;
  /** Required for a skill, project or round; left out for the profile as a whole. */
  subjectId?: string;
}

/**
 * Review comments on one subject. A mentor (viewing a mentee) sees their own thread and comments; the owner
 * sees one thread per mentor and replies in each; someone with no mentors sees a one-line hint.
 */
export function ReviewThread({ subjectType, subjectId }: ReviewThreadProps) {
  const trpc = useTRPC();
  const { menteeId } = useViewing();
  const subject = { subjectType, ...(subjectId ? { subjectId } : {}) };
  const thread = useQuery({ ...trpc.reviews.thread.queryOptions({ menteeId, ...subject }), retry: false });
  const label = SUBJECT_LABELS[subjectType];

  if (thread.isPending) return <p className="text-sm text-muted-foreground">Loading review comments…</p>;
  if (thread.isError)
    return (
      <p role="alert" className="text-sm text-destructive">
        Review comments could not be loaded: {thread.error.message}
      </p>
    );

  if (menteeId) {
    const comments = thread.data[0]?.comments ?? [];
    return (
      <section aria-label="Your review" className="grid gap-3">
        <h3 className="text-sm font-semibold">Your review</h3>
        <RequestNotice menteeId={menteeId} {...subject} />
        <CommentList
          comments={comments}
          empty={`No comments on this ${label} yet. Only you and your mentee see them.`}
        />
        <CommentForm
          target={{ menteeId, ...subject }}
          label="Comment"
          submitLabel="Post comment"
          formLabel={`Comment on this ${label}`}
        />
      </section>
    );
  }

  if (thread.data.length === 0)
    return (
      <p className="text-xs text-muted-foreground">
        Mentors you share this with can comment here.{" "}
        <Link href="/mentoring" className="underline">
          Manage mentors
        </Link>
      </p>
    );
  return (
    <div className="grid gap-4">
      {thread.data.map((mentorThread) => (
        <section
          key={mentorThread.mentorshipId}
          aria-label={`Review by ${mentorThread.mentorName}`}
          className="grid gap-3"
        >
          <h3 className="text-sm font-semibold">Review by {mentorThread.mentorName}</h3>
          <CommentList
            comments={mentorThread.comments}
            empty={`${mentorThread.mentorName} has not commented yet.`}
          />
          <CommentForm
            target={{ mentorshipId: mentorThread.mentorshipId, ...subject }}
            label="Reply"
            submitLabel="Reply"
            formLabel={`Reply to ${mentorThread.mentorName}`}
          />
        </section>
      ))}
    </div>
  );
}
