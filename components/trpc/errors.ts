import { TRPCClientError } from "@trpc/client";
import type { FieldErrors } from "@/lib/field-errors";

/** Per-field messages a tRPC error carries (from zod or a domain error), if any. */
export function serverFieldErrors(error: unknown): FieldErrors | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data = error.data as { fieldErrors?: FieldErrors } | undefined;
  return data?.fieldErrors;
}
