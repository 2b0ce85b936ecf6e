"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { signInAction, signUpAction } from "../actions";
import type { AuthFormState } from "./form-state";

/** The switch between sign-in and sign-up keeps where the visitor was going, e.g. an invitation. */
function otherModeHref(mode: "sign-in" | "sign-up", callbackUrl: string | undefined): string {
  const path = mode === "sign-in" ? "/sign-up" : "/sign-in";
  return callbackUrl && callbackUrl !== "/dashboard"
    ? `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}`
    : path;
}

export function AuthForm({ mode, callbackUrl }: { mode: "sign-in" | "sign-up"; callbackUrl?: string }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(
    mode === "sign-in" ? signInAction : signUpAction,
    {},
  );
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage error={state.formError} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      {mode === "sign-up" && (
        <Field label="Name" name="name" autoComplete="name" defaultValue={state.name} errors={errors.name} />
      )}
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.email}
        errors={errors.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete={mode === "sign-in" ? "current-password" : "new-password"}
        required
        hint={mode === "sign-up" ? "8 to 128 characters. A long phrase is easier to remember." : undefined}
        errors={errors.password}
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
