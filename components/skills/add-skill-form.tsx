"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { pendingSuggestions } from "@/lib/skills/growth";
import { addSkillInput, SKILL_KINDS } from "@/lib/skills/inputs";
import { KIND_LABELS } from "@/lib/skills/format";
import { useInvalidateSkills } from "./use-skills-mutations";

const KIND_OPTIONS = SKILL_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

/** Adds a skill of the user's own; the seed's languages and tools are offered as one-click fills. */
export function AddSkillForm({ existingNames }: { existingNames: string[] }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateSkills();
  const [notice, setNotice] = useState<string>();
  const form = useZodForm(addSkillInput, { defaultValues: { name: "", kind: "technical", description: "" } });
  const add = useMutation(
    trpc.skills.addSkill.mutationOptions({
      onSuccess: async (created) => {
        setNotice(`${created.name} added; you can assess it now.`);
        await invalidate();
      },
      onError: (error) => setServerErrors(form, error),
    }),
  );
  const { errors } = form.formState;
  const suggestions = pendingSuggestions(existingNames);

  return (
    <form
      className="grid gap-4"
      noValidate
      aria-label="Add your own skill"
      onSubmit={(event) => {
        setNotice(undefined);
        void form.handleSubmit((values) => {
          const sent = form.getValues();
          add.mutate(values, {
            // Before the button is enabled again; the kind stays, and a field edited meanwhile keeps its text.
            onSuccess: () => {
              for (const name of ["name", "description"] as const)
                if (form.getValues(name) === sent[name]) form.resetField(name);
            },
          });
        })(event);
      }}
    >
      <FormMessage error={errors.root?.server?.message} notice={notice} />
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
                    form.setValue("name", suggestion, { shouldValidate: form.formState.isSubmitted });
                    form.setFocus("name");
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
          label="Skill name"
          maxLength={200}
          {...form.register("name")}
          errors={errorsAt(errors, "name")}
        />
        <SelectField
          label="Kind"
          options={KIND_OPTIONS}
          {...form.register("kind")}
          errors={errorsAt(errors, "kind")}
        />
      </div>
      <Field
        label="Description"
        hint="Optional: what this skill covers for you."
        {...form.register("description")}
        errors={errorsAt(errors, "description")}
      />
      <Button type="submit" disabled={add.isPending} className="justify-self-start">
        Add skill
      </Button>
    </form>
  );
}
