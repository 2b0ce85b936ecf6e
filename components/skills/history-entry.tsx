"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { formatDay, levelOnScale } from "./format";

export interface HistoryItem {
  id: string;
  level: number;
  assessedOn: string;
  note: string | null;
  source: "self" | "mentor";
  evidence: { id: string; kind: "project" | "round" | "url"; label: string; url: string | null }[];
}

const EVIDENCE_KIND = { project: "Project", round: "Interview round", url: "Link" } as const;

export function HistoryEntry({ entry, onDelete }: { entry: HistoryItem; onDelete: () => void }) {
  const day = formatDay(entry.assessedOn);
  return (
    <li className="grid gap-2 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p>
          <span className="font-medium">{levelOnScale(entry.level)}</span>{" "}
          <span className="text-sm text-muted-foreground">
            on {day} · {entry.source === "self" ? "self-assessed" : "by a mentor"}
          </span>
        </p>
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="outline" aria-label={`Delete the assessment of ${day}`}>
              Delete
            </Button>
          }
          title="Delete this assessment?"
          description={`${levelOnScale(entry.level)} on ${day}. Your current level falls back to the assessment before it.`}
          confirmLabel="Delete assessment"
          onConfirm={onDelete}
        />
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
