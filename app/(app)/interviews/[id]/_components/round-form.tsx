"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useInvalidateInterviews } from "@/components/interviews/hooks";
import { useTimeZone } from "@/components/account/use-time-zone";
import type { TimelineRound } from "@/components/interviews/types";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea";
import { FAILURE_REASONS } from "@/lib/skills/catalogue";
import { isBuiltinReason, isBuiltinStage, type RoundOutcome } from "@/lib/interviews/rules";
import { toLocalInput } from "@/lib/dates";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { addRoundInput, updateRoundInput } from "@/lib/interviews/inputs";
import { CheckboxGroup } from "./checkbox-group";
import {
  messagesOf,
  outcomeOptions,
  OTHER_STAGE,
  ratingOptions,
  readRoundFields,
  stageOptions,
} from "@/components/interviews/round-form-values";

type RoundFormProps = { onDone?: () => void } & (
  { applicationId: string; round?: never } | { round: TimelineRound; applicationId?: never }
);

/** Adds a round to an application, or edits one; times are typed in the user's zone. */
export function RoundForm({ applicationId, round, onDone }: RoundFormProps) {
  const trpc = useTRPC();
  const timeZone = useTimeZone();
  const invalidate = useInvalidateInterviews();
  const { data: skills } = useSuspenseQuery(trpc.skills.catalogue.queryOptions());
  const [stage, setStage] = useState(
    round ? (isBuiltinStage(round.stage) ? round.stage : OTHER_STAGE) : "phone-screen",
  );
  const [outcome, setOutcome] = useState<RoundOutcome>(round?.outcome ?? "pending");
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | undefined>();
  const add = useMutation(trpc.interviews.addRound.mutationOptions({ onSuccess: () => invalidate() }));
  const update = useMutation(trpc.interviews.updateRound.mutationOptions({ onSuccess: () => invalidate() }));
  const mutation = round ? update : add;
  const server = serverFieldErrors(mutation.error);
  const errors = { ...server, ...clientErrors };
  const prefix = useId();
  const ownReasons = round?.failureReasons.filter((reason) => !isBuiltinReason(reason)) ?? [];

  return (
    <form
      className="grid gap-4"
      noValidate
      aria-label={round ? "Edit round" : "Add a round"}
      onSubmit={(event) => {
        event.preventDefault();
        const formElement = event.currentTarget;
        const form = new FormData(formElement);
        const { fields, unreadableTime } = readRoundFields(form, { stage, outcome, timeZone });
        const parsed = round
          ? updateRoundInput.safeParse({ ...fields, id: round.id })
          : addRoundInput.safeParse({ ...fields, applicationId });
        const found = parsed.success ? {} : fieldErrorsFromZod(parsed.error);
        if (unreadableTime) found.scheduledAt = ["enter a date and time"];
        setClientErrors(found);
        setNotice(undefined);
        if (Object.keys(found).length > 0) return;
        const done = () => {
          if (!round) {
            formElement.reset();
            setStage("phone-screen");
            setOutcome("pending");
            setNotice("Round added.");
          }
          onDone?.();
        };
        if (round) update.mutate({ ...fields, id: round.id }, { onSuccess: done });
        else if (applicationId) add.mutate({ ...fields, applicationId }, { onSuccess: done });
      }}
    >
      <FormMessage error={mutation.error && !server ? mutation.error.message : undefined} notice={notice} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Stage"
          name="stage"
          options={stageOptions}
          value={stage}
          onChange={(event) => setStage(event.target.value)}
          errors={stage === OTHER_STAGE ? undefined : errors.stage}
        />
        {stage === OTHER_STAGE && (
          <Field
            label="Your own stage"
            name="stageOther"
            maxLength={60}
            defaultValue={round && !isBuiltinStage(round.stage) ? round.stage : ""}
            errors={errors.stage}
          />
        )}
        <Field
          label="Scheduled at"
          name="scheduledAt"
          type="datetime-local"
          defaultValue={round?.scheduledAt ? toLocalInput(round.scheduledAt, timeZone) : ""}
          hint={`In your time zone, ${timeZone}. Leave empty if not scheduled yet.`}
          errors={errors.scheduledAt}
        />
        <SelectField
          label="Outcome"
          name="outcome"
          options={outcomeOptions}
          value={outcome}
          onChange={(event) => setOutcome(event.target.value as RoundOutcome)}
          errors={errors.outcome}
        />
        <SelectField
          label="Self-rating"
          name="selfRating"
          options={ratingOptions}
          placeholder="Not rated"
          defaultValue={round?.selfRating ? String(round.selfRating) : ""}
          errors={errors.selfRating}
        />
        <Field
          label="Follow up on"
          name="followUpOn"
          type="date"
          defaultValue={round?.followUpOn ?? ""}
          errors={errors.followUpOn}
        />
      </div>
      <TextareaField
        label="Feedback received (verbatim)"
        name="feedback"
        defaultValue={round?.feedback ?? ""}
        errors={errors.feedback}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="feedbackRequested" defaultChecked={round?.feedbackRequested ?? false} />I
        asked for feedback
      </label>
      <CheckboxGroup
        legend="Failure reasons"
        hint={
          outcome === "failed"
            ? "Tick what applies and add your own."
            : "Set the outcome to Failed to record reasons."
        }
        name="failureReason"
        disabled={outcome !== "failed"}
        options={FAILURE_REASONS.map((reason) => ({ value: reason.key, label: reason.name }))}
        checked={round?.failureReasons ?? []}
        errors={messagesOf(errors, "failureReasons")}
      >
        <TextareaField
          id={`${prefix}-own-reasons`}
          label="Your own reasons, one per line"
          name="ownReasons"
          className="min-h-16"
          defaultValue={ownReasons.join("\n")}
        />
      </CheckboxGroup>
      <CheckboxGroup
        legend="Competencies tested"
        name="competency"
        options={skills.map((skill) => ({ value: skill.id, label: skill.name }))}
        checked={round?.competencies.map((skill) => skill.id) ?? []}
        errors={messagesOf(errors, "competencyIds")}
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={mutation.isPending}>
          {round ? "Save round" : "Add round"}
        </Button>
        {round && onDone && (
          <Button type="button" variant="outline" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
