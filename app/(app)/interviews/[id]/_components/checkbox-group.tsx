import { useId, type ReactNode } from "react";

interface CheckboxGroupProps {
  legend: string;
  hint?: string;
  name: string;
  options: readonly { value: string; label: string }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  disabled?: boolean;
  errors?: string[] | undefined;
  children?: ReactNode;
}

/** A fieldset of checkboxes with its legend, hint and errors announced together; its value is the ticked ones. */
export function CheckboxGroup({
  legend,
  hint,
  name,
  options,
  value,
  onChange,
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
              checked={value.includes(option.value)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                // In the options' order, whatever order they were ticked in.
                onChange(
                  options
                    .map((entry) => entry.value)
                    .filter((entry) => (entry === option.value ? on : value.includes(entry))),
                );
              }}
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
