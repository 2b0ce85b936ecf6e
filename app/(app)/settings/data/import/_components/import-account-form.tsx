"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { IMPORT_MAX_BYTES, IMPORT_MAX_MEGABYTES, type ImportAccountResult } from "@/lib/data/account-file";
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
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string[] | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [result, setResult] = useState<ImportAccountResult | null>(null);
  const [pending, setPending] = useState(false);

  async function run(dryRun: boolean) {
    setFailure(undefined);
    if (!file) return setFileError(["choose an export file"]);
    if (file.size > IMPORT_MAX_BYTES)
      return setFileError([`the file is larger than ${IMPORT_MAX_MEGABYTES} MB`]);
    setPending(true);
    try {
      const outcome = await send(file, dryRun);
      setResult(outcome);
      if (outcome.ok && !outcome.dryRun) await queryClient.invalidateQueries();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "the import failed");
    } finally {
      setPending(false);
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };
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
      <form onSubmit={onSubmit} className="grid gap-4" aria-labelledby="import-account-title" noValidate>
        <Field
          label="Export file"
          type="file"
          accept=".json,application/json"
          errors={fileError}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setFileError(undefined);
            setResult(null);
          }}
        />
        <Button type="submit" className="justify-self-start" disabled={pending}>
          {pending && !checked ? "Checking…" : "Check file"}
        </Button>
      </form>
      <FormMessage error={failure} />
      {result && <ImportReport result={result} />}
      {checked && (
        <Button
          type="button"
          className="justify-self-start"
          disabled={pending}
          onClick={() => void run(false)}
        >
          {pending ? "Importing…" : "Import"}
        </Button>
      )}
    </Card>
  );
}
