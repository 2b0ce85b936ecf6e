"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { Controller } from "react-hook-form";
import { useInvalidateInterviews } from "@/components/interviews/hooks";
import { useTimeZone } from "@/components/account/use-time-zone";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import type { TimelineRound } from "@/components/interviews/types";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea";
import {
  addRoundForm,
  editRoundForm,
  OTHER_STAGE,
  roundFormValues,
  unchangedSince,
} from "@/lib/interviews/round-form";
import { CheckboxGroup } from "./checkbox-group";
import { outcomeOptions, ratingOptions, stageOptions } from "@/components/interviews/round-form-values";
import { FAILURE_REASONS } from "@/lib/interviews/catalogue";

type RoundFormProps = { onDone?: () => void } & (
  { applicationId: string; round?: never } | { round: TimelineRound; applicationId?: never }
);

const reasonOptions = FAILURE_REASONS.map((reason) => ({ value: reason.key, label: reason.name }));

/** Adds a round to an application, or edits one; times are typed in the user's zone. */
export function RoundForm(props: RoundFormProps) {
  const { round, onDone } = props;
  const trpc = useTRPC();
  const timeZone = useTimeZone();
  const invalidate = useInvalidateInterviews();
  const { data: skills } = useSuspenseQuery(trpc.skills.catalogue.queryOptions());
  const [notice, setNotice] = useState<string | undefined>();
  const add = useMutation(trpc.interviews.addRound.mutationOptions({ onSuccess: () => invalidate() }));
  const update = useMutation(trpc.interviews.updateRound.mutationOptions({ onSuccess: () => invalidate() }));
  const target = props.round ? props.round.id : props.applicationId;
  const schema = useMemo(
    () => (round ? editRoundForm(timeZone, target) : addRoundForm(timeZone, target)),
    [round, timeZone, target],
  );
  const [defaults] = useState(() => roundFormValues(round, timeZone));
  const form = useZodForm(schema, { defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;
  const [stage, outcome] = form.watch(["stage", "outcome"]);
  const prefix = useId();
  // The procedure's paths are the form's field names; its ids are not fields, so they read as the form's message.
  const fieldOf = (path: string) => ((path.split(".")[0] ?? "") in defaults ? path : "root.server");

  const onSubmit = form.handleSubmit(async (input) => {
    setNotice(undefined);
    const submitted = form.getValues();
    try {
      await ("id" in input ? update.mutateAsync(input) : add.mutateAsync(input));
    } catch (error) {
      setServerErrors(form, error, fieldOf);
      return;
    }
    if (!round) {
      // Still submitting, so still disabled: the next round can only be typed once this reset is done.
      for (const name of unchangedSince(submitted, form.getValues())) form.resetField(name);
      setNotice("Round added.");
    }
    onDone?.();
  });

  return (
    <form
      className="grid gap-4"
      noValidate
      aria-label={round ? "Edit round" : "Add a round"}
      onSubmit={onSubmit}
    >
      <fieldset disabled={isSubmitting} className="contents">
        <FormMessage error={errors.root?.server?.message} notice={notice} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Stage"
            {...form.register("stage")}
            options={stageOptions}
            errors={stage === OTHER_STAGE ? undefined : errorsAt(errors, "stage")}
          />
          {stage === OTHER_STAGE && (
            <Field
              label="Your own stage"
              {...form.register("stageOther", { deps: "stage" })}
              maxLength={60}
              errors={errorsAt(errors, "stage")}
            />
          )}
          <Field
            label="Scheduled at"
            type="datetime-local"
            {...form.register("scheduledAt")}
            hint={`In your time zone, ${timeZone}. Leave empty if not scheduled yet.`}
            errors={errorsAt(errors, "scheduledAt")}
          />
          <SelectField
            label="Outcome"
            {...form.register("outcome", { deps: "failureReasons" })}
            options={outcomeOptions}
            errors={errorsAt(errors, "outcome")}
          />
          <SelectField
            label="Self-rating"
            {...form.register("selfRating")}
            options={ratingOptions}
            placeholder="Not rated"
            errors={errorsAt(errors, "selfRating")}
          />
          <Field
            label="Follow up on"
            type="date"
            {...form.register("followUpOn")}
            errors={errorsAt(errors, "followUpOn")}
          />
        </div>
        <TextareaField
          label="Feedback received (verbatim)"
          {...form.register("feedback")}
          errors={errorsAt(errors, "feedback")}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register("feedbackRequested")} />I asked for feedback
        </label>
        <Controller
          control={form.control}
          name="failureReasons"
          render={({ field }) => (
            <CheckboxGroup
              legend="Failure reasons"
              hint={
                outcome === "failed"
                  ? "Tick what applies and add your own."
                  : "Set the outcome to Failed to record reasons."
              }
              name={field.name}
              disabled={outcome !== "failed"}
              options={reasonOptions}
              value={field.value}
              onChange={field.onChange}
              errors={errorsAt(errors, "failureReasons")}
            >
              <TextareaField
                id={`${prefix}-own-reasons`}
                label="Your own reasons, one per line"
                {...form.register("ownReasons", { deps: "failureReasons" })}
                className="min-h-16"
              />
            </CheckboxGroup>
          )}
        />
        <Controller
          control={form.control}
          name="competencyIds"
          render={({ field }) => (
            <CheckboxGroup
              legend="Competencies tested"
              name={field.name}
              options={skills.map((skill) => ({ value: skill.id, label: skill.name }))}
              value={field.value}
              onChange={field.onChange}
              errors={errorsAt(errors, "competencyIds")}
            />
          )}
        />
        <div className="flex gap-2">
          <Button type="submit">{round ? "Save round" : "Add round"}</Button>
          {round && onDone && (
            <Button type="button" variant="outline" onClick={onDone}>
              Cancel
            </Button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
