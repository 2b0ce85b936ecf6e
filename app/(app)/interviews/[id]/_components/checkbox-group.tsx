import { useId, type ReactNode } from "react";

interface CheckboxGroupProps {
  legend: string;
  hint?: string;
  name: string;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  disabled?: boolean;
  errors?: string[];
  children?: ReactNode;
}

/** A fieldset of checkboxes with its legend, hint and errors announced together. */
export function CheckboxGroup({
  legend,
  hint,
  name,
  options,
  checked,
  disabled,
  errors,
  children,
}: CheckboxGroupProps) {
  const id = useId();
  const invalid = Boolean(errors?.length);
  const describedBy = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset
      disabled={disabled}
      aria-describedby={describedBy || undefined}
      aria-invalid={invalid || undefined}
      className="grid gap-2 rounded-md border border-border p-4 disabled:opacity-60"
    >
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {children}
      {invalid && (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {errors?.join(", ")}
        </p>
      )}
    </fieldset>
  );
}
