import { cn } from "./cn";

/** A form-level message: errors are announced at once, notices politely. */
export function FormMessage({ error, notice }: { error?: string | undefined; notice?: string | undefined }) {
  if (!error && !notice) return null;
  return (
    <p
      role={error ? "alert" : "status"}
      className={cn(
        "rounded-md border px-3 py-2 text-sm",
        error ? "border-destructive text-destructive" : "border-border",
      )}
    >
      {error ?? notice}
    </p>
  );
}
