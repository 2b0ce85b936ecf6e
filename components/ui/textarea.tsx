import { useId, type ComponentProps } from "react";
import { cn } from "./cn";
import { Label } from "./label";

type TextareaFieldProps = ComponentProps<"textarea"> & {
  label: string;
  errors?: string[] | undefined;
  hint?: string;
};

/** A labelled multi-line input; its error sits next to it and is announced with it. */
export function TextareaField({ label, errors, hint, id, className, ...props }: TextareaFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint ? `${inputId}-hint` : null, invalid ? `${inputId}-error` : null].filter(Boolean);
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={inputId}>{label}</Label>
      <textarea
        id={inputId}
        aria-invalid={invalid}
        aria-describedby={describedBy.join(" ") || undefined}
        className={cn(
          "min-h-20 w-full rounded-md border border-input bg-card px-3 py-2 text-sm aria-[invalid=true]:border-destructive",
          className,
        )}
        {...props}
      />
      {hint && (
        <p id={`${inputId}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={`${inputId}-error`} className="text-sm text-destructive">
          {errors?.join(", ")}
        </p>
      )}
    </div>
  );
}
