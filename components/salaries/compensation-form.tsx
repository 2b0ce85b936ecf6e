"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { compensationInput } from "@/lib/salaries/inputs";
import { today } from "@/lib/dates";

/** The user's own pay; private to them. */
export function CompensationForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: current } = useSuspenseQuery(trpc.salaries.compensation.get.queryOptions({}));
  const form = useZodForm(compensationInput, {
    defaultValues: {
      base: current?.base ?? "",
      bonus: current?.bonus ?? "",
      equity: current?.equity ?? "",
      currency: current?.currency ?? "USD",
      region: current?.region ?? "US",
      effectiveOn: current?.effectiveOn ?? today(),
    },
  });
  const save = useMutation(
    trpc.salaries.compensation.set.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.salaries.pathKey() }),
      onError: (error) => setServerErrors(form, error),
    }),
  );
  const { errors } = form.formState;

  return (
    <form className="grid gap-4" noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))}>
      <FormMessage
        error={errors.root?.server?.message}
        notice={save.isSuccess ? "Compensation saved." : undefined}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Base pay per year"
          inputMode="decimal"
          {...form.register("base")}
          errors={errorsAt(errors, "base")}
          hint="In the currency below, e.g. 95000"
        />
        <Field
          label="Bonus per year"
          inputMode="decimal"
          {...form.register("bonus")}
          errors={errorsAt(errors, "bonus")}
          hint="Optional"
        />
        <Field
          label="Equity per year"
          inputMode="decimal"
          {...form.register("equity")}
          errors={errorsAt(errors, "equity")}
          hint="Optional, yearly vesting value"
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Currency"
          {...form.register("currency")}
          errors={errorsAt(errors, "currency")}
          hint="ISO 4217 code, e.g. USD"
        />
        <Field
          label="Country"
          {...form.register("region")}
          errors={errorsAt(errors, "region")}
          hint="2-letter code, e.g. US"
        />
        <Field
          label="Effective from"
          type="date"
          {...form.register("effectiveOn")}
          errors={errorsAt(errors, "effectiveOn")}
        />
      </div>
      <Button type="submit" disabled={save.isPending} className="justify-self-start">
        Save compensation
      </Button>
    </form>
  );
}
