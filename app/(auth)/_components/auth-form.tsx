"use client";

import Link from "next/link";
import type { $ZodType } from "zod/v4/core";
import { messagesOf, useActionForm } from "@/components/account/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { signInAction, signUpAction } from "../actions";
import type { AuthFormState } from "./form-state";
import { SecondStepForm } from "./second-step-form";
import { signInInput, signUpInput } from "@/lib/account/action-inputs";

/** The switch between sign-in and sign-up keeps where the visitor was going, e.g. an invitation. */
function otherModeHref(mode: "sign-in" | "sign-up", callbackUrl: string | undefined): string {
  const path = mode === "sign-in" ? "/sign-up" : "/sign-in";
  return callbackUrl && callbackUrl !== "/dashboard"
    ? `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}`
    : path;
}

interface AuthValues {
  name?: string | undefined;
  email: string;
  password: string;
}

export function AuthForm({ mode, callbackUrl }: { mode: "sign-in" | "sign-up"; callbackUrl?: string }) {
  // The action's own schema: sign-in checks only the shape, so the browser learns nothing about accounts.
  const schema: $ZodType<AuthValues, AuthValues> = mode === "sign-in" ? signInInput : signUpInput;
  const { form, state, pending, action, onSubmit } = useActionForm<typeof schema, AuthFormState>(
    schema,
    mode === "sign-in" ? signInAction : signUpAction,
    {},
    // Name and email start as rendered: the action's echo after a refusal without script.
    { defaultValues: { password: "" }, clearOnReply: ["password"] },
  );
  const { errors } = form.formState;
  if (mode === "sign-in" && state.ticket)
    return <SecondStepForm ticket={state.ticket} callbackUrl={callbackUrl} />;
  return (
    <form action={action} onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormMessage error={state.formError} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      {mode === "sign-up" && (
        <Field
          label="Name"
          autoComplete="name"
          defaultValue={state.name}
          {...form.register("name")}
          errors={messagesOf(errors.name)}
        />
      )}
      <Field
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.email}
        {...form.register("email")}
        errors={messagesOf(errors.email)}
      />
      <Field
        label="Password"
        type="password"
        autoComplete={mode === "sign-in" ? "current-password" : "new-password"}
        required
        {...form.register("password")}
        hint={mode === "sign-up" ? "8 to 128 characters. A long phrase is easier to remember." : undefined}
        errors={messagesOf(errors.password)}
      />
      <Button type="submit" disabled={pending}>
        {mode === "sign-in" ? "Sign in" : "Create account"}
      </Button>
      <p className="text-sm text-muted-foreground">
        {mode === "sign-in" ? "New to Trajectory? " : "Already have an account? "}
        <Link className="underline" href={otherModeHref(mode, callbackUrl)}>
          {mode === "sign-in" ? "Create an account" : "Sign in"}
        </Link>
      </p>
    </form>
  );
}
