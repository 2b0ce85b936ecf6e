"use client";

import { useMutation } from "@tanstack/react-query";
import { type Ref, useState } from "react";
import { useWatch } from "react-hook-form";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea";
import { PROFICIENCY_LEVELS } from "@/lib/skills/catalogue";
import { levelLabel } from "@/lib/skills/growth";
import { assessForm } from "@/lib/skills/assess-form";
import { EvidencePicker } from "./evidence-picker";
import { useInvalidateSkills } from "./use-skills-mutations";
import { formatDate } from "@/lib/dates";

interface AssessFormProps {
  skills: { id: string; name: string }[];
  skillId: string;
  onSkillChange: (skillId: string) => void;
  today: string;
  skillSelectRef?: Ref<HTMLSelectElement>;
}

const LEVEL_OPTIONS = PROFICIENCY_LEVELS.map(({ level }) => ({
  value: String(level),
  label: levelLabel(level),
}));

/** The fuller assessment: any past date, a note and evidence; the same schema as the server. */
export function AssessForm({ skills, skillId, onSkillChange, today, skillSelectRef }: AssessFormProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidateSkills();
  const [notice, setNotice] = useState<string>();
  const form = useZodForm(assessForm, {
    defaultValues: { skillId, level: "", assessedOn: today, note: "", evidence: [] },
  });
  const assess = useMutation(
    trpc.skills.assess.mutationOptions({
      onSuccess: async (created) => {
        const name = skills.find((skill) => skill.id === created.skillId)?.name ?? "Skill";
        setNotice(`${name}: ${levelLabel(created.level)} recorded for ${formatDate(created.assessedOn)}.`);
        await invalidate();
      },
      onError: (error) => setServerErrors(form, error),
    }),
  );
  const evidence = useWatch({ control: form.control, name: "evidence" });
  const { errors } = form.formState;

  return (
    <form
      className="grid gap-4"
      noValidate
      aria-label="Record an assessment"
      onSubmit={(event) => {
        setNotice(undefined);
        // The skill select is the page's (More details… picks it), so its value joins the form's at submit.
        form.setValue("skillId", skillId);
        void form.handleSubmit((values) => {
          const sent = form.getValues();
          assess.mutate(values, {
            // Before the button is enabled again; a field edited meanwhile keeps what was typed.
            onSuccess: () => {
              for (const name of ["level", "assessedOn", "note"] as const)
                if (form.getValues(name) === sent[name]) form.resetField(name);
              if (form.getValues("evidence") === sent.evidence) form.setValue("evidence", []);
            },
          });
        })(event);
      }}
    >
      <FormMessage error={errors.root?.server?.message} notice={notice} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          ref={skillSelectRef}
          label="Skill"
          name="skillId"
          options={skills.map((skill) => ({ value: skill.id, label: skill.name }))}
          placeholder="Choose a skill"
          value={skillId}
          onChange={(event) => onSkillChange(event.target.value)}
          errors={errorsAt(errors, "skillId")}
        />
        <SelectField
          label="Level"
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
        hint="What you can do now, and what would take you to the next level (optional)."
        {...form.register("note")}
        errors={errorsAt(errors, "note")}
      />
      <EvidencePicker
        value={evidence}
        onChange={(next) => form.setValue("evidence", next, { shouldValidate: form.formState.isSubmitted })}
        listErrors={
          errorsAt(errors, "evidence.root") ??
          (errors.evidence?.message ? [errors.evidence.message] : undefined)
        }
        itemErrors={(index) => errorsAt(errors, `evidence.${index}`)}
      />
      <Button type="submit" disabled={assess.isPending} className="justify-self-start">
        Record assessment
      </Button>
    </form>
  );
}
