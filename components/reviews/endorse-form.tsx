"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { todayIn } from "@/lib/dates";
import { useViewing } from "@/components/mentoring/viewing";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea";
import { PROFICIENCY_LEVELS } from "@/lib/skills/catalogue";
import { levelLabel } from "@/lib/skills/growth";
import { endorseForm } from "@/lib/reviews/endorse-form";
import { useTimeZone } from "@/components/account/use-time-zone";

const LEVEL_OPTIONS = PROFICIENCY_LEVELS.map(({ level }) => ({
  value: String(level),
  label: levelLabel(level),
}));
const FIELDS = new Set(["level", "assessedOn", "note"]);

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
  const [notice, setNotice] = useState<string>();
  const form = useZodForm(endorseForm, {
    defaultValues: { menteeId, skillId, level: "", assessedOn: today, note: "" },
  });
  const endorse = useMutation(
    trpc.reviews.endorse.mutationOptions({
      onSuccess: async (created) => {
        setNotice(`Your rating of ${levelLabel(created.level)} is recorded.`);
        // The skills pages show mentor ratings beside self ratings.
        await queryClient.invalidateQueries({ queryKey: trpc.skills.pathKey() });
      },
      // The mentee and the skill are not fields here, so what is said about them is the form's message.
      onError: (error) => setServerErrors(form, error, (path) => (FIELDS.has(path) ? path : "root.server")),
    }),
  );
  const { errors } = form.formState;

  return (
    <form
      noValidate
      aria-label="Endorse this skill"
      className="grid gap-3"
      onSubmit={(event) => {
        setNotice(undefined);
        void form.handleSubmit((values) => {
          const sent = form.getValues();
          endorse.mutate(values, {
            // Before the button is enabled again; a field changed meanwhile keeps what was typed.
            onSuccess: () => {
              for (const name of ["level", "assessedOn", "note"] as const)
                if (form.getValues(name) === sent[name]) form.resetField(name);
            },
          });
        })(event);
      }}
    >
      <FormMessage error={errors.root?.server?.message} notice={notice} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Mentor rating"
          options={LEVEL_OPTIONS}
          placeholder="Choose a level"
          {...form.register("level")}
          errors={errorsAt(errors, "level")}
        />
        <Field
          label="Assessed on"
          type="date"
          max={today}
          {...form.register("assessedOn")}
          errors={errorsAt(errors, "assessedOn")}
        />
      </div>
      <TextareaField
        label="Note"
        hint="What you saw that supports this level (optional)."
        {...form.register("note")}
        errors={errorsAt(errors, "note")}
      />
      <Button type="submit" disabled={endorse.isPending} className="justify-self-start">
        Endorse
      </Button>
    </form>
  );
}
