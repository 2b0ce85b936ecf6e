"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { compensationInput } from "@/lib/salaries/inputs";
import { today } from "@/lib/dates";

/** The user's own pay; private to them. */
export function CompensationForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: current } = useSuspenseQuery(trpc.salaries.compensation.get.queryOptions({}));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const save = useMutation(
    trpc.salaries.compensation.set.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.salaries.pathKey() }),
    }),
  );
  const errors = { ...serverFieldErrors(save.error), ...clientErrors };

  return (
    <form
      className="grid gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const value = (name: string) => String(form.get(name) ?? "");
        const parsed = compensationInput.safeParse({
          base: value("base"),
          bonus: value("bonus"),
          equity: value("equity"),
          currency: value("currency"),
          region: value("region"),
          effectiveOn: value("effectiveOn"),
        });
        if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
        setClientErrors({});
        save.mutate(parsed.data);
      }}
    >
      <FormMessage
        error={save.error && !serverFieldErrors(save.error) ? save.error.message : undefined}
        notice={save.isSuccess ? "Compensation saved." : undefined}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Base pay per year"
          name="base"
          inputMode="decimal"
          defaultValue={current?.base ?? ""}
          errors={errors.base}
          hint="In the currency below, e.g. 95000"
        />
        <Field
          label="Bonus per year"
          name="bonus"
          inputMode="decimal"
          defaultValue={current?.bonus ?? ""}
          errors={errors.bonus}
          hint="Optional"
        />
        <Field
          label="Equity per year"
          name="equity"
          inputMode="decimal"
          defaultValue={current?.equity ?? ""}
          errors={errors.equity}
          hint="Optional, yearly vesting value"
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Currency"
          name="currency"
          defaultValue={current?.currency ?? "USD"}
          errors={errors.currency}
          hint="ISO 4217 code, e.g. USD"
        />
        <Field
          label="Country"
          name="region"
          defaultValue={current?.region ?? "US"}
          errors={errors.region}
          hint="2-letter code, e.g. US"
        />
        <Field
          label="Effective from"
          name="effectiveOn"
          type="date"
          defaultValue={current?.effectiveOn ?? today()}
          errors={errors.effectiveOn}
        />
      </div>
      <Button type="submit" disabled={save.isPending} className="justify-self-start">
        Save compensation
      </Button>
    </form>
  );
}
