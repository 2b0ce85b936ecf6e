import type { ComponentProps } from "react";
import { Field } from "@/components/ui/field";

/** The current two-step code asked beside a password: from the authenticator app, or a recovery code. */
export function TwoStepCodeField(props: Omit<ComponentProps<typeof Field>, "label">) {
  return (
    <Field
      label="Two-step code"
      autoComplete="one-time-code"
      hint="From your authenticator app, or a recovery code."
      {...props}
    />
  );
}
