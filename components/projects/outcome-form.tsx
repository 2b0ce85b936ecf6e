"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { addOutcomeInput, updateOutcomeInput } from "@/lib/projects/inputs";
import { parseNumberInput } from "@/lib/projects/format";
import type { Outcome } from "./types";
import { useRefreshProjects } from "./use-projects-cache";

const UNIT_SUGGESTIONS = [
  "ms",
  "s",
  "minutes",
  "hours",
  "days",
  "%",
  "req/s",
  "USD",
  "EUR",
  "users",
  "incidents",
];
const CONFIDENCE_OPTIONS = [
  { value: "measured", label: "Measured" },
  { value: "estimated", label: "Estimated" },
] as const;

interface OutcomeFormProps {
  projectId: string;
  /** The outcome to edit; without it the form adds one. */
  outcome?: Outcome;
  onDone: () => void;
}

function valuesOf(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    metric: text("metric"),
    baseline: parseNumberInput(form.get("baseline")),
    // A missing result goes to zod as undefined, which says "enter the result".
    result: parseNumberInput(form.get("result")) ?? undefined,
    unit: text("unit"),
    timeframe: text("timeframe"),
    confidence: text("confidence"),
    confidential: form.get("confidential") === "on",
  };
}

/** What was measured, from what to what, in which unit; the same schema as the server. */
export function OutcomeForm({ projectId, outcome, onDone }: OutcomeFormProps) {
  const trpc = useTRPC();
  const refresh = useRefreshProjects();
  const unitListId = useId();
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const done = async () => {
    await refresh();
    onDone();
  };
  const add = useMutation(trpc.projects.outcomes.add.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.projects.outcomes.update.mutationOptions({ onSuccess: done }));
  const mutation = outcome ? update : add;
  const serverErrors = serverFieldErrors(mutation.error);
  const errors = { ...serverErrors, ...clientErrors };
  const number = (value: number | null | undefined) =>
    value === null || value === undefined ? "" : String(value);

  return (
    <form
      className="grid gap-3"
      noValidate
      aria-label={outcome ? `Edit outcome ${outcome.metric}` : "New outcome"}
      onSubmit={(event) => {
        event.preventDefault();
        const values = valuesOf(new FormData(event.currentTarget));
        if (outcome) {
          const parsed = updateOutcomeInput.safeParse({ ...values, id: outcome.id });
          if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
          setClientErrors({});
          update.mutate(parsed.data);
        } else {
          const parsed = addOutcomeInput.safeParse({ ...values, projectId });
          if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
          setClientErrors({});
          add.mutate(parsed.data);
        }
      }}
    >
      <FormMessage error={mutation.error && !serverErrors ? mutation.error.message : undefined} />
      <Field
        label="Metric"
        name="metric"
        defaultValue={outcome?.metric}
        hint="What was measured, e.g. p95 latency of the orders API"
        errors={errors.metric}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          label="Baseline"
          name="baseline"
          inputMode="decimal"
          defaultValue={number(outcome?.baseline)}
          hint="Before; leave empty if unknown"
          errors={errors.baseline}
        />
        <Field
          label="Result"
          name="result"
          inputMode="decimal"
          defaultValue={number(outcome?.result)}
          hint="After"
          errors={errors.result}
        />
        <Field
          label="Unit"
          name="unit"
          list={unitListId}
          defaultValue={outcome?.unit}
          hint="ms, %, req/s, USD, hours…"
          errors={errors.unit}
        />
      </div>
      <datalist id={unitListId}>
        {UNIT_SUGGESTIONS.map((unit) => (
          <option key={unit} value={unit} />
        ))}
      </datalist>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Timeframe"
          name="timeframe"
          defaultValue={outcome?.timeframe ?? ""}
          hint="Optional, e.g. over 3 months"
          errors={errors.timeframe}
        />
        <SelectField
          label="Confidence"
          name="confidence"
          options={CONFIDENCE_OPTIONS}
          defaultValue={outcome?.confidence ?? "measured"}
          errors={errors.confidence}
        />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="confidential"
          defaultChecked={outcome?.confidential}
          className="h-4 w-4"
        />
        Confidential: never quote these figures in bullets
      </label>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={mutation.isPending}>
          {outcome ? "Save outcome" : "Add this outcome"}
        </Button>
        <Button type="button" size="sm" variant="outline" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
