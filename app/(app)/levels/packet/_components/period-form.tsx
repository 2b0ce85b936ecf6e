import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/field-errors";

/** A plain GET form: the period lives in the URL, so a packet can be bookmarked and reloaded. */
export function PeriodForm({ from, to, errors }: { from?: string; to?: string; errors: FieldErrors }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Period">
      <Field label="From" name="from" type="date" defaultValue={from} errors={errors.from} />
      <Field label="To" name="to" type="date" defaultValue={to} errors={errors.to} />
      <Button type="submit">Show period</Button>
    </form>
  );
}
