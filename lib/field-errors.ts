import type { $ZodError } from "zod/v4/core";

export type FieldErrors = Record<string, string[]>;

/** Messages per field, keyed by dotted path ("_form" for the whole input); shared by forms and the API. */
export function fieldErrorsFromZod(error: $ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
