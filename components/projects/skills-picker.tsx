"use client";

import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { Skill } from "./types";

interface SkillsPickerProps {
  skills: readonly Skill[];
  /** The form's registration of the list: one value per checked box. */
  field: UseFormRegisterReturn;
  errors?: string[] | undefined;
}

/** Checkboxes in a fieldset: each skill has its own label, and Tab/Space work without a mouse. */
export function SkillsPicker({ skills, field, errors }: SkillsPickerProps) {
  const errorId = `${useId()}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <fieldset className="grid gap-2" aria-describedby={invalid ? errorId : undefined}>
      <legend className="text-sm font-medium">Skills demonstrated</legend>
      {skills.length === 0 ? (
        <p className="text-sm text-muted-foreground">No skills in your catalogue yet.</p>
      ) : (
        <div className="grid gap-1 sm:grid-cols-2">
          {skills.map((skill) => (
            <label key={skill.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={skill.id} className="h-4 w-4" {...field} />
              {skill.name}
            </label>
          ))}
        </div>
      )}
      {invalid && (
        <p id={errorId} className="text-sm text-destructive">
          {errors?.join(", ")}
        </p>
      )}
    </fieldset>
  );
}
