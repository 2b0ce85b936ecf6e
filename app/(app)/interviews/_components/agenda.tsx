"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTimeZone } from "@/components/account/use-time-zone";
import { useMenteeHref, useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/dates";
import { stageName } from "@/lib/interviews/catalogue";

/** What is coming: rounds in the next 30 days and follow-ups that are due. */
export function Agenda() {
  const trpc = useTRPC();
  const timeZone = useTimeZone();
  const { menteeId } = useViewing();
  const hrefOf = useMenteeHref();
  const { data } = useSuspenseQuery(trpc.interviews.agenda.queryOptions({ menteeId }));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card className="grid content-start gap-3">
        <CardTitle>Upcoming rounds</CardTitle>
        <CardDescription>Scheduled in the next 30 days, in your time zone ({timeZone}).</CardDescription>
        {data.upcoming.length === 0 ? (
          <p className="text-sm">
            No rounds in the next 30 days. Add a round with its date on an application.
          </p>
        ) : (
          <ul className="grid gap-2 text-sm">
            {data.upcoming.map((round) => (
              <li key={round.id}>
                <time dateTime={round.scheduledAt?.toISOString()} className="font-medium">
                  {round.scheduledAt ? formatDateTime(round.scheduledAt, timeZone, { weekday: true }) : ""}
                </time>{" "}
                — {stageName(round.stage)} at{" "}
                <Link
                  href={hrefOf(`/interviews/${round.applicationId}`)}
                  className="underline underline-offset-2"
                >
                  {round.company}
                </Link>{" "}
                ({round.role})
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="grid content-start gap-3">
        <CardTitle>Due follow-ups</CardTitle>
        <CardDescription>
          Follow-up dates up to today ({formatDate(data.today)}) on applications still open.
        </CardDescription>
        {data.followUps.length === 0 ? (
          <p className="text-sm">
            Nothing to follow up on. Set a follow-up date on a round to be reminded here.
          </p>
        ) : (
          <ul className="grid gap-2 text-sm">
            {data.followUps.map((round) => (
              <li key={round.id}>
                <span className="font-medium">{round.followUpOn ? formatDate(round.followUpOn) : ""}</span> —
                follow up on the {stageName(round.stage)} at{" "}
                <Link
                  href={hrefOf(`/interviews/${round.applicationId}`)}
                  className="underline underline-offset-2"
                >
                  {round.company}
                </Link>{" "}
                ({round.role})
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
