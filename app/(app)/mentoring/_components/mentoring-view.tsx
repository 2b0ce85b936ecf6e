"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { todayIn } from "@/lib/dates";
import { useTRPC } from "@/components/trpc/react";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { InvitationList } from "./invitation-list";
import { InviteForm } from "./invite-form";
import { MenteeItem } from "./mentee-item";
import { MentorItem } from "./mentor-item";
import { OwnProfileReview } from "./profile-review";

/** Both sides of mentoring on one page: the mentors who read your pages, and the mentees whose pages you read. */
export function MentoringView() {
  const trpc = useTRPC();
  const { data: profile } = useSuspenseQuery(trpc.account.profile.queryOptions());
  const { data: mentors } = useSuspenseQuery(trpc.mentoring.mentors.queryOptions());
  const { data: mentees } = useSuspenseQuery(trpc.mentoring.mentees.queryOptions());
  const timeZone = profile.timeZone;

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold">Mentoring</h1>
          <p className="text-sm text-muted-foreground">
            Mentors read only the sections you share, read-only, and you can change or end that at any time.
          </p>
        </div>
        <Link href="/mentoring/activity" className="text-sm underline">
          Activity log: who read or changed what
        </Link>
      </div>

      <Card className="grid gap-4" aria-labelledby="your-mentors">
        <div className="grid gap-1">
          <CardTitle id="your-mentors">Your mentors</CardTitle>
          <CardDescription>
            Invite someone to review your progress and choose what they may read.
          </CardDescription>
        </div>
        <h3 className="font-medium">Invite a mentor</h3>
        <InviteForm timeZone={timeZone} />
        <InvitationList timeZone={timeZone} />
        <h3 className="font-medium">Current mentors</h3>
        {mentors.length === 0 ? (
          <EmptyState title="No mentors yet">
            Create an invitation link above and send it to someone whose advice you trust.
          </EmptyState>
        ) : (
          <ul className="grid gap-3" aria-label="Your mentors">
            {mentors.map((mentor) => (
              <MentorItem key={mentor.mentorshipId} mentor={mentor} timeZone={timeZone} />
            ))}
          </ul>
        )}
        {mentors.length > 0 && <OwnProfileReview />}
      </Card>

      <Card className="grid gap-4" aria-labelledby="your-mentees">
        <div className="grid gap-1">
          <CardTitle id="your-mentees">Your mentees</CardTitle>
          <CardDescription>
            People who invited you to mentor them: how close they are to their target level and what they
            asked you to review.
          </CardDescription>
        </div>
        {mentees.length === 0 ? (
          <EmptyState title="No mentees yet">
            When someone sends you an invitation link, open it and accept: they appear here.
          </EmptyState>
        ) : (
          <ul className="grid gap-3" aria-label="Your mentees">
            {mentees.map((mentee) => (
              <MenteeItem
                key={mentee.mentorshipId}
                mentee={mentee}
                timeZone={timeZone}
                today={todayIn(timeZone)}
              />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
