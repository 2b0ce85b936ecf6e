"use client";

import { messagesOf, useActionForm } from "@/components/account/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { joinInput } from "@/lib/account/action-inputs";
import { joinAction } from "../../../actions";
import type { AuthFormState } from "../../../_components/form-state";

export function JoinForm({ token, email }: { token: string; email: string }) {
  const { form, state, pending, action, onSubmit } = useActionForm<typeof joinInput, AuthFormState>(
    joinInput,
    joinAction,
    {},
    { defaultValues: { token, password: "" }, clearOnReply: ["password"] },
  );
  const { errors } = form.formState;
  return (
    <form action={action} onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormMessage error={state.formError} />
      <input type="hidden" {...form.register("token")} />
      {/* For password managers: the account's name is the invited address. */}
      <input
        type="email"
        name="username"
        autoComplete="username"
        value={email}
        readOnly
        tabIndex={-1}
        aria-hidden
        className="sr-only"
      />
      <Field
        label="Name"
        autoComplete="name"
        defaultValue={state.name}
        {...form.register("name")}
        errors={messagesOf(errors.name)}
      />
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        {...form.register("password")}
        hint="8 to 128 characters. A long phrase is easier to remember."
        errors={messagesOf(errors.password)}
      />
      <Button type="submit" disabled={pending}>
        Create account
      </Button>
    </form>
  );
}
