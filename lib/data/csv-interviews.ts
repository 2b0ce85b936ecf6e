import { type Cell, list, safeText, toCsv } from "./csv";
import { minorToMajor } from "@/lib/money";
import { failureReasonName, stageName } from "@/lib/interviews/catalogue";

/** Applications and their rounds as one sheet (the format rules are in csv-export.ts). */

interface RoundRecord {
  stage: string;
  /** Local wall time "YYYY-MM-DD HH:mm" in the user's zone, or null. */
  scheduledAt: string | null;
  outcome: string;
  selfRating: number | null;
  feedback: string | null;
  feedbackRequested: boolean;
  failureReasons: readonly string[];
  competencies: readonly string[];
  followUpOn: string | null;
}

export interface ApplicationRecord {
  company: string;
  role: string;
  levelApplied: string | null;
  channel: string | null;
  appliedOn: string;
  status: string;
  offerBaseMinor: number | null;
  offerBonusMinor: number | null;
  offerEquityMinor: number | null;
  offerCurrency: string | null;
  /** Minor units per major unit of the offer currency (2 for EUR, 0 for JPY). */
  currencyDigits: number;
  levelOffered: string | null;
  notes: string | null;
  rounds: readonly RoundRecord[];
}

export function interviewsHeader(timeZone: string): string[] {
  return [
    "company",
    "role",
    "level applied",
    "channel",
    "applied on",
    "status",
    "offer base",
    "offer bonus",
    "offer equity",
    "offer currency",
    "level offered",
    "notes",
    "round stage",
    `round scheduled at (${timeZone})`,
    "round outcome",
    "round self rating",
    "round feedback",
    "round feedback requested",
    "round failure reasons",
    "round competencies",
    "round follow up on",
  ];
}

/** One row per round with the application's columns repeated; an application without rounds gets one row. */
export function interviewsCsv(records: readonly ApplicationRecord[], timeZone: string): string {
  return toCsv(
    interviewsHeader(timeZone),
    records.flatMap((a) => {
      const money = (minor: number | null) => (minor === null ? null : minorToMajor(minor, a.currencyDigits));
      const application: Cell[] = [
        safeText(a.company),
        safeText(a.role),
        safeText(a.levelApplied),
        safeText(a.channel),
        a.appliedOn,
        a.status,
        money(a.offerBaseMinor),
        money(a.offerBonusMinor),
        money(a.offerEquityMinor),
        a.offerCurrency,
        safeText(a.levelOffered),
        safeText(a.notes),
      ];
      if (a.rounds.length === 0) return [[...application, ...Array<Cell>(9).fill(null)]];
      return a.rounds.map((r) => [
        ...application,
        safeText(stageName(r.stage)),
        r.scheduledAt,
        r.outcome,
        r.selfRating,
        safeText(r.feedback),
        r.feedbackRequested,
        list(r.failureReasons.map(failureReasonName)),
        list(r.competencies),
        r.followUpOn,
      ]);
    }),
  );
}
