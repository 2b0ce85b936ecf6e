"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { serverFieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea";
import { LADDER_FILE_MAX_BYTES, LADDER_FORMATS, type LadderFormat } from "@/lib/ladders/ladder";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { FORMAT_LABELS, importLadderInput } from "@/lib/ladders/inputs";
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

export function ImportForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [format, setFormat] = useState<LadderFormat | "">("");
  const [file, setFile] = useState<File | null>(null);
  // Remounting the input is the one portable way to clear a chosen file.
  const [fileInputKey, setFileInputKey] = useState(0);
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const paste = useMutation(trpc.ladders.import.mutationOptions());

  const reset = () => {
    setResult(null);
    setErrors({});
  };

  async function run(dryRun: boolean) {
    reset();
    if (!format) return setErrors({ format: ["choose a format"] });
    if (file && file.size > LADDER_FILE_MAX_BYTES) {
      return setErrors({
        file: [`the file is ${file.size.toLocaleString("en-US")} bytes; the limit is 10 MB`],
      });
    }
    // The tRPC endpoint takes 4 MB at most; longer pastes travel like a file.
    const upload =
      file ?? (new Blob([text]).size > PASTE_VIA_TRPC_MAX_BYTES ? new File([text], "pasted text") : null);
    if (!upload) {
      const input = importLadderInput.safeParse({ format, fileName: "pasted text", content: text, dryRun });
      if (!input.success) return setErrors(fieldErrorsFromZod(input.error));
    }
    setPending(true);
    try {
      const outcome = upload
        ? await uploadLadder({ format, file: upload, dryRun, onProgress: setProgress })
        : await paste.mutateAsync({ format, fileName: "pasted text", content: text, dryRun });
      setResult(outcome);
      if (outcome.ok && !outcome.dryRun)
        await queryClient.invalidateQueries({ queryKey: trpc.ladders.pathKey() });
    } catch (error) {
      const fields = error instanceof UploadError ? error.fieldErrors : serverFieldErrors(error);
      setErrors({ ...fields, _form: [error instanceof Error ? error.message : "the import failed"] });
    } finally {
      setPending(false);
      setProgress(null);
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
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
      <form onSubmit={onSubmit} className="grid gap-4" aria-labelledby="import-ladder-title" noValidate>
        <SelectField
          label="Format"
          options={formatOptions}
          placeholder="Choose a format"
          value={format}
          errors={errors.format}
          onChange={(event) => {
            setFormat(event.target.value as LadderFormat | "");
            reset();
          }}
        />
        <Field
          key={fileInputKey}
          label="Ladder file"
          type="file"
          accept=".yml,.yaml,.md,.markdown,.json,text/plain,application/json"
          hint="Or paste the text below instead."
          errors={errors.file}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            const guessed = chosen ? guessFormat(chosen.name) : null;
            if (guessed && !format) setFormat(guessed);
            reset();
          }}
        />
        {file && (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="justify-self-start"
            onClick={() => {
              setFile(null);
              setFileInputKey((key) => key + 1);
              reset();
            }}
          >
            Remove {file.name}
          </Button>
        )}
        <TextareaField
          label="Or paste its text"
          rows={6}
          value={text}
          disabled={file !== null}
          errors={errors.content}
          onChange={(event) => {
            setText(event.target.value);
            reset();
          }}
        />
        {progress !== null && (
          <div className="grid gap-1 text-sm">
            <label htmlFor="ladder-upload-progress">Uploading: {Math.round(progress * 100)} %</label>
            <progress id="ladder-upload-progress" max={1} value={progress} className="w-full" />
          </div>
        )}
        <FormMessage error={errors._form?.join(", ")} />
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
            <Button type="button" disabled={pending} onClick={() => void run(false)}>
              {pending ? "Importing…" : "Import"}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}
