import { cn } from "@/components/ui/cn";
import { outcomeLabel, statusLabel, type ApplicationStatus, type RoundOutcome } from "@/lib/interviews/rules";

const base = "inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium";

const outcomeStyles: Record<RoundOutcome, string> = {
  pending: "border-border text-muted-foreground",
  passed: "border-emerald-600 text-emerald-700 dark:text-emerald-400",
  failed: "border-destructive text-destructive",
  cancelled: "border-border text-muted-foreground line-through",
};

/** The outcome in words as well as colour, so colour is never the only signal. */
export function OutcomeBadge({ outcome }: { outcome: RoundOutcome }) {
  return <span className={cn(base, outcomeStyles[outcome])}>{outcomeLabel(outcome)}</span>;
}

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  return <span className={cn(base, "border-border")}>{statusLabel(status)}</span>;
}
