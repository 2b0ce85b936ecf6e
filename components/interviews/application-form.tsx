"use client";

import { useId, useState } from "react";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea";
import { APPLICATION_STATUSES, CHANNEL_SUGGESTIONS, statusLabel } from "@/lib/interviews/rules";
import { currencyDigits, minorToMajor } from "@/lib/money";
import { dateIn } from "@/lib/dates";
import { createApplicationInput, type ApplicationFormInput } from "@/lib/interviews/inputs";

interface ApplicationValues {
  company: string;
  role: string;
  levelApplied: string | null;
  channel: string | null;
  appliedOn: string;
  status: (typeof APPLICATION_STATUSES)[number];
  offerBaseMinor: number | null;
  offerBonusMinor: number | null;
  offerEquityMinor: number | null;
  offerCurrency: string | null;
  levelOffered: string | null;
  notes: string | null;
}

interface ApplicationFormProps<Saved> {
  initial?: ApplicationValues;
  timeZone: string;
  submitLabel: string;
  notice?: string | undefined;
  /** Saves the values as typed once they pass the shared schema (the server converts the money); rejects when refused. */
  save: (input: ApplicationFormInput) => Promise<Saved>;
  /** Back to the blank form after a save, before the form is usable again. */
  resetOnSave?: boolean;
  onSaved?: (saved: Saved) => void;
}

const statusOptions = APPLICATION_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }));

function major(minor: number | null, currency: string | null): string {
  return minor === null ? "" : minorToMajor(minor, currencyDigits(currency ?? "USD"));
}

function formValues(initial: ApplicationValues | undefined, timeZone: string) {
  const currency = initial?.offerCurrency ?? null;
  return {
    company: initial?.company ?? "",
    role: initial?.role ?? "",
    levelApplied: initial?.levelApplied ?? "",
    channel: initial?.channel ?? "",
    appliedOn: initial?.appliedOn ?? dateIn(new Date(), timeZone),
    status: initial?.status ?? "applied",
    offerBase: major(initial?.offerBaseMinor ?? null, currency),
    offerBonus: major(initial?.offerBonusMinor ?? null, currency),
    offerEquity: major(initial?.offerEquityMinor ?? null, currency),
    offerCurrency: currency ?? "",
    levelOffered: initial?.levelOffered ?? "",
    notes: initial?.notes ?? "",
  } satisfies ApplicationFormInput;
}

/** Company, role, how and when you applied, status, and the offer in major units of its currency. */
export function ApplicationForm<Saved>(props: ApplicationFormProps<Saved>) {
  const { initial, timeZone, submitLabel, notice, save, resetOnSave, onSaved } = props;
  const [defaults] = useState(() => formValues(initial, timeZone));
  // The server's own schema: errors show before a round trip, and the server checks again.
  const form = useZodForm(createApplicationInput, { defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;
  const channelsId = useId();
  // The procedure's paths are the form's field names; anything else (the id) is the form's message.
  const fieldOf = (path: string) => (path in defaults ? path : "root.server");

  const onSubmit = form.handleSubmit(async () => {
    let saved: Saved;
    try {
      saved = await save(form.getValues());
    } catch (error) {
      setServerErrors(form, error, fieldOf);
      return;
    }
    if (resetOnSave) form.reset(formValues(undefined, timeZone));
    onSaved?.(saved);
  });

  return (
    <form className="grid gap-4" noValidate onSubmit={onSubmit}>
      <FormMessage error={errors.root?.server?.message} notice={notice} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Company" {...form.register("company")} errors={errorsAt(errors, "company")} required />
        <Field label="Role" {...form.register("role")} errors={errorsAt(errors, "role")} required />
        <Field
          label="Level applied for"
          {...form.register("levelApplied")}
          hint="For example Senior or L5."
          errors={errorsAt(errors, "levelApplied")}
        />
        <Field
          label="Channel"
          {...form.register("channel")}
          list={channelsId}
          hint="How you applied: referral, recruiter, job board… or your own words."
          errors={errorsAt(errors, "channel")}
        />
        <datalist id={channelsId}>
          {CHANNEL_SUGGESTIONS.map((channel) => (
            <option key={channel} value={channel} />
          ))}
        </datalist>
        <Field
          label="Applied on"
          type="date"
          {...form.register("appliedOn")}
          errors={errorsAt(errors, "appliedOn")}
          required
        />
        <SelectField
          label="Status"
          {...form.register("status")}
          options={statusOptions}
          errors={errorsAt(errors, "status")}
        />
      </div>
      <fieldset className="grid gap-4 rounded-md border border-border p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-medium">Offer (if you have one)</legend>
        <Field
          label="Base salary per year"
          {...form.register("offerBase")}
          inputMode="decimal"
          hint="In the offer's currency, e.g. 145000.50."
          errors={errorsAt(errors, "offerBase")}
        />
        <Field
          label="Bonus per year"
          {...form.register("offerBonus")}
          inputMode="decimal"
          errors={errorsAt(errors, "offerBonus")}
        />
        <Field
          label="Equity per year"
          {...form.register("offerEquity")}
          inputMode="decimal"
          errors={errorsAt(errors, "offerEquity")}
        />
        <Field
          label="Currency"
          {...form.register("offerCurrency")}
          maxLength={3}
          autoCapitalize="characters"
          hint="ISO 4217 code, e.g. USD, EUR, GBP."
          errors={errorsAt(errors, "offerCurrency")}
        />
        <Field
          label="Level offered"
          {...form.register("levelOffered")}
          errors={errorsAt(errors, "levelOffered")}
        />
      </fieldset>
      <TextareaField label="Notes" {...form.register("notes")} errors={errorsAt(errors, "notes")} />
      <Button type="submit" disabled={isSubmitting} className="justify-self-start">
        {submitLabel}
      </Button>
    </form>
  );
}
