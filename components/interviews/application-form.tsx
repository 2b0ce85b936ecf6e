"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea";
import { APPLICATION_STATUSES, CHANNEL_SUGGESTIONS, statusLabel } from "@/lib/interviews/rules";
import { currencyDigits, minorToMajor } from "@/lib/money";
import { dateIn } from "@/lib/dates";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
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

interface ApplicationFormProps {
  initial?: ApplicationValues;
  timeZone: string;
  submitLabel: string;
  pending: boolean;
  serverErrors?: FieldErrors | undefined;
  formError?: string | undefined;
  notice?: string | undefined;
  /** Called with the raw form values once they pass the shared schema; the server converts the money. */
  onSubmit: (input: ApplicationFormInput, form: HTMLFormElement) => void;
}

const statusOptions = APPLICATION_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }));

function major(minor: number | null, currency: string | null): string {
  return minor === null ? "" : minorToMajor(minor, currencyDigits(currency ?? "USD"));
}

/** Company, role, how and when you applied, status, and the offer in major units of its currency. */
export function ApplicationForm(props: ApplicationFormProps) {
  const { initial, timeZone, submitLabel, pending, serverErrors, formError, notice, onSubmit } = props;
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const errors = { ...serverErrors, ...clientErrors };
  const channelsId = useId();
  const currency = initial?.offerCurrency ?? null;

  return (
    <form
      className="grid gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const text = (name: string) => String(form.get(name) ?? "");
        const input = {
          company: text("company"),
          role: text("role"),
          levelApplied: text("levelApplied"),
          channel: text("channel"),
          appliedOn: text("appliedOn"),
          status: text("status") as ApplicationValues["status"],
          offerBase: text("offerBase"),
          offerBonus: text("offerBonus"),
          offerEquity: text("offerEquity"),
          offerCurrency: text("offerCurrency"),
          levelOffered: text("levelOffered"),
          notes: text("notes"),
        };
        // The server's own schema: errors show before a round trip, and the server checks again.
        const parsed = createApplicationInput.safeParse(input);
        if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
        setClientErrors({});
        onSubmit(input, event.currentTarget);
      }}
    >
      <FormMessage error={formError} notice={notice} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Company"
          name="company"
          defaultValue={initial?.company}
          errors={errors.company}
          required
        />
        <Field label="Role" name="role" defaultValue={initial?.role} errors={errors.role} required />
        <Field
          label="Level applied for"
          name="levelApplied"
          defaultValue={initial?.levelApplied ?? ""}
          hint="For example Senior or L5."
          errors={errors.levelApplied}
        />
        <Field
          label="Channel"
          name="channel"
          list={channelsId}
          defaultValue={initial?.channel ?? ""}
          hint="How you applied: referral, recruiter, job board… or your own words."
          errors={errors.channel}
        />
        <datalist id={channelsId}>
          {CHANNEL_SUGGESTIONS.map((channel) => (
            <option key={channel} value={channel} />
          ))}
        </datalist>
        <Field
          label="Applied on"
          name="appliedOn"
          type="date"
          defaultValue={initial?.appliedOn ?? dateIn(new Date(), timeZone)}
          errors={errors.appliedOn}
          required
        />
        <SelectField
          label="Status"
          name="status"
          options={statusOptions}
          defaultValue={initial?.status ?? "applied"}
          errors={errors.status}
        />
      </div>
      <fieldset className="grid gap-4 rounded-md border border-border p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-medium">Offer (if you have one)</legend>
        <Field
          label="Base salary per year"
          name="offerBase"
          inputMode="decimal"
          defaultValue={major(initial?.offerBaseMinor ?? null, currency)}
          hint="In the offer's currency, e.g. 145000.50."
          errors={errors.offerBase}
        />
        <Field
          label="Bonus per year"
          name="offerBonus"
          inputMode="decimal"
          defaultValue={major(initial?.offerBonusMinor ?? null, currency)}
          errors={errors.offerBonus}
        />
        <Field
          label="Equity per year"
          name="offerEquity"
          inputMode="decimal"
          defaultValue={major(initial?.offerEquityMinor ?? null, currency)}
          errors={errors.offerEquity}
        />
        <Field
          label="Currency"
          name="offerCurrency"
          maxLength={3}
          autoCapitalize="characters"
          defaultValue={currency ?? ""}
          hint="ISO 4217 code, e.g. USD, EUR, GBP."
          errors={errors.offerCurrency}
        />
        <Field
          label="Level offered"
          name="levelOffered"
          defaultValue={initial?.levelOffered ?? ""}
          errors={errors.levelOffered}
        />
      </fieldset>
      <TextareaField label="Notes" name="notes" defaultValue={initial?.notes ?? ""} errors={errors.notes} />
      <Button type="submit" disabled={pending} className="justify-self-start">
        {submitLabel}
      </Button>
    </form>
  );
}
