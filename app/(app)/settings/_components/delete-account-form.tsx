"use client";

import { useRef } from "react";
import { messagesOf, useActionForm } from "@/components/account/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { deleteAccountAction, type DeleteAccountFormState } from "../actions";
import { deleteAccountInput } from "@/lib/account/action-inputs";
import { TwoStepCodeField } from "@/components/account/two-step-code-field";

/** Asks for the password (or, without one, the email) and then for a confirmation before deleting. */
/** `askCode`: two-step sign-in is on, so deletion also takes a current code. */
export function DeleteAccountForm({
  confirmWith,
  askCode,
}: {
  confirmWith: "password" | "email";
  askCode: boolean;
}) {
  const { form, state, pending, action, onSubmit } = useActionForm<
    typeof deleteAccountInput,
    DeleteAccountFormState
  >(
    deleteAccountInput,
    deleteAccountAction,
    {},
    {
      defaultValues: { [confirmWith]: "", code: "" },
      clearOnReply: [confirmWith, "code"],
    },
  );
  const formRef = useRef<HTMLFormElement>(null);
  // Only the dialog's button submits; Enter in the field must not skip the confirmation.
  const confirmed = useRef(false);
  const { errors } = form.formState;
  return (
    <form
      ref={formRef}
      action={action}
      aria-label="Delete account"
      className="grid gap-4"
      noValidate
      onSubmit={(event) => {
        if (!confirmed.current) return event.preventDefault();
        confirmed.current = false;
        onSubmit(event);
      }}
    >
      <FormMessage error={state.error ?? errors.root?.server?.message} />
      {confirmWith === "password" ? (
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          {...form.register("password")}
          hint="Enter your password to confirm it is you."
          errors={messagesOf(errors.password)}
        />
      ) : (
        <Field
          label="Your email address"
          type="email"
          autoComplete="off"
          {...form.register("email")}
          hint="Your account has no password, so type its email address to confirm."
          errors={messagesOf(errors.email)}
        />
      )}
      {askCode && <TwoStepCodeField {...form.register("code")} errors={messagesOf(errors.code)} />}
      <ConfirmDialog
        trigger={
          <Button type="button" variant="destructive" disabled={pending} className="justify-self-start">
            Delete my account
          </Button>
        }
        title="Delete your account?"
        description="Your skills, projects, interviews, ladders, pay, mentorships, comments, API tokens and calendar feeds are deleted at once and cannot be recovered. Export your data first if you want a copy."
        confirmLabel="Delete everything"
        onConfirm={() => {
          confirmed.current = true;
          formRef.current?.requestSubmit();
        }}
      />
    </form>
  );
}
