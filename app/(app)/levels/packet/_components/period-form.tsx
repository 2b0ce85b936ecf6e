"use client";

import { usePathname, useRouter } from "next/navigation";
import { useMemo, type ReactNode } from "react";
import { type FieldErrors as FormErrors } from "react-hook-form";
import { errorsAt, useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/field-errors";
import { periodForm, type PeriodFormValues } from "@/lib/packet/period-form";

interface PeriodFormProps {
  from?: string | undefined;
  to?: string | undefined;
  /** What the page found wrong with the period in the URL. */
  errors: FieldErrors;
  /** Print and download of the period shown; hidden while the form holds a period that is not one. */
  children?: ReactNode;
}

/**
 * A GET form: the period lives in the URL, so a packet can be bookmarked and reloaded, and the form works
 * before the page's script has loaded. Once it has, the period is checked here first and opened without a reload.
 */
export function PeriodForm({ from, to, errors: pageErrors, children }: PeriodFormProps) {
  const router = useRouter();
  const pathname = usePathname();
  const values = useMemo(() => ({ from: from ?? "", to: to ?? "" }), [from, to]);
  const serverErrors = useMemo(() => {
    const found: FormErrors<PeriodFormValues> = {};
    for (const name of ["from", "to"] as const) {
      const messages = pageErrors[name];
      if (messages) found[name] = { type: "server", message: messages.join(", ") };
    }
    return Object.keys(found).length ? found : undefined;
  }, [pageErrors]);
  // Follows the URL's period; the page's errors survive the reset that brings it.
  const form = useZodForm(periodForm, { values, errors: serverErrors, resetOptions: { keepErrors: true } });
  const { errors } = form.formState;

  return (
    <>
      <form
        method="get"
        className="flex flex-wrap items-end gap-3"
        aria-label="Period"
        noValidate
        onSubmit={form.handleSubmit(() =>
          router.push(`${pathname}?${new URLSearchParams(form.getValues())}`),
        )}
      >
        <Field
          label="From"
          type="date"
          defaultValue={from}
          {...form.register("from")}
          errors={errorsAt(errors, "from")}
        />
        <Field
          label="To"
          type="date"
          defaultValue={to}
          {...form.register("to")}
          errors={errorsAt(errors, "to")}
        />
        <Button type="submit">Show period</Button>
      </form>
      {!errors.from && !errors.to && children}
    </>
  );
}
