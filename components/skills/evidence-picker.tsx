"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import type { FieldErrors } from "@/lib/field-errors";
import { httpUrlField } from "@/lib/validation";
import { EVIDENCE_MAX, type EvidenceItem, evidenceKey } from "@/lib/skills/inputs";

export interface PickedEvidence {
  item: EvidenceItem;
  label: string;
}

type Kind = EvidenceItem["kind"];
const KIND_OPTIONS = [
  { value: "project", label: "Project" },
  { value: "round", label: "Interview round" },
  { value: "url", label: "Link" },
] as const;

interface EvidencePickerProps {
  value: PickedEvidence[];
  onChange: (value: PickedEvidence[]) => void;
  errors: FieldErrors;
}

/** Builds the evidence list: a project, an interview round or a link, up to ten. */
export function EvidencePicker({ value, onChange, errors }: EvidencePickerProps) {
  const trpc = useTRPC();
  const [kind, setKind] = useState<Kind>("url");
  const [choice, setChoice] = useState("");
  const [url, setUrl] = useState("");
  const [pickError, setPickError] = useState<string | undefined>();
  const options = useInfiniteQuery(
    trpc.skills.evidenceOptions.infiniteQueryOptions(
      { kind: kind === "round" ? "round" : "project", limit: 50 },
      { enabled: kind !== "url", getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const loaded = options.data?.pages.flatMap((page) => page.items) ?? [];
  const full = value.length >= EVIDENCE_MAX;

  const add = () => {
    let picked: PickedEvidence | null = null;
    if (kind === "url") {
      const parsed = httpUrlField.safeParse(url.trim());
      if (!parsed.success) return setPickError(parsed.error.issues[0]?.message);
      picked = { item: { kind: "url", url: parsed.data }, label: parsed.data };
    } else {
      const option = loaded.find((entry) => entry.id === choice);
      if (!option) return setPickError(`choose ${kind === "project" ? "a project" : "an interview round"}`);
      picked = {
        item: kind === "project" ? { kind, projectId: option.id } : { kind, roundId: option.id },
        label: option.label,
      };
    }
    const key = evidenceKey(picked.item);
    if (value.some((entry) => evidenceKey(entry.item) === key)) return setPickError("already in the list");
    setPickError(undefined);
    setUrl("");
    setChoice("");
    onChange([...value, picked]);
  };

  return (
    <fieldset className="grid gap-3 rounded-md border border-border p-3">
      <legend className="px-1 text-sm font-medium">Evidence (optional, up to {EVIDENCE_MAX} items)</legend>
      {value.length > 0 && (
        <ul className="grid gap-1 text-sm">
          {value.map((entry, index) => (
            <li key={evidenceKey(entry.item)} className="grid gap-0.5">
              <div className="flex items-center justify-between gap-2">
                <span className="truncate">
                  <span className="text-muted-foreground">
                    {KIND_OPTIONS.find((o) => o.value === entry.item.kind)?.label}:{" "}
                  </span>
                  {entry.label}
                </span>
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove evidence ${entry.label}`}
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                >
                  Remove
                </Button>
              </div>
              {Object.entries(errors)
                .filter(([field]) => field.startsWith(`evidence.${index}`))
                .map(([field, messages]) => (
                  <p key={field} className="text-sm text-destructive">
                    {messages.join(", ")}
                  </p>
                ))}
            </li>
          ))}
        </ul>
      )}
      {errors.evidence && <p className="text-sm text-destructive">{errors.evidence.join(", ")}</p>}
      <div className="grid items-end gap-3 sm:grid-cols-[10rem_1fr_auto]">
        <SelectField
          label="Evidence type"
          options={KIND_OPTIONS}
          value={kind}
          disabled={full}
          onChange={(event) => {
            setKind(event.target.value as Kind);
            setPickError(undefined);
          }}
        />
        {kind === "url" ? (
          <Field
            label="Link"
            type="url"
            placeholder="https://…"
            value={url}
            disabled={full}
            onChange={(event) => setUrl(event.target.value)}
            errors={pickError ? [pickError] : undefined}
          />
        ) : (
          <SelectField
            label={kind === "project" ? "Project" : "Interview round"}
            options={loaded.map((entry) => ({ value: entry.id, label: entry.label }))}
            placeholder={
              options.isPending
                ? "Loading…"
                : loaded.length
                  ? "Choose…"
                  : `No ${kind === "project" ? "projects" : "rounds"} yet`
            }
            value={choice}
            disabled={full}
            onChange={(event) => setChoice(event.target.value)}
            errors={pickError ? [pickError] : undefined}
          />
        )}
        <Button type="button" variant="outline" disabled={full} onClick={add}>
          Add evidence
        </Button>
      </div>
      {kind !== "url" && options.hasNextPage && (
        <Button
          type="button"
          size="sm"
          variant="ghost"
          className="justify-self-start"
          disabled={options.isFetchingNextPage}
          onClick={() => void options.fetchNextPage()}
        >
          Load more {kind === "project" ? "projects" : "rounds"}
        </Button>
      )}
    </fieldset>
  );
}
