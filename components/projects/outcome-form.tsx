"use client";

import { useMutation } from "@tanstack/react-query";
import { useId } from "react";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { outcomeForm } from "@/lib/projects/outcome-form";
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
  projectTitle: string;
  /** The outcome to edit; without it the form adds one. */
  outcome?: Outcome;
  onDone: () => void;
}

const figure = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : String(value);

/** What was measured, from what to what, in which unit; the same schema as the server. */
export function OutcomeForm({ projectId, projectTitle, outcome, onDone }: OutcomeFormProps) {
  const trpc = useTRPC();
  const refresh = useRefreshProjects();
  const unitListId = useId();
  const form = useZodForm(outcomeForm, {
    defaultValues: {
      metric: outcome?.metric ?? "",
      baseline: figure(outcome?.baseline),
      result: figure(outcome?.result),
      unit: outcome?.unit ?? "",
      timeframe: outcome?.timeframe ?? "",
      confidence: outcome?.confidence ?? "measured",
      confidential: outcome?.confidential ?? false,
    },
  });
  const done = async () => {
    await refresh();
    onDone();
  };
  // The project and the outcome are not fields, so what is said about them is the form's message.
  const onError = (error: unknown) =>
    setServerErrors(form, error, (path) => (path === "id" || path === "projectId" ? "root.server" : path));
  const add = useMutation(trpc.projects.outcomes.add.mutationOptions({ onSuccess: done, onError }));
  const update = useMutation(trpc.projects.outcomes.update.mutationOptions({ onSuccess: done, onError }));
  const mutation = outcome ? update : add;
  const { errors } = form.formState;

  return (
    <form
      className="grid gap-3"
      noValidate
      aria-label={
        outcome ? `Edit outcome ${outcome.metric} of ${projectTitle}` : `New outcome for ${projectTitle}`
      }
      onSubmit={form.handleSubmit((values) =>
        outcome ? update.mutate({ ...values, id: outcome.id }) : add.mutate({ ...values, projectId }),
      )}
    >
      <FormMessage error={errors.root?.server?.message} />
      <Field
        label="Metric"
        hint="What was measured, e.g. p95 latency of the orders API"
        {...form.register("metric")}
        errors={errorsAt(errors, "metric")}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          label="Baseline"
          inputMode="decimal"
          hint="Before; leave empty if unknown"
          {...form.register("baseline")}
          errors={errorsAt(errors, "baseline")}
        />
        <Field
          label="Result"
          inputMode="decimal"
          hint="After"
          {...form.register("result")}
          errors={errorsAt(errors, "result")}
        />
        <Field
          label="Unit"
          list={unitListId}
          hint="ms, %, req/s, USD, hours…"
          {...form.register("unit")}
          errors={errorsAt(errors, "unit")}
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
          hint="Optional, e.g. over 3 months"
          {...form.register("timeframe")}
          errors={errorsAt(errors, "timeframe")}
        />
        <SelectField
          label="Confidence"
          options={CONFIDENCE_OPTIONS}
          {...form.register("confidence")}
          errors={errorsAt(errors, "confidence")}
        />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="h-4 w-4" {...form.register("confidential")} />
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
