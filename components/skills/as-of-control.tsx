"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { dateField } from "@/lib/validation";

interface AsOfControlProps {
  asOf: string | null;
  today: string;
  onChange: (asOf: string | null) => void;
}

/** Picks the date the profile is shown as of; empty means today. */
export function AsOfControl({ asOf, today, onChange }: AsOfControlProps) {
  const [value, setValue] = useState(asOf ?? "");
  const [error, setError] = useState<string>();
  const apply = (next: string) => {
    setValue(next);
    if (next === "") {
      setError(undefined);
      return onChange(null);
    }
    const parsed = dateField.safeParse(next);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    onChange(parsed.data >= today ? null : parsed.data);
  };

  return (
    <div className="flex items-end gap-2">
      <div className="w-44">
        <Field
          label="As of"
          type="date"
          max={today}
          value={value}
          onChange={(event) => apply(event.target.value)}
          errors={error ? [error] : undefined}
        />
      </div>
      {asOf && (
        <Button variant="outline" onClick={() => apply("")}>
          Back to today
        </Button>
      )}
    </div>
  );
}
