"use client";

import { useEffect, useRef, useState } from "react";
import { profileReviewAnchor } from "@/lib/mentoring/subject-href";
import { ViewingProvider } from "@/components/mentoring/viewing";
import { RequestReviewForm } from "@/components/reviews/request-review-form";
import { ReviewThread } from "@/components/reviews/review-thread";

/** The mentee's side: each mentor's thread on their progress as a whole, and a way to ask for that review. */
export function OwnProfileReview() {
  const anchor = profileReviewAnchor();
  return (
    <section id={anchor} aria-labelledby={`${anchor}-heading`} className="grid scroll-mt-4 gap-3">
      <div className="grid gap-1">
        <h3 id={`${anchor}-heading`} className="font-medium">
          Profile review
        </h3>
        <p className="text-sm text-muted-foreground">
          Comments on your progress as a whole rather than on one skill, project or interview.
        </p>
      </div>
      <ReviewThread subjectType="profile" />
      <RequestReviewForm subjectType="profile" />
    </section>
  );
}

/**
 * The mentor's thread on one mentee's profile, loaded only once opened: each load is a read the mentee's
 * activity log records. A notification or request link to its anchor arrives with it open.
 */
export function MenteeProfileReview({ menteeId, name }: { menteeId: string; name: string }) {
  const anchor = profileReviewAnchor(menteeId);
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const openIfLinked = () => {
      if (details.current && window.location.hash === `#${anchor}`) {
        details.current.open = true;
        details.current.scrollIntoView({ block: "start" });
      }
    };
    openIfLinked();
    window.addEventListener("hashchange", openIfLinked);
    return () => window.removeEventListener("hashchange", openIfLinked);
  }, [anchor]);
  return (
    <details
      ref={details}
      id={anchor}
      className="grid scroll-mt-4 gap-2"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer text-sm font-medium">
        Profile review<span className="sr-only"> of {name}</span>
      </summary>
      {open && (
        <ViewingProvider menteeId={menteeId}>
          <ReviewThread subjectType="profile" />
        </ViewingProvider>
      )}
    </details>
  );
}
