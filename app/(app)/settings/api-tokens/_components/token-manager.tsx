"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CopyLink } from "@/components/mentoring/copy-link";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { createTokenInput } from "@/lib/api-tokens/inputs";
import { TokenList } from "./token-list";
import { TwoStepCodeField } from "@/components/account/two-step-code-field";

const SCOPE_OPTIONS = [
  { value: "read", label: "Read only" },
  { value: "write", label: "Read and write" },
] as const;

/** Create a token (its secret is shown here once), and the list of tokens with Revoke. */
/** `askCode`: two-step sign-in is on, so minting a token also takes a current code. */
export function TokenManager({ timeZone, askCode }: { timeZone: string; askCode: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const create = useMutation(
    trpc.apiTokens.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.apiTokens.list.queryKey() }),
    }),
  );
  const form = useZodForm(createTokenInput, { defaultValues: { name: "", scope: "read", code: "" } });
  const { errors, isSubmitting } = form.formState;

  return (
    <Card className="grid gap-4">
      <CardTitle>Personal access tokens</CardTitle>
      <CardDescription>
        A read-only token can call GET endpoints; a read and write token can also change your data. Tokens
        cannot create or revoke tokens. Signing out of all devices or changing your password revokes them all.
      </CardDescription>
      <form
        className={`grid gap-4 sm:items-start ${askCode ? "sm:grid-cols-[1fr_12rem_10rem_auto]" : "sm:grid-cols-[1fr_12rem_auto]"}`}
        noValidate
        onSubmit={form.handleSubmit(async (input) => {
          let result: { token: string };
          try {
            result = await create.mutateAsync(input);
          } catch (error) {
            setServerErrors(form, error);
            return;
          }
          // Blank again before the button comes back; the secret shows once, beside the empty form.
          form.reset();
          setCreated({ name: input.name, token: result.token });
        })}
      >
        <Field
          label="Token name"
          {...form.register("name")}
          placeholder="e.g. Weekly export script"
          errors={errorsAt(errors, "name")}
        />
        <SelectField
          label="Access"
          {...form.register("scope")}
          options={SCOPE_OPTIONS}
          errors={errorsAt(errors, "scope")}
        />
        {askCode && <TwoStepCodeField {...form.register("code")} errors={errorsAt(errors, "code")} hint="" />}
        <Button type="submit" disabled={isSubmitting} className="sm:mt-6">
          Create token
        </Button>
      </form>
      <FormMessage error={errors.root?.server?.message} />
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
