"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CopyLink } from "@/components/mentoring/copy-link";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { createTokenInput } from "@/lib/api-tokens/inputs";
import { TokenList } from "./token-list";

const SCOPE_OPTIONS = [
  { value: "read", label: "Read only" },
  { value: "write", label: "Read and write" },
] as const;

/** Create a token (its secret is shown here once), and the list of tokens with Revoke. */
export function TokenManager({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const create = useMutation(
    trpc.apiTokens.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.apiTokens.list.queryKey() }),
    }),
  );
  const errors = { ...serverFieldErrors(create.error), ...clientErrors };

  return (
    <Card className="grid gap-4">
      <CardTitle>Personal access tokens</CardTitle>
      <CardDescription>
        A read-only token can call GET endpoints; a read and write token can also change your data. Tokens
        cannot create or revoke tokens. Signing out of all devices does not revoke them: revoke them here.
      </CardDescription>
      <form
        className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const parsed = createTokenInput.safeParse({ name: form.get("name"), scope: form.get("scope") });
          if (!parsed.success) return setClientErrors(fieldErrorsFromZod(parsed.error));
          setClientErrors({});
          const formElement = event.currentTarget;
          create.mutate(parsed.data, {
            onSuccess: (result) => {
              setCreated({ name: parsed.data.name, token: result.token });
              formElement.reset();
            },
          });
        }}
      >
        <Field label="Token name" name="name" placeholder="e.g. Weekly export script" errors={errors.name} />
        <SelectField
          label="Access"
          name="scope"
          options={SCOPE_OPTIONS}
          defaultValue="read"
          errors={errors.scope}
        />
        <Button type="submit" disabled={create.isPending} className="sm:mt-6">
          Create token
        </Button>
      </form>
      <FormMessage
        error={create.error && !serverFieldErrors(create.error) ? create.error.message : undefined}
      />
      {created && (
        <div className="grid gap-2 rounded-md border border-border p-4">
          <p role="status" className="text-sm font-medium">
            Token “{created.name}” created. Copy it now: it is shown only once.
          </p>
          <CopyLink label="New token" url={created.token} />
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="justify-self-start"
            onClick={() => setCreated(null)}
          >
            I have copied it
          </Button>
        </div>
      )}
      <TokenList timeZone={timeZone} />
    </Card>
  );
}
