import ical, { ICalEventStatus } from "ical-generator";
import { stageName } from "@/lib/interviews/catalogue";

/**
 * What the calendar feed holds: every live round scheduled from FEED_LOOKBACK_DAYS ago onward (recent ones stay
 * so a subscriber does not see them vanish the moment they start), and every follow-up day from that many days
 * before today (in the owner's zone) onward. Cancelled rounds stay, marked STATUS:CANCELLED.
 */
const FEED_LOOKBACK_DAYS = 30;
const ROUND_MINUTES = 60;
const DAY_MS = 86_400_000;

export interface FeedRound {
  id: string;
  applicationId: string;
  company: string;
  role: string;
  stage: string;
  scheduledAt: Date | null;
  followUpOn: string | null;
  outcome: string;
  updatedAt: Date;
}

/** The instant and the day (YYYY-MM-DD, already in the owner's zone) the feed starts from. */
export function feedWindow(now: Date, today: string) {
  const since = new Date(now.getTime() - FEED_LOOKBACK_DAYS * DAY_MS);
  const sinceDay = new Date(Date.parse(`${today}T00:00:00Z`) - FEED_LOOKBACK_DAYS * DAY_MS)
    .toISOString()
    .slice(0, 10);
  return { since, sinceDay };
}

const roundUid = (roundId: string) => `round-${roundId}@trajectory`;
const followUpUid = (roundId: string) => `follow-up-${roundId}@trajectory`;

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS);

/** The RFC 5545 calendar for these rounds; ical-generator escapes the text and folds long lines. */
export function buildFeed(rounds: readonly FeedRound[], appUrl: string, now: Date): string {
  const calendar = ical({
    name: "Trajectory interviews",
    prodId: { company: "Trajectory", product: "interviews", language: "EN" },
    ttl: 60 * 60,
  });
  for (const round of rounds) {
    const link = `${appUrl}/interviews/${round.applicationId}`;
    const title = `${stageName(round.stage)}: ${round.company} (${round.role})`;
    if (round.scheduledAt) {
      calendar.createEvent({
        id: roundUid(round.id),
        start: round.scheduledAt,
        end: new Date(round.scheduledAt.getTime() + ROUND_MINUTES * 60_000),
        stamp: now,
        lastModified: round.updatedAt,
        summary: title,
        description: `Interview round for ${round.role} at ${round.company}.\n${link}`,
        url: link,
        status: round.outcome === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    if (round.followUpOn) {
      calendar.createEvent({
        id: followUpUid(round.id),
        start: new Date(`${round.followUpOn}T00:00:00Z`),
        end: dayAfter(round.followUpOn),
        allDay: true,
        stamp: now,
        lastModified: round.updatedAt,
        summary: `Follow up: ${title}`,
        description: `Follow up on the ${stageName(round.stage)} round for ${round.role} at ${round.company}.\n${link}`,
        url: link,
      });
    }
  }
  return calendar.toString();
}
