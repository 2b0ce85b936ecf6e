import { FAILURE_REASONS, INTERVIEW_STAGES } from "./catalogue";

/** The board's columns, left to right; the same values as the application_status enum. */
export const APPLICATION_STATUSES = [
  "applied",
  "interviewing",
  "offer",
  "accepted",
  "rejected",
  "withdrawn",
  "ghosted",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

const STATUS_LABELS: Record<ApplicationStatus, string> = {
  applied: "Applied",
  interviewing: "Interviewing",
  offer: "Offer",
  accepted: "Accepted",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  ghosted: "Ghosted",
};

export function statusLabel(status: ApplicationStatus): string {
  return STATUS_LABELS[status];
}

/** An application in one of these is over: its follow-ups are no longer due. */
const CLOSED_STATUSES: readonly ApplicationStatus[] = ["accepted", "rejected", "withdrawn", "ghosted"];
export const OPEN_STATUSES: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter(
  (status) => !CLOSED_STATUSES.includes(status),
);

export const ROUND_OUTCOMES = ["pending", "passed", "failed", "cancelled"] as const;
export type RoundOutcome = (typeof ROUND_OUTCOMES)[number];

const OUTCOME_LABELS: Record<RoundOutcome, string> = {
  pending: "Pending",
  passed: "Passed",
  failed: "Failed",
  cancelled: "Cancelled",
};

export function outcomeLabel(outcome: RoundOutcome): string {
  return OUTCOME_LABELS[outcome];
}

export const CHANNEL_SUGGESTIONS = ["Referral", "Recruiter", "Job board", "Company site", "Network", "Other"];

export const STAGE_MAX = 60;
export const REASON_MAX = 100;
export const REASONS_MAX_COUNT = 10;

/** A built-in key for a built-in key or name (any case); otherwise the trimmed label, so analytics group them. */
function toCatalogueKey(value: string, catalogue: readonly { key: string; name: string }[]): string {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  const match = catalogue.find((entry) => entry.key === lower || entry.name.toLowerCase() === lower);
  return match?.key ?? trimmed;
}

export function normalizeStage(value: string): string {
  return toCatalogueKey(value, INTERVIEW_STAGES);
}

export function normalizeReason(value: string): string {
  return toCatalogueKey(value, FAILURE_REASONS);
}

export function isBuiltinStage(stage: string): boolean {
  return INTERVIEW_STAGES.some((entry) => entry.key === stage);
}

export function isBuiltinReason(reason: string): boolean {
  return FAILURE_REASONS.some((entry) => entry.key === reason);
}

/** Built-in stages in the catalogue's order, then the user's own alphabetically. */
export function compareStages(a: string, b: string): number {
  const index = (stage: string) => INTERVIEW_STAGES.findIndex((entry) => entry.key === stage);
  const ia = index(a);
  const ib = index(b);
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0) return -1;
  if (ib >= 0) return 1;
  return a.localeCompare(b);
}

/**
 * A position strictly between the card above (`above`) and the card below (`below`) in a column ordered by
 * ascending position; null when the two are too close for a double to fit one in (the column needs renumbering).
 */
export function positionBetween(above: number | null, below: number | null): number | null {
  if (above === null && below === null) return 0;
  if (above === null && below !== null) return below - 1;
  if (below === null && above !== null) return above + 1;
  if (above === null || below === null || !(above < below)) return null;
  const middle = above + (below - above) / 2;
  return above < middle && middle < below ? middle : null;
}

/** Rows grouped into the seven board columns, each in the order the rows came (by position). */
export function groupByStatus<T extends { status: ApplicationStatus }>(
  rows: readonly T[],
): { status: ApplicationStatus; items: T[] }[] {
  return APPLICATION_STATUSES.map((status) => ({
    status,
    items: rows.filter((row) => row.status === status),
  }));
}

export interface BoardMove {
  id: string;
  status: ApplicationStatus;
  afterId?: string | null;
  beforeId?: string | null;
}

/** The board as it will look after a move, for an optimistic update: below `afterId`, above `beforeId`, or on top. */
export function applyMove<T extends { id: string; status: ApplicationStatus }>(
  columns: readonly { status: ApplicationStatus; items: readonly T[] }[],
  move: BoardMove,
): { status: ApplicationStatus; items: T[] }[] {
  const card = columns.flatMap((column) => column.items).find((item) => item.id === move.id);
  if (!card) return columns.map((column) => ({ ...column, items: [...column.items] }));
  return columns.map((column) => {
    const items = column.items.filter((item) => item.id !== move.id);
    if (column.status !== move.status) return { status: column.status, items };
    const after = items.findIndex((item) => item.id === move.afterId);
    const before = items.findIndex((item) => item.id === move.beforeId);
    const index = after >= 0 ? after + 1 : before >= 0 ? before : 0;
    items.splice(index, 0, { ...card, status: move.status });
    return { status: column.status, items };
  });
}

/** The neighbours that put a card one place up or down its column; null at the edge. */
export function neighboursForStep(
  ids: readonly string[],
  id: string,
  step: -1 | 1,
): { afterId: string | null; beforeId: string | null } | null {
  const index = ids.indexOf(id);
  const target = index + step;
  if (index < 0 || target < 0 || target >= ids.length) return null;
  const others = ids.filter((other) => other !== id);
  // In the list without the card, it goes in at `target`.
  return { afterId: others[target - 1] ?? null, beforeId: others[target] ?? null };
}
