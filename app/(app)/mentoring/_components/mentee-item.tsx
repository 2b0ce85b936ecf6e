"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { formatDate, formatDateTime } from "@/lib/dates";
import { grantedSections } from "@/lib/mentoring/scopes";
import type { Mentee } from "@/components/mentoring/types";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { MenteeProfileReview } from "./profile-review";
import { ReadinessLine } from "./readiness-line";
import { RequestLink } from "./request-link";
import { menteeHref } from "@/lib/mentoring/mentee-link";

/** One mentee on the mentor's dashboard: readiness, activity, open requests and the sections shared. */
interface MenteeItemProps {
  mentee: Mentee;
  timeZone: string;
  today: string;
}

export function MenteeItem({ mentee, timeZone, today }: MenteeItemProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const leave = useMutation(
    trpc.mentoring.leave.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.mentoring.mentees.queryKey() }),
    }),
  );
  const sections = grantedSections(mentee.scopes);
  const requests = mentee.openRequests;

  return (
    <li className="grid gap-3 rounded-md border border-border p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="grid gap-0.5">
          <h4 className="font-medium">{mentee.name}</h4>
          <p className="text-sm text-muted-foreground">
            Last activity:{" "}
            {mentee.lastActivityAt ? formatDateTime(new Date(mentee.lastActivityAt), timeZone) : "none yet"}
          </p>
        </div>
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="outline" disabled={leave.isPending}>
              Leave
            </Button>
          }
          title={`Stop mentoring ${mentee.name}?`}
          description="You lose access to their sections at once; they can invite you again with a new link."
          confirmLabel="Leave"
          onConfirm={() => leave.mutate({ mentorshipId: mentee.mentorshipId })}
        />
      </div>
      <FormMessage error={leave.error?.message} />
      <ReadinessLine
        readiness={mentee.readiness}
        targetLevel={mentee.targetLevel}
        granted={mentee.scopes.includes("gaps")}
      />
      <nav aria-label={`Sections ${mentee.name} shares`}>
        {sections.length === 0 ? (
          <p className="text-sm text-muted-foreground">No sections shared at the moment.</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {sections.map((section) => (
              <li key={section.scope}>
                <Button asChild size="sm" variant="outline">
                  <Link href={menteeHref(section.path, mentee.menteeId)}>
                    {section.label}
                    <span className="sr-only"> of {mentee.name}</span>
                  </Link>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </nav>
      <div className="grid gap-1">
        <h5 className="text-sm font-medium">Open review requests ({requests.count})</h5>
        {requests.items.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nothing waiting for your review.</p>
        ) : (
          <ul className="grid gap-1 text-sm">
            {requests.items.map((request) => (
              <li key={request.id} className="flex flex-wrap gap-x-2">
                <RequestLink request={request} menteeId={mentee.menteeId} />
                <span
                  className={request.dueOn < today ? "font-medium text-destructive" : "text-muted-foreground"}
                >
                  {request.dueOn < today ? "overdue since" : "due"} {formatDate(request.dueOn)}
                </span>
                {request.note && <span className="text-muted-foreground">· {request.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <MenteeProfileReview menteeId={mentee.menteeId} name={mentee.name} />
    </li>
  );
}
