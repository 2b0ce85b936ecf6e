"use client";

import { useZodForm, errorsAt } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { asOfForm } from "@/lib/skills/as-of-form";

interface AsOfControlProps {
  asOf: string | null;
  today: string;
  onChange: (asOf: string | null) => void;
}

/** Picks the date the profile is shown as of; empty means today. */
export function AsOfControl({ asOf, today, onChange }: AsOfControlProps) {
  const form = useZodForm(asOfForm, { defaultValues: { asOf: asOf ?? "" } });
  // Each change applies at once, once the date checks out; a later change wins over an earlier check.
  const apply = async () => {
    const next = form.getValues("asOf");
    if (!(await form.trigger("asOf")) || form.getValues("asOf") !== next) return;
    onChange(next !== "" && next < today ? next : null);
  };

  return (
    <div className="flex items-end gap-2">
      <div className="w-44">
        <Field
          label="As of"
          type="date"
          max={today}
          {...form.register("asOf", { onChange: () => void apply() })}
          errors={errorsAt(form.formState.errors, "asOf")}
        />
      </div>
      {asOf && (
        <Button
          variant="outline"
          onClick={() => {
            form.setValue("asOf", "");
            void apply();
          }}
        >
          Back to today
        </Button>
      )}
    </div>
  );
}
