"use client";

import { startRegistration } from "@simplewebauthn/browser";
import { useMutation } from "@tanstack/react-query";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { addPasskeyInput } from "@/lib/passkeys/inputs";
import { TwoStepCodeField } from "@/components/account/two-step-code-field";
import { ceremonyProblem } from "@/lib/passkeys/rules";

// Only the name and code are fields the person can fix; what is said about the browser's answer is the form's.
const fieldOf = (path: string) => (path === "name" || path === "code" ? path : "root.server");

/** Names the new passkey first, then opens the browser's dialog; the name starts as the device's. */
export function AddPasskeyForm({
  defaultName,
  askCode,
  onAdded,
}: {
  defaultName: string;
  /** Two-step sign-in is on: adding a passkey takes a current code. */
  askCode: boolean;
  onAdded: (name: string) => void;
}) {
  const trpc = useTRPC();
  const form = useZodForm(addPasskeyInput, { defaultValues: { name: defaultName, code: "" } });
  const start = useMutation(trpc.passkeys.startRegistration.mutationOptions());
  const finish = useMutation(trpc.passkeys.finishRegistration.mutationOptions());
  const { errors, isSubmitting } = form.formState;

  const add = form.handleSubmit(async ({ name, code }) => {
    let started: Awaited<ReturnType<typeof start.mutateAsync>>;
    try {
      started = await start.mutateAsync({ code });
    } catch (error) {
      return setServerErrors(form, error, fieldOf);
    }
    let response: Awaited<ReturnType<typeof startRegistration>>;
    try {
      response = await startRegistration({ optionsJSON: started.options });
    } catch (error) {
      const message = ceremonyProblem(error instanceof Error ? error.name : "", "add");
      return form.setError("root.server", { type: "server", message });
    }
    try {
      await finish.mutateAsync({ challengeId: started.challengeId, name, response });
    } catch (error) {
      return setServerErrors(form, error, fieldOf);
    }
    form.reset({ name: defaultName, code: "" });
    onAdded(name);
  });

  return (
    <form
      className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start"
      noValidate
      aria-label="Add a passkey"
      onSubmit={(event) => void add(event)}
    >
      <div className="grid gap-3 sm:col-span-2">
        <FormMessage error={errors.root?.server?.message} />
      </div>
      <Field
        label="Name of the new passkey"
        hint="Something that tells it apart, such as the device or password manager it is in."
        {...form.register("name")}
        errors={errorsAt(errors, "name")}
      />
      {askCode && (
        <div className="sm:col-start-1">
          <TwoStepCodeField {...form.register("code")} errors={errorsAt(errors, "code")} />
        </div>
      )}
      <Button type="submit" className="sm:mt-6" disabled={isSubmitting}>
        Add a passkey
      </Button>
    </form>
  );
}
