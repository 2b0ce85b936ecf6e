"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { updateProfileInput } from "@/lib/account/inputs";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";

export function ProfileForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: profile } = useSuspenseQuery(trpc.account.profile.queryOptions());
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const update = useMutation(
    trpc.account.updateProfile.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.account.profile.queryKey() }),
    }),
  );
  const errors = { ...serverFieldErrors(update.error), ...clientErrors };

  return (
    <form
      className="grid gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        // The same schema as the server: errors show before a round trip, and the server re-checks.
        const parsed = updateProfileInput.safeParse({
          name: form.get("name"),
          timeZone: form.get("timeZone"),
        });
        if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
        setClientErrors({});
        update.mutate(parsed.data);
      }}
    >
      <FormMessage
        error={update.error && !serverFieldErrors(update.error) ? update.error.message : undefined}
        notice={update.isSuccess ? "Profile saved." : undefined}
      />
      <Field label="Email" name="email" value={profile.email} readOnly />
      <Field label="Name" name="name" defaultValue={profile.name ?? ""} errors={errors.name} />
      <Field
        label="Time zone"
        name="timeZone"
        defaultValue={profile.timeZone}
        hint="An IANA name such as Europe/Berlin; dates are shown in it."
        errors={errors.timeZone}
      />
      <Button type="submit" disabled={update.isPending} className="justify-self-start">
        Save profile
      </Button>
    </form>
  );
}
