import { useId, type ComponentProps } from "react";
import { cn } from "./cn";
import { Label } from "./label";

interface SelectOption {
  value: string;
  label: string;
}

type SelectFieldProps = ComponentProps<"select"> & {
  label: string;
  options: readonly SelectOption[];
  errors?: string[] | undefined;
  placeholder?: string;
};

/** A native select: keyboard and screen-reader behaviour for free, styled to match. */
export function SelectField({
  label,
  options,
  errors,
  placeholder,
  id,
  className,
  ...props
}: SelectFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const invalid = Boolean(errors?.length);
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={inputId}>{label}</Label>
      <select
        id={inputId}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${inputId}-error` : undefined}
        className={cn(
          "h-10 w-full rounded-md border border-input bg-card px-3 text-sm aria-[invalid=true]:border-destructive",
          className,
        )}
        {...props}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {invalid && (
        <p id={`${inputId}-error`} className="text-sm text-destructive">
          {errors?.join(", ")}
        </p>
      )}
    </div>
  );
}
