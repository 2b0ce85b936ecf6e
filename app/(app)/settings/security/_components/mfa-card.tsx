"use client";

import { useState } from "react";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { errorsAt, setServerErrors, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { mfaCodeInput } from "@/lib/account/inputs";

/** A code form: for the first code of a new app, and for turning two-step sign-in off. */
function CodeForm({
  label,
  submit,
  onDone,
}: {
  label: string;
  submit: "confirmMfa" | "disableMfa";
  onDone: (codes?: string[]) => void;
}) {
  const trpc = useTRPC();
  const form = useZodForm(mfaCodeInput, { defaultValues: { code: "" } });
  const options = { onError: (error: unknown) => setServerErrors(form, error) };
  const confirm = useMutation(
    trpc.account.confirmMfa.mutationOptions({ ...options, onSuccess: (r) => onDone(r.recoveryCodes) }),
  );
  const disable = useMutation(
    trpc.account.disableMfa.mutationOptions({ ...options, onSuccess: () => onDone() }),
  );
  const pending = confirm.isPending || disable.isPending;
  const { errors } = form.formState;
  return (
    <form
      className="grid gap-3"
      noValidate
      aria-label={label}
      onSubmit={(event) =>
        void form.handleSubmit((values) => (submit === "confirmMfa" ? confirm : disable).mutate(values))(
          event,
        )
      }
    >
      <FormMessage error={errors.root?.server?.message} />
      <Field
        label="Code"
        autoComplete="one-time-code"
        {...form.register("code")}
        errors={errorsAt(errors, "code")}
      />
      <Button
        type="submit"
        className="justify-self-start"
        disabled={pending}
        variant={submit === "disableMfa" ? "destructive" : "primary"}
      >
        {label}
      </Button>
    </form>
  );
}

/** Two-step sign-in with an authenticator app: set up by scanning a QR code, with ten recovery codes shown once. */
export function MfaCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: status } = useSuspenseQuery(trpc.account.mfa.queryOptions());
  const [recovery, setRecovery] = useState<string[]>();
  const [notice, setNotice] = useState<string>();
  const start = useMutation(trpc.account.startMfa.mutationOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.account.mfa.queryKey() });

  return (
    <Card className="grid gap-4" aria-labelledby="mfa-title">
      <CardTitle id="mfa-title">Two-step sign-in</CardTitle>
      <FormMessage error={start.error?.message} notice={notice} />
      {recovery && (
        <div className="grid gap-2" role="region" aria-label="Recovery codes">
          <p className="text-sm">
            Keep these recovery codes somewhere safe. Each signs you in once if you lose your phone; they are
            not shown again.
          </p>
          <ul className="grid grid-cols-2 gap-1 font-mono text-sm">
            {recovery.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
          <Button variant="outline" className="justify-self-start" onClick={() => setRecovery(undefined)}>
            I have saved them
          </Button>
        </div>
      )}
      {status.enabled ? (
        <>
          <CardDescription>
            On: signing in asks for a code from your authenticator app. {status.recoveryCodesLeft} recovery
            codes left.
          </CardDescription>
          <CodeForm
            label="Turn off two-step sign-in"
            submit="disableMfa"
            onDone={() => {
              setNotice("Two-step sign-in is off.");
              void refresh();
            }}
          />
        </>
      ) : start.data ? (
        <div className="grid gap-3">
          <CardDescription>
            Scan this with your authenticator app (1Password, Google Authenticator, Aegis…), then enter the
            code it shows.
          </CardDescription>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server, nothing to optimise */}
          <img
            src={start.data.qrCode}
            alt="QR code to scan with your authenticator app"
            width={180}
            height={180}
          />
          <p className="text-sm">
            Or type this key: <code data-testid="mfa-key">{start.data.key}</code>
          </p>
          <CodeForm
            label="Turn on two-step sign-in"
            submit="confirmMfa"
            onDone={(codes) => {
              setRecovery(codes);
              setNotice("Two-step sign-in is on.");
              start.reset();
              void refresh();
            }}
          />
        </div>
      ) : (
        <>
          <CardDescription>
            Off. With it on, a stolen password alone does not get anyone into your account.
          </CardDescription>
          <Button className="justify-self-start" disabled={start.isPending} onClick={() => start.mutate()}>
            Set up two-step sign-in
          </Button>
        </>
      )}
    </Card>
  );
}
