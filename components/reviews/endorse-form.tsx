"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { todayIn } from "@/lib/dates";
import { useViewing } from "@/components/mentoring/viewing";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea";
import { PROFICIENCY_LEVELS } from "@/lib/skills/catalogue";
import { levelLabel } from "@/lib/skills/growth";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { endorseInput } from "@/lib/reviews/inputs";
import { useTimeZone } from "@/components/account/use-time-zone";

const LEVEL_OPTIONS = PROFICIENCY_LEVELS.map(({ level }) => ({
  value: String(level),
  label: levelLabel(level),
}));

/** A mentor's rating of the mentee's skill on the same 5-point scale; renders only for a mentor viewing a mentee. */
export function EndorseForm({ skillId }: { skillId: string }) {
  const { menteeId, readOnly } = useViewing();
  if (!menteeId || !readOnly) return null;
  return <EndorseFormFor menteeId={menteeId} skillId={skillId} />;
}

function EndorseFormFor({ menteeId, skillId }: { menteeId: string; skillId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = todayIn(useTimeZone());
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<string>();
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const endorse = useMutation(
    trpc.reviews.endorse.mutationOptions({
      onSuccess: async (created) => {
        setNotice(`Your rating of ${levelLabel(created.level)} is recorded.`);
        setFormKey((key) => key + 1);
        // The skills pages show mentor ratings beside self ratings.
        await queryClient.invalidateQueries({ queryKey: trpc.skills.pathKey() });
      },
    }),
  );
  const serverErrors = serverFieldErrors(endorse.error);
  const errors = { ...serverErrors, ...clientErrors };
  const formError = endorse.error && !serverErrors ? endorse.error.message : undefined;

  return (
    <form
      key={formKey}
      noValidate
      aria-label="Endorse this skill"
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setNotice(undefined);
        const parsed = endorseInput.safeParse({
          menteeId,
          skillId,
          level: Number(form.get("level")) || undefined,
          assessedOn: form.get("assessedOn"),
          note: form.get("note"),
        });
        if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
        setClientErrors({});
        endorse.mutate(parsed.data);
      }}
    >
      <FormMessage error={formError} notice={notice} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Mentor rating"
          name="level"
          options={LEVEL_OPTIONS}
          placeholder="Choose a level"
          defaultValue=""
          errors={errors.level}
        />
        <Field
          label="Assessed on"
          name="assessedOn"
          type="date"
          max={today}
          defaultValue={today}
          errors={errors.assessedOn}
        />
      </div>
      <TextareaField
        label="Note"
        name="note"
        hint="What you saw that supports this level (optional)."
        errors={errors.note}
      />
      <Button type="submit" disabled={endorse.isPending} className="justify-self-start">
        Endorse
      </Button>
    </form>
  );
}
