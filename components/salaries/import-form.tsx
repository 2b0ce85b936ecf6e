"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Field } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { SelectField } from "@/components/ui/select-field";
import { EXPERIENCE_LEVEL_NAMES, EXPERIENCE_LEVELS, defaultLevelMapping } from "@/lib/salaries/bands";
import type { ImportResult } from "@/lib/salaries/survey-csv";
import { money } from "@/lib/salaries/format";
import { uploadSurvey, type UploadFailure } from "./upload";

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
  const [failure, setFailure] = useState<UploadFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const defaults = defaultLevelMapping(levels);
  const nameOf = (id: string) => levels.find((level) => level.id === id)?.name ?? "?";
  const errors = failure?.fieldErrors ?? {};

  async function submit(form: HTMLFormElement, dryRun: boolean) {
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setFailure({ message: "choose a CSV file", fieldErrors: { file: ["choose a CSV file"] } });
      return;
    }
    const params = new URLSearchParams({ ladderId, fileName: file.name, dryRun: dryRun ? "1" : "0" });
    for (const key of ["source", "licence"]) {
      const value = String(data.get(key) ?? "").trim();
      if (value) params.set(key, value);
    }
    for (const code of EXPERIENCE_LEVELS) params.set(`map${code}`, String(data.get(`map${code}`) ?? ""));
    setBusy(true);
    setFailure(null);
    setResult(null);
    try {
      setResult(await uploadSurvey(file, params, (loaded, total) => setProgress({ loaded, total })));
      if (!dryRun) await queryClient.invalidateQueries({ queryKey: trpc.salaries.pathKey() });
    } catch (error) {
      setFailure(error as UploadFailure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="grid gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        void submit(event.currentTarget, submitter?.value === "preview");
      }}
    >
      <Field
        label="Survey CSV file"
        name="file"
        type="file"
        accept=".csv,text/csv"
        hint="Columns work_year, experience_level, salary_in_usd, company_location (others ignored); up to 200 MB."
        errors={errors.file}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Source" name="source" placeholder="salary survey CSV" errors={errors.source} />
        <Field label="Licence" name="licence" placeholder="e.g. CC0" errors={errors.licence} />
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-medium">Experience level → ladder level</legend>
        {EXPERIENCE_LEVELS.map((code) => (
          <SelectField
            key={code}
            label={`${EXPERIENCE_LEVEL_NAMES[code]} (${code})`}
            name={`map${code}`}
            defaultValue={defaults?.[code]}
            options={levels.map((level) => ({ value: level.id, label: level.name }))}
            errors={errors[`levelMapping.${code}`]}
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
        error={failure?.message}
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
