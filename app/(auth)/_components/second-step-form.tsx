"use client";

import Link from "next/link";
import { messagesOf, useActionForm } from "@/components/account/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { signInAction } from "../actions";
import type { AuthFormState } from "./form-state";
import { secondStepInput } from "@/lib/account/action-inputs";

/** After the right password: a code from the authenticator app or a recovery code, with the first step's ticket. */
export function SecondStepForm({
  ticket,
  callbackUrl,
  firstStep = "Your password was right.",
}: {
  ticket: string;
  callbackUrl?: string;
  /** What the first step was: a password, or a provider's sign-in. */
  firstStep?: string;
}) {
  const { form, state, pending, action, onSubmit } = useActionForm<typeof secondStepInput, AuthFormState>(
    secondStepInput,
    signInAction,
    { ticket },
    { defaultValues: { ticket, code: "" }, clearOnReply: ["code"] },
  );
  const { errors } = form.formState;
  // The ticket expired or the address is throttled: the answer has no ticket, and the visitor starts over.
  const over = state.formError !== undefined && !state.ticket;
  return (
    <form action={action} onSubmit={onSubmit} className="grid gap-4" noValidate aria-label="Two-step sign-in">
      <FormMessage error={state.formError} notice={over ? undefined : `${firstStep} One more step.`} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <input type="hidden" {...form.register("ticket")} />
      <Field
        label="Code"
        autoComplete="one-time-code"
        inputMode="text"
        required
        autoFocus
        {...form.register("code")}
        hint="The 6 digits your authenticator app shows for Trajectory, or one of your recovery codes."
        errors={messagesOf(errors.code)}
      />
      <Button type="submit" disabled={pending || over}>
        Verify
      </Button>
      <p className="text-sm text-muted-foreground">
        <Link className="underline" href="/sign-in">
          Start again
        </Link>
      </p>
    </form>
  );
}
