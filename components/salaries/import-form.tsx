"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Path } from "react-hook-form";
import { errorsAt, useZodForm } from "@/components/forms/use-zod-form";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Field } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { SelectField } from "@/components/ui/select-field";
import { EXPERIENCE_LEVEL_NAMES, EXPERIENCE_LEVELS, defaultLevelMapping } from "@/lib/salaries/bands";
import { surveyImportForm, surveyImportQuery, type SurveyImportFormValues } from "@/lib/salaries/import-form";
import type { ImportResult } from "@/lib/salaries/survey-csv";
import { money } from "@/lib/salaries/format";
import { uploadSurvey, type UploadFailure } from "./upload";

/** Where a message of the route about a query field belongs; the file name is the file's. */
function fieldOf(path: string): Path<SurveyImportFormValues> | "root.server" {
  if (path === "file" || path === "fileName") return "file";
  if (path === "source" || path === "licence") return path;
  const code = EXPERIENCE_LEVELS.find((level) => path === `levelMapping.${level}`);
  return code ? `levelMapping.${code}` : "root.server";
}

interface Level {
  id: string;
  key: string;
  name: string;
  position: number;
}

/** Survey CSV upload: mapping selects, a dry-run preview, then the import, with upload progress. */
export function ImportForm({ ladderId, levels }: { ladderId: string; levels: Level[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const defaults = defaultLevelMapping(levels);
  const form = useZodForm(surveyImportForm, {
    defaultValues: { ladderId, file: null, source: "", licence: "", levelMapping: defaults ?? {} },
  });
  const nameOf = (id: string) => levels.find((level) => level.id === id)?.name ?? "?";
  const { errors } = form.formState;

  const send = (dryRun: boolean) =>
    form.handleSubmit(async (options) => {
      const file = form.getValues("file");
      if (!file) return;
      setBusy(true);
      setResult(null);
      try {
        const query = surveyImportQuery({ ...options, dryRun });
        setResult(await uploadSurvey(file, query, (loaded, total) => setProgress({ loaded, total })));
        if (!dryRun) await queryClient.invalidateQueries({ queryKey: trpc.salaries.pathKey() });
      } catch (error) {
        const failure = error as UploadFailure;
        for (const [path, messages] of Object.entries(failure.fieldErrors ?? {}))
          form.setError(fieldOf(path), { message: messages.join(", ") });
        form.setError("root.server", { message: failure.message });
      } finally {
        setBusy(false);
      }
    });

  return (
    <form
      className="grid gap-4"
      noValidate
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        void send(submitter?.value === "preview")(event);
      }}
    >
      <Field
        label="Survey CSV file"
        type="file"
        accept=".csv,text/csv"
        hint="Columns work_year, experience_level, salary_in_usd, company_location (others ignored); up to 200 MB."
        // A chosen file is not a value an input can be given back, so the form only holds on to it.
        onChange={(event) => form.setValue("file", event.target.files?.[0] ?? null)}
        errors={errorsAt(errors, "file")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Source"
          placeholder="salary survey CSV"
          {...form.register("source")}
          errors={errorsAt(errors, "source")}
        />
        <Field
          label="Licence"
          placeholder="e.g. CC0"
          {...form.register("licence")}
          errors={errorsAt(errors, "licence")}
        />
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-medium">Experience level → ladder level</legend>
        {EXPERIENCE_LEVELS.map((code) => (
          <SelectField
            key={code}
            label={`${EXPERIENCE_LEVEL_NAMES[code]} (${code})`}
            options={levels.map((level) => ({ value: level.id, label: level.name }))}
            {...form.register(`levelMapping.${code}`)}
            errors={errorsAt(errors, `levelMapping.${code}`)}
          />
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" name="mode" value="preview" variant="outline" disabled={busy}>
          Preview (dry run)
        </Button>
        <Button type="submit" name="mode" value="import" disabled={busy}>
          Import bands
        </Button>
        {progress && (
          <div className="flex items-center gap-2">
            <Label htmlFor="upload-progress">Upload</Label>
            <progress id="upload-progress" max={progress.total || 1} value={progress.loaded} />
            <span className="text-sm text-muted-foreground">
              {Math.round(progress.loaded / 1024).toLocaleString("en-US")} of{" "}
              {Math.round(progress.total / 1024).toLocaleString("en-US")} KB
            </span>
          </div>
        )}
      </div>
      <FormMessage
        error={errors.root?.server?.message ?? errorsAt(errors, "file")?.join(", ")}
        notice={
          result
            ? `${result.dryRun ? "Preview" : "Imported"}: ${result.rowCount.toLocaleString("en-US")} rows from ${result.fileName}, ${result.bands.length} bands${result.dryRun ? " (nothing saved)" : ""}.`
            : undefined
        }
      />
      {result?.dryRun && (
        <ul aria-label="Preview of the bands" className="grid gap-1 text-sm">
          {result.bands.slice(0, 20).map((band) => (
            <li key={`${band.levelId}-${band.region}-${band.year}`}>
              {nameOf(band.levelId)} · {band.region} · {band.year}: P50 {money(band.p50Minor, "USD")} (USD per
              year), n = {band.sampleSize}
              {band.warning ? ` ⚠ ${band.warning}` : ""}
            </li>
          ))}
          {result.bands.length > 20 && <li>…and {result.bands.length - 20} more bands.</li>}
        </ul>
      )}
    </form>
  );
}
