import type { ImportResult } from "./types";

type Failure = Extract<ImportResult, { ok: false }>;
type Success = Extract<ImportResult, { ok: true }>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ImportProblems({ result }: { result: Failure }) {
  return (
    <div role="alert" className="grid gap-2 rounded-md border border-destructive p-3 text-sm">
      <p className="font-medium text-destructive">
        {plural(result.totalErrors, "problem")} in the file; nothing was imported.
        {result.totalErrors > result.errors.length ? ` The first ${result.errors.length} are shown.` : ""}
      </p>
      <ul className="grid gap-1">
        {result.errors.map((error, index) => (
          <li key={index}>
            <span className="font-mono">
              {error.file}
              {error.line === null ? "" : `, line ${error.line}`}
              {error.path ? `, ${error.path}` : ""}
            </span>
            : {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function NameList({ label, names }: { label: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <details>
      <summary className="cursor-pointer">
        {label} ({names.length})
      </summary>
      <ul className="ml-5 list-disc">
        {names.map((name, index) => (
          <li key={index}>{name}</li>
        ))}
      </ul>
    </details>
  );
}

export function ImportPreview({ result }: { result: Success }) {
  const { counts } = result;
  return (
    <div role="status" className="grid gap-2 rounded-md border border-border p-3 text-sm">
      <p>
        {result.dryRun ? "Importing would create" : "Imported"} “{result.name}”:{" "}
        {plural(counts.levels, "level")}, {plural(counts.themes, "theme")},{" "}
        {plural(counts.competencies, "competency", "competencies")},{" "}
        {plural(counts.expectations, "expectation")} and {plural(counts.newSkills, "new skill")}.
      </p>
      <NameList label="Levels" names={result.levels} />
      <NameList label="Themes" names={result.themes} />
      <NameList label="Competencies" names={result.competencies} />
    </div>
  );
}
