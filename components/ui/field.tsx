import { useId, type ComponentProps } from "react";
import { Input } from "./input";
import { Label } from "./label";

type FieldProps = ComponentProps<"input"> & {
  label: string;
  errors?: string[] | undefined;
  hint?: string;
};

/** A labelled input whose error sits next to it and is announced with it. */
export function Field({ label, errors, hint, id, ...props }: FieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={inputId}>{label}</Label>
      <Input id={inputId} aria-invalid={invalid} aria-describedby={describedBy} {...props} />
      {hint && (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={errorId} className="text-sm text-destructive">
          {errors?.join(", ")}
        </p>
      )}
    </div>
  );
}
