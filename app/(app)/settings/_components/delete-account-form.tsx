"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { deleteAccountAction, type DeleteAccountFormState } from "../actions";

/** Asks for the password (or, without one, the email) and then for a confirmation before deleting. */
export function DeleteAccountForm({ confirmWith }: { confirmWith: "password" | "email" }) {
  const [state, action, pending] = useActionState<DeleteAccountFormState, FormData>(deleteAccountAction, {});
  const formRef = useRef<HTMLFormElement>(null);
  // Only the dialog's button submits; Enter in the field must not skip the confirmation.
  const confirmed = useRef(false);
  const errors = state.fieldErrors ?? {};
  return (
    <form
      ref={formRef}
      action={action}
      aria-label="Delete account"
      className="grid gap-4"
      noValidate
      onSubmit={(event) => {
        if (!confirmed.current) event.preventDefault();
        confirmed.current = false;
      }}
    >
      <FormMessage error={state.error} />
      {confirmWith === "password" ? (
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          hint="Enter your password to confirm it is you."
          errors={errors.password}
        />
      ) : (
        <Field
          label="Your email address"
          name="email"
          type="email"
          autoComplete="off"
          hint="Your account has no password, so type its email address to confirm."
          errors={errors.email}
        />
      )}
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
