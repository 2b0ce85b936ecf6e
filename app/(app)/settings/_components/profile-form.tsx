"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { updateProfileInput } from "@/lib/account/inputs";

export function ProfileForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: profile } = useSuspenseQuery(trpc.account.profile.queryOptions());
  // The same schema as the server: errors show before a round trip, and the server re-checks.
  const form = useZodForm(updateProfileInput, {
    defaultValues: { name: profile.name ?? "", timeZone: profile.timeZone },
  });
  const update = useMutation(
    trpc.account.updateProfile.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.account.profile.queryKey() }),
      onError: (error) => setServerErrors(form, error),
    }),
  );
  const { errors } = form.formState;

  return (
    <form className="grid gap-4" noValidate onSubmit={form.handleSubmit((values) => update.mutate(values))}>
      <FormMessage
        error={errors.root?.server?.message}
        notice={update.isSuccess ? "Profile saved." : undefined}
      />
      <Field label="Email" name="email" value={profile.email} readOnly />
      <Field label="Name" {...form.register("name")} errors={errorsAt(errors, "name")} />
      <Field
        label="Time zone"
        {...form.register("timeZone")}
        hint="An IANA name such as Europe/Berlin; dates are shown in it."
        errors={errorsAt(errors, "timeZone")}
      />
      <Button type="submit" disabled={update.isPending} className="justify-self-start">
        Save profile
      </Button>
    </form>
  );
}
