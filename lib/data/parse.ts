/** Reading an import file: JSON syntax, format and version, then the JSON Schema's shape. */
import Ajv2020 from "ajv/dist/2020";
import exportSchema from "@/docs/account-export.schema.json";
import {
  type AccountExport,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  formatPath,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_MEGABYTES,
  type ImportProblem,
} from "./account-file";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateExportShape = ajv.compile<AccountExport>(exportSchema);

export type Parsed = { ok: true; document: AccountExport } | { ok: false; errors: ImportProblem[] };

/** 1-based line and column of a character offset. */
export function lineAndColumn(content: string, offset: number): { line: number; column: number } {
  const before = content.slice(0, offset);
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function syntaxProblem(content: string, error: unknown): ImportProblem {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.replace(/\s*\(line \d+ column \d+\)$/, "").replace(/ in JSON at position \d+/, "");
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return { path: "", message: `not valid JSON: ${detail}` };
  const at = lineAndColumn(content, Number(position));
  return { path: "", message: `not valid JSON at line ${at.line}, column ${at.column}: ${detail}`, ...at };
}

/** Parses the file's text; a syntax error names its line and column. */
export function parseImportText(content: string): Parsed {
  if (new TextEncoder().encode(content).byteLength > IMPORT_MAX_BYTES)
    return {
      ok: false,
      errors: [{ path: "", message: `the file is larger than ${IMPORT_MAX_MEGABYTES} MB` }],
    };
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return { ok: false, errors: [syntaxProblem(content, error)] };
  }
  return checkShape(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Format and version first (a clear message for another program's file or a newer version), then the schema. */
export function checkShape(value: unknown): Parsed {
  if (!isRecord(value)) return { ok: false, errors: [{ path: "", message: "expected a JSON object" }] };
  if (value.format !== EXPORT_FORMAT)
    return {
      ok: false,
      errors: [
        { path: "format", message: `expected "${EXPORT_FORMAT}": this is not a Trajectory account export` },
      ],
    };
  if (value.version !== EXPORT_VERSION)
    return {
      ok: false,
      errors: [
        {
          path: "version",
          message: `unsupported version ${JSON.stringify(value.version ?? null)}: this installation reads version ${EXPORT_VERSION}`,
        },
      ],
    };
  if (validateExportShape(value)) {
    const problems = valueProblems(value);
    return problems.length === 0 ? { ok: true, document: value } : { ok: false, errors: problems };
  }
  const errors = (validateExportShape.errors ?? []).map((error) => {
    const segments = error.instancePath
      .split("/")
      .slice(1)
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    if (error.keyword === "required") segments.push(String(error.params.missingProperty));
    if (error.keyword === "additionalProperties") segments.push(String(error.params.additionalProperty));
    const allowed: unknown = error.keyword === "enum" ? error.params.allowedValues : null;
    const message = Array.isArray(allowed)
      ? `must be one of ${allowed.map((item) => JSON.stringify(item)).join(", ")}`
      : (error.message ?? "does not match the schema");
    return { path: formatPath(segments), message };
  });
  return { ok: false, errors: dedupe(errors) };
}

function dedupe(problems: ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const TIMESTAMP_KEYS = new Set(["createdAt", "scheduledAt", "exportedAt"]);

function valueProblem(key: string | number | undefined, value: string): string | null {
  // PostgreSQL text cannot hold U+0000, so such a value would fail halfway through the write.
  if (value.includes("\u0000")) return "contains a NUL character (\\u0000)";
  if (typeof key !== "string") return null;
  if (TIMESTAMP_KEYS.has(key) && Number.isNaN(Date.parse(value))) return "not a real date and time";
  if ((key.endsWith("On") || key.endsWith("Date")) && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const parsed = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
      return "not a real date";
  }
  return null;
}

/** Values the schema lets through but the database would refuse: NUL characters, impossible dates. */
function valueProblems(value: unknown, segments: (string | number)[] = []): ImportProblem[] {
  if (typeof value === "string") {
    const message = valueProblem(segments.at(-1), value);
    return message ? [{ path: formatPath(segments), message }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => valueProblems(item, [...segments, index]));
  if (isRecord(value))
    return Object.entries(value).flatMap(([key, item]) => valueProblems(item, [...segments, key]));
  return [];
}
