"use client";

import { useId } from "react";
import { MENTORSHIP_SCOPES, type MentorshipScope } from "@/lib/mentoring/rules";
import { SCOPE_LABELS } from "@/lib/mentoring/scopes";

interface ScopeCheckboxesProps {
  legend: string;
  checked: readonly MentorshipScope[];
  onToggle: (scope: MentorshipScope, on: boolean) => void;
  disabled?: boolean;
  errors?: string[] | undefined;
}

/** One checkbox per shareable section, each with what it reveals read out with it. */
export function ScopeCheckboxes({ legend, checked, onToggle, disabled, errors }: ScopeCheckboxesProps) {
  const id = useId();
  const invalid = Boolean(errors?.length);
  return (
    <fieldset
      disabled={disabled}
      aria-describedby={invalid ? `${id}-error` : undefined}
      aria-invalid={invalid || undefined}
      className="grid gap-2 rounded-md border border-border p-4"
    >
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {MENTORSHIP_SCOPES.map((scope) => (
          <div key={scope} className="grid gap-0.5">
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                checked={checked.includes(scope)}
                aria-describedby={`${id}-${scope}-hint`}
                onChange={(event) => onToggle(scope, event.currentTarget.checked)}
              />
              {SCOPE_LABELS[scope].label}
            </label>
            <p id={`${id}-${scope}-hint`} className="pl-6 text-xs text-muted-foreground">
              {SCOPE_LABELS[scope].hint}
            </p>
          </div>
        ))}
      </div>
      {invalid && (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {errors?.join(", ")}
        </p>
      )}
    </fieldset>
  );
}

/** Adds or removes one scope, keeping the canonical order. */
export function toggledScopes(
  current: readonly MentorshipScope[],
  scope: MentorshipScope,
  on: boolean,
): MentorshipScope[] {
  return MENTORSHIP_SCOPES.filter((s) => (s === scope ? on : current.includes(s)));
}
