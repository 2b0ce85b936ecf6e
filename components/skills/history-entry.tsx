"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { levelOnScale } from "@/lib/skills/format";
import { formatDate } from "@/lib/dates";

export interface HistoryItem {
  id: string;
  level: number;
  assessedOn: string;
  note: string | null;
  source: "self" | "mentor";
  assessorName: string | null;
  /** The reader gave this rating (a mentor reading their own endorsement). */
  byYou?: boolean;
  evidence: { id: string; kind: "project" | "round" | "url"; label: string; url: string | null }[];
}

const EVIDENCE_KIND = { project: "Project", round: "Interview round", url: "Link" } as const;

/**
 * One rating; `onDelete` is left out where the reader cannot delete it. The owner deletes their own ratings,
 * a mentor withdraws their own endorsement.
 */
export function HistoryEntry({ entry, onDelete }: { entry: HistoryItem; onDelete?: () => void }) {
  const day = formatDate(entry.assessedOn);
  const byMentor = entry.source === "mentor";
  const level = levelOnScale(entry.level);
  const confirm = byMentor
    ? {
        label: `Withdraw your rating of ${day}`,
        button: "Withdraw",
        title: "Withdraw your rating?",
        description: `${level} on ${day}. Your mentee no longer sees it, here or in their gap analysis.`,
        confirmLabel: "Withdraw rating",
      }
    : {
        label: `Delete the assessment of ${day}`,
        button: "Delete",
        title: "Delete this assessment?",
        description: `${level} on ${day}. Your current level falls back to the assessment before it.`,
        confirmLabel: "Delete assessment",
      };
  return (
    <li className={byMentor ? "grid gap-2 border-l-4 border-l-primary/60 py-3 pl-3" : "grid gap-2 py-3"}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p>
          <span className="font-medium">{level}</span>{" "}
          <span className="text-sm text-muted-foreground">
            on {day} · {byMentor ? `mentor rating by ${entry.assessorName ?? "a mentor"}` : "self-assessed"}
          </span>
        </p>
        {onDelete && (
          <ConfirmDialog
            trigger={
              <Button size="sm" variant="outline" aria-label={confirm.label}>
                {confirm.button}
              </Button>
            }
            title={confirm.title}
            description={confirm.description}
            confirmLabel={confirm.confirmLabel}
            onConfirm={onDelete}
          />
        )}
      </div>
      {entry.note && <p className="whitespace-pre-wrap text-sm">{entry.note}</p>}
      {entry.evidence.length > 0 && (
        <ul className="grid gap-1 text-sm" aria-label={`Evidence for ${day}`}>
          {entry.evidence.map((item) => (
            <li key={item.id}>
              <span className="text-muted-foreground">{EVIDENCE_KIND[item.kind]}: </span>
              {item.kind === "url" && item.url ? (
                <a
                  href={item.url}
                  className="break-all underline underline-offset-4"
                  rel="noreferrer noopener"
                  target="_blank"
                >
                  {item.label}
                </a>
              ) : (
                item.label
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
