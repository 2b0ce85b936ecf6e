"use client";

import { startRegistration } from "@simplewebauthn/browser";
import { useMutation } from "@tanstack/react-query";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { passkeyNameInput } from "@/lib/passkeys/inputs";
import { ceremonyProblem } from "@/lib/passkeys/rules";

// Only the name is a field the person can fix; what is said about the browser's answer is the form's message.
const fieldOf = (path: string) => (path === "name" ? path : "root.server");

/** Names the new passkey first, then opens the browser's dialog; the name starts as the device's. */
export function AddPasskeyForm({
  defaultName,
  onAdded,
}: {
  defaultName: string;
  onAdded: (name: string) => void;
}) {
  const trpc = useTRPC();
  const form = useZodForm(passkeyNameInput, { defaultValues: { name: defaultName } });
  const start = useMutation(trpc.passkeys.startRegistration.mutationOptions());
  const finish = useMutation(trpc.passkeys.finishRegistration.mutationOptions());
  const { errors, isSubmitting } = form.formState;

  const add = form.handleSubmit(async ({ name }) => {
    let started: Awaited<ReturnType<typeof start.mutateAsync>>;
    try {
      started = await start.mutateAsync();
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
    form.reset({ name: defaultName });
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
      <Button type="submit" className="sm:mt-6" disabled={isSubmitting}>
        Add a passkey
      </Button>
    </form>
  );
}
