"use client";

import { messagesOf, useActionForm } from "@/components/account/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { changePasswordAction, type PasswordFormState } from "../actions";
import { changePasswordInput } from "@/lib/account/action-inputs";
import { TwoStepCodeField } from "@/components/account/two-step-code-field";

/** `askCode`: two-step sign-in is on, so the change also takes a current code. */
export function PasswordForm({ askCode }: { askCode: boolean }) {
  const { form, pending, action, onSubmit } = useActionForm<typeof changePasswordInput, PasswordFormState>(
    changePasswordInput,
    changePasswordAction,
    {},
    {
      defaultValues: { currentPassword: "", newPassword: "", code: "" },
      clearOnReply: ["currentPassword", "newPassword", "code"],
    },
  );
  const { errors } = form.formState;
  return (
    <form action={action} onSubmit={onSubmit} className="grid gap-4" noValidate>
      <Field
        label="Current password"
        type="password"
        autoComplete="current-password"
        {...form.register("currentPassword")}
        errors={messagesOf(errors.currentPassword)}
      />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        {...form.register("newPassword")}
        hint="8 to 128 characters."
        errors={messagesOf(errors.newPassword)}
      />
      {askCode && <TwoStepCodeField {...form.register("code")} errors={messagesOf(errors.code)} />}
      <Button type="submit" disabled={pending} className="justify-self-start">
        Change password
      </Button>
    </form>
  );
}
