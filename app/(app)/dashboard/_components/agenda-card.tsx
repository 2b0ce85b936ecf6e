import Link from "next/link";
import { formatDate, formatDateTime, todayIn } from "@/lib/dates";
import { Card, CardTitle } from "@/components/ui/card";
import { isOverdue, type FollowUp, type UpcomingRound } from "@/lib/dashboard/overview";
import { stageName } from "@/lib/interviews/catalogue";

interface AgendaCardProps {
  upcoming: UpcomingRound[];
  followUps: FollowUp[];
  timeZone: string;
}

export function AgendaCard({ upcoming, followUps, timeZone }: AgendaCardProps) {
  const today = todayIn(timeZone);
  return (
    <Card className="grid gap-3">
      <CardTitle>Upcoming</CardTitle>
      <h3 className="text-sm font-medium">Rounds in the next 30 days</h3>
      {upcoming.length === 0 ? (
        <p className="text-sm text-muted-foreground">No rounds scheduled.</p>
      ) : (
        <ul className="grid gap-1 text-sm">
          {upcoming.map((round) => (
            <li key={round.id}>
              <Link className="underline" href={`/interviews/${round.applicationId}`}>
                {round.company}
              </Link>{" "}
              · {stageName(round.stage)} · {formatDateTime(round.scheduledAt, timeZone)}
            </li>
          ))}
        </ul>
      )}
      <h3 className="text-sm font-medium">Follow-ups</h3>
      {followUps.length === 0 ? (
        <p className="text-sm text-muted-foreground">No follow-ups due this week.</p>
      ) : (
        <ul className="grid gap-1 text-sm">
          {followUps.map((followUp) => (
            <li key={followUp.id}>
              <Link className="underline" href={`/interviews/${followUp.applicationId}`}>
                {followUp.company}
              </Link>{" "}
              · after {stageName(followUp.stage)} · {formatDate(followUp.followUpOn)}
              {isOverdue(followUp.followUpOn, today) && (
                <strong className="text-destructive"> (overdue)</strong>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
