"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { type Path, useWatch } from "react-hook-form";
import { errorsAt, useZodForm } from "@/components/forms/use-zod-form";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea";
import { LADDER_FORMATS, type LadderFormat } from "@/lib/ladders/ladder";
import { FORMAT_LABELS } from "@/lib/ladders/inputs";
import { ladderImportForm, type LadderImportFormValues } from "@/lib/ladders/import-form";
import { ImportPreview, ImportProblems } from "./import-result";
import type { ImportResult } from "./types";
import { uploadLadder, UploadError } from "./upload";

const PASTE_VIA_TRPC_MAX_BYTES = 1024 * 1024;
const formatOptions = LADDER_FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }));

/** The format a file name suggests, so choosing a file usually picks the format too. */
function guessFormat(name: string): LadderFormat | null {
  if (/\.ya?ml$/i.test(name)) return "ft-yaml";
  if (/\.(md|markdown)$/i.test(name)) return "monzo-markdown";
  if (/\.json$/i.test(name)) return "trajectory-json";
  return null;
}

/** Where a message about the import belongs: the file name is the file's, the rest is the form's. */
function fieldOf(path: string): Path<LadderImportFormValues> | "root.server" {
  if (path === "format" || path === "content" || path === "file") return path;
  return path === "fileName" ? "file" : "root.server";
}

export function ImportForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useZodForm(ladderImportForm, { defaultValues: { format: "", file: null, content: "" } });
  const file = useWatch({ control: form.control, name: "file" });
  // Remounting the input is the one portable way to clear a chosen file.
  const [fileInputKey, setFileInputKey] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const paste = useMutation(trpc.ladders.import.mutationOptions());
  const { errors } = form.formState;

  // A change makes the last preview and its messages stale.
  const stale = () => {
    setResult(null);
    form.clearErrors();
  };

  const run = (dryRun: boolean) => {
    setResult(null);
    return form.handleSubmit(async ({ format, file: chosen, content }) => {
      // The tRPC endpoint takes 4 MB at most; longer pastes travel like a file.
      const upload =
        chosen ??
        (new Blob([content]).size > PASTE_VIA_TRPC_MAX_BYTES ? new File([content], "pasted text") : null);
      setPending(true);
      try {
        const outcome = upload
          ? await uploadLadder({ format, file: upload, dryRun, onProgress: setProgress })
          : await paste.mutateAsync({ format, fileName: "pasted text", content, dryRun });
        setResult(outcome);
        if (outcome.ok && !outcome.dryRun)
          await queryClient.invalidateQueries({ queryKey: trpc.ladders.pathKey() });
      } catch (error) {
        const fields = error instanceof UploadError ? error.fieldErrors : serverFieldErrors(error);
        for (const [path, messages] of Object.entries(fields ?? {}))
          form.setError(fieldOf(path), { type: "server", message: messages.join(", ") });
        form.setError("root.server", {
          type: "server",
          message: error instanceof Error ? error.message : "the import failed",
        });
      } finally {
        setPending(false);
        setProgress(null);
      }
    });
  };

  const previewed = result?.ok === true && result.dryRun;
  const imported = result?.ok === true && !result.dryRun ? result : null;

  return (
    <Card className="grid gap-4">
      <div className="grid gap-1">
        <CardTitle id="import-ladder-title">Import a ladder</CardTitle>
        <CardDescription>
          An FT job family (.yml), a Monzo progression framework (.md) or a Trajectory ladder (.json), up to
          10 MB. Preview first: nothing is saved until you press Import.
        </CardDescription>
      </div>
      <form
        onSubmit={(event) => void run(true)(event)}
        className="grid gap-4"
        aria-labelledby="import-ladder-title"
        noValidate
      >
        <SelectField
          label="Format"
          options={formatOptions}
          placeholder="Choose a format"
          {...form.register("format", { onChange: stale })}
          errors={errorsAt(errors, "format")}
        />
        <Field
          key={fileInputKey}
          label="Ladder file"
          type="file"
          accept=".yml,.yaml,.md,.markdown,.json,text/plain,application/json"
          hint="Or paste the text below instead."
          errors={errorsAt(errors, "file")}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            form.setValue("file", chosen);
            const guessed = chosen ? guessFormat(chosen.name) : null;
            if (guessed && !form.getValues("format")) form.setValue("format", guessed);
            stale();
          }}
        />
        {file && (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="justify-self-start"
            onClick={() => {
              form.setValue("file", null);
              setFileInputKey((key) => key + 1);
              stale();
            }}
          >
            Remove {file.name}
          </Button>
        )}
        <TextareaField
          label="Or paste its text"
          rows={6}
          disabled={file !== null}
          {...form.register("content", { onChange: stale })}
          errors={errorsAt(errors, "content")}
        />
        {progress !== null && (
          <div className="grid gap-1 text-sm">
            <label htmlFor="ladder-upload-progress">Uploading: {Math.round(progress * 100)} %</label>
            <progress id="ladder-upload-progress" max={1} value={progress} className="w-full" />
          </div>
        )}
        <FormMessage error={errors.root?.server?.message} />
        {result && !result.ok && <ImportProblems result={result} />}
        {result?.ok && <ImportPreview result={result} />}
        {imported?.ladderId && (
          <p className="text-sm">
            <Link className="underline" href={`/levels/ladders/${imported.ladderId}`}>
              Open “{imported.name}”
            </Link>
          </p>
        )}
        <div className="flex gap-2">
          <Button type="submit" variant="outline" disabled={pending}>
            {pending && !previewed ? "Checking…" : "Preview"}
          </Button>
          {previewed && (
            <Button type="button" disabled={pending} onClick={() => void run(false)()}>
              {pending ? "Importing…" : "Import"}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}
