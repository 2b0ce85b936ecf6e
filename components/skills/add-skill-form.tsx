"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { pendingSuggestions } from "@/lib/skills/growth";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { addSkillInput, SKILL_KINDS } from "@/lib/skills/inputs";
import { KIND_LABELS } from "@/lib/skills/format";
import { useInvalidateSkills } from "./use-skills-mutations";

const KIND_OPTIONS = SKILL_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

/** Adds a skill of the user's own; the seed's languages and tools are offered as one-click fills. */
export function AddSkillForm({ existingNames }: { existingNames: string[] }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateSkills();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<string>("technical");
  const [description, setDescription] = useState("");
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string>();
  const nameInput = useRef<HTMLInputElement>(null);
  const add = useMutation(
    trpc.skills.addSkill.mutationOptions({
      onSuccess: async (created) => {
        setNotice(`${created.name} added; you can assess it now.`);
        setName("");
        setDescription("");
        await invalidate();
      },
    }),
  );
  const errors = { ...serverFieldErrors(add.error), ...clientErrors };
  const suggestions = pendingSuggestions(existingNames);

  return (
    <form
      className="grid gap-4"
      noValidate
      aria-label="Add your own skill"
      onSubmit={(event) => {
        event.preventDefault();
        setNotice(undefined);
        const parsed = addSkillInput.safeParse({ name, kind, description });
        if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
        setClientErrors({});
        add.mutate(parsed.data);
      }}
    >
      <FormMessage
        error={add.error && !serverFieldErrors(add.error) ? add.error.message : undefined}
        notice={notice}
      />
      {suggestions.length > 0 && (
        <div className="grid gap-2">
          <p id="skill-suggestions" className="text-sm text-muted-foreground">
            Suggestions from the backend guide (click one to fill in the name):
          </p>
          <ul aria-labelledby="skill-suggestions" className="flex flex-wrap gap-1.5">
            {suggestions.map((suggestion) => (
              <li key={suggestion}>
                <Button
                  type="button"
                  size="sm"
                  variant="outline"
                  aria-label={`Suggest ${suggestion}`}
                  onClick={() => {
                    setName(suggestion);
                    nameInput.current?.focus();
                  }}
                >
                  {suggestion}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <Field
          ref={nameInput}
          label="Skill name"
          name="name"
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
          errors={errors.name}
        />
        <SelectField
          label="Kind"
          name="kind"
          options={KIND_OPTIONS}
          value={kind}
          onChange={(event) => setKind(event.target.value)}
          errors={errors.kind}
        />
      </div>
      <Field
        label="Description"
        name="description"
        hint="Optional: what this skill covers for you."
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        errors={errors.description}
      />
      <Button type="submit" disabled={add.isPending} className="justify-self-start">
        Add skill
      </Button>
    </form>
  );
}
