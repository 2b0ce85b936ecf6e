"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { errorsAt, useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { IMPORT_MAX_MEGABYTES, type ImportAccountResult } from "@/lib/data/account-file";
import { importFileForm } from "@/lib/data/import-form";
import { ImportReport } from "./import-report";

/** Sends the file to the import route; `dryRun` false writes. */
async function send(file: File, dryRun: boolean): Promise<ImportAccountResult> {
  const response = await fetch(`/api/data/import?dryRun=${dryRun ? "1" : "0"}`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream" },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as
    (ImportAccountResult & { error?: undefined }) | { error: { message?: string } } | null;
  if (body && "ok" in body) return body;
  throw new Error(body?.error?.message ?? `the import was refused (HTTP ${response.status})`);
}

export function ImportAccountForm() {
  const queryClient = useQueryClient();
  const [result, setResult] = useState<ImportAccountResult | null>(null);
  const form = useZodForm(importFileForm);
  const { errors, isSubmitting: pending } = form.formState;

  // Checks the file (dryRun) or writes it; a refusal is the form's message.
  const run = (dryRun: boolean) =>
    form.handleSubmit(async ({ file }) => {
      try {
        const outcome = await send(file, dryRun);
        setResult(outcome);
        if (outcome.ok && !outcome.dryRun) await queryClient.invalidateQueries();
      } catch (error) {
        const message = error instanceof Error ? error.message : "the import failed";
        form.setError("root.server", { type: "server", message });
      }
    });
  const checked = result?.ok === true && result.dryRun;

  return (
    <Card className="grid gap-4">
      <div className="grid gap-1">
        <CardTitle id="import-account-title">Choose a file</CardTitle>
        <CardDescription>
          A Trajectory account export (.json) up to {IMPORT_MAX_MEGABYTES} MB. First you see what would be
          created and what is already here; nothing is saved until you press Import. Rows you already have are
          skipped, and nothing of anyone else&apos;s is ever changed.
        </CardDescription>
      </div>
      <form onSubmit={run(true)} className="grid gap-4" aria-labelledby="import-account-title" noValidate>
        <Controller
          control={form.control}
          name="file"
          render={({ field }) => (
            <Field
              label="Export file"
              type="file"
              accept=".json,application/json"
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              errors={errorsAt(errors, "file")}
              onChange={(event) => {
                field.onChange(event.target.files?.[0]);
                setResult(null);
              }}
            />
          )}
        />
        <Button type="submit" className="justify-self-start" disabled={pending}>
          {pending && !checked ? "Checking…" : "Check file"}
        </Button>
      </form>
      <FormMessage error={errors.root?.server?.message} />
      {result && <ImportReport result={result} />}
      {checked && (
        <Button type="button" className="justify-self-start" disabled={pending} onClick={run(false)}>
          {pending ? "Importing…" : "Import"}
        </Button>
      )}
    </Card>
  );
}
