"use client";

import { useMutation } from "@tanstack/react-query";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { renamePasskeyInput } from "@/lib/passkeys/inputs";

interface RenamePasskeyFormProps {
  passkey: { id: string; name: string };
  onDone: (renamedTo?: string) => void;
}

export function RenamePasskeyForm({ passkey, onDone }: RenamePasskeyFormProps) {
  const trpc = useTRPC();
  const form = useZodForm(renamePasskeyInput, { defaultValues: { id: passkey.id, name: passkey.name } });
  const rename = useMutation(
    trpc.passkeys.rename.mutationOptions({
      onSuccess: (renamed) => onDone(renamed.name),
      // The id is not a field the person can fix (a passkey removed meanwhile is "not found"): the form's message.
      onError: (error) => setServerErrors(form, error, (path) => (path === "name" ? path : "root.server")),
    }),
  );
  const { errors } = form.formState;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      noValidate
      aria-label={`Rename ${passkey.name}`}
      onSubmit={form.handleSubmit((values) => rename.mutate(values))}
    >
      <div className="min-w-56 flex-1">
        <FormMessage error={errors.root?.server?.message} />
        <Field
          label={`New name for ${passkey.name}`}
          autoFocus
          {...form.register("name")}
          errors={errorsAt(errors, "name")}
        />
      </div>
      <Button type="submit" size="sm" disabled={rename.isPending}>
        Save name
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={() => onDone()}>
        Cancel
      </Button>
    </form>
  );
}
