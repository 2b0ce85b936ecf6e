"use client";

import { useMutation } from "@tanstack/react-query";
import { type Ref, useState } from "react";
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
import { assessInput } from "@/lib/skills/inputs";
import { EvidencePicker, type PickedEvidence } from "./evidence-picker";
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
  const [evidence, setEvidence] = useState<PickedEvidence[]>([]);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<string>();
  const assess = useMutation(
    trpc.skills.assess.mutationOptions({
      onSuccess: async (created) => {
        const name = skills.find((skill) => skill.id === created.skillId)?.name ?? "Skill";
        setNotice(`${name}: ${levelLabel(created.level)} recorded for ${formatDate(created.assessedOn)}.`);
        setEvidence([]);
        setFormKey((key) => key + 1);
        await invalidate();
      },
    }),
  );
  const errors = { ...serverFieldErrors(assess.error), ...clientErrors };
  const formError = assess.error && !serverFieldErrors(assess.error) ? assess.error.message : undefined;

  return (
    <form
      key={formKey}
      className="grid gap-4"
      noValidate
      aria-label="Record an assessment"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setNotice(undefined);
        const parsed = assessInput.safeParse({
          skillId,
          level: Number(form.get("level")) || undefined,
          assessedOn: form.get("assessedOn"),
          note: form.get("note"),
          evidence: evidence.map((entry) => entry.item),
        });
        if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
        setClientErrors({});
        assess.mutate(parsed.data);
      }}
    >
      <FormMessage error={formError} notice={notice} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          ref={skillSelectRef}
          label="Skill"
          name="skillId"
          options={skills.map((skill) => ({ value: skill.id, label: skill.name }))}
          placeholder="Choose a skill"
          value={skillId}
          onChange={(event) => onSkillChange(event.target.value)}
          errors={errors.skillId}
        />
        <SelectField
          label="Level"
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
        hint="What you can do now, and what would take you to the next level (optional)."
        errors={errors.note}
      />
      <EvidencePicker value={evidence} onChange={setEvidence} errors={errors} />
      <Button type="submit" disabled={assess.isPending} className="justify-self-start">
        Record assessment
      </Button>
    </form>
  );
}
