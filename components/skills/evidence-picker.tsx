"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useWatch } from "react-hook-form";
import { errorsAt, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { CHOOSE_EVIDENCE, evidencePickForm, type PickedEvidence } from "@/lib/skills/assess-form";
import { EVIDENCE_MAX, evidenceKey } from "@/lib/skills/inputs";

const KIND_OPTIONS = [
  { value: "project", label: "Project" },
  { value: "round", label: "Interview round" },
  { value: "url", label: "Link" },
] as const;

interface EvidencePickerProps {
  value: PickedEvidence[];
  onChange: (value: PickedEvidence[]) => void;
  /** Messages about the list as a whole (too many). */
  listErrors?: string[] | undefined;
  /** Messages about the item at an index (listed twice, a link refused). */
  itemErrors: (index: number) => string[] | undefined;
}

/** Builds the evidence list: a project, an interview round or a link, up to ten. */
export function EvidencePicker({ value, onChange, listErrors, itemErrors }: EvidencePickerProps) {
  const trpc = useTRPC();
  // Its own small form inside the assessment's (forms cannot nest), submitted by "Add evidence".
  const pick = useZodForm(evidencePickForm, { defaultValues: { kind: "url", url: "", choice: "" } });
  const kind = useWatch({ control: pick.control, name: "kind" });
  const options = useInfiniteQuery(
    trpc.skills.evidenceOptions.infiniteQueryOptions(
      { kind: kind === "round" ? "round" : "project", limit: 50 },
      { enabled: kind !== "url", getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const loaded = options.data?.pages.flatMap((page) => page.items) ?? [];
  const full = value.length >= EVIDENCE_MAX;
  const field = kind === "url" ? "url" : "choice";
  const { errors } = pick.formState;

  const add = pick.handleSubmit((item) => {
    const label =
      item.kind === "url" ? item.url : loaded.find((entry) => entry.id === pick.getValues("choice"))?.label;
    // A choice no longer listed (the list reloaded) is as good as none.
    if (label === undefined)
      return pick.setError("choice", { message: CHOOSE_EVIDENCE[kind === "round" ? "round" : "project"] });
    if (value.some((entry) => evidenceKey(entry.item) === evidenceKey(item)))
      return pick.setError(field, { message: "already in the list" });
    pick.resetField("url");
    pick.resetField("choice");
    onChange([...value, { item, label }]);
  });

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
              {itemErrors(index) && (
                <p className="text-sm text-destructive">{itemErrors(index)?.join(", ")}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {listErrors && <p className="text-sm text-destructive">{listErrors.join(", ")}</p>}
      <div className="grid items-end gap-3 sm:grid-cols-[10rem_1fr_auto]">
        <SelectField
          label="Evidence type"
          options={KIND_OPTIONS}
          disabled={full}
          {...pick.register("kind", { onChange: () => pick.clearErrors() })}
        />
        {kind === "url" ? (
          <Field
            label="Link"
            type="url"
            placeholder="https://…"
            disabled={full}
            {...pick.register("url")}
            errors={errorsAt(errors, "url")}
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
            disabled={full}
            {...pick.register("choice")}
            errors={errorsAt(errors, "choice")}
          />
        )}
        <Button type="button" variant="outline" disabled={full} onClick={() => void add()}>
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
