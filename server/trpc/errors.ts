import "server-only";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { $ZodError } from "zod/v4/core";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import {
  Conflict,
  type DomainError,
  Invalid,
  NotFound,
  TooManyRequests,
  Unauthenticated,
} from "@/lib/errors";

const codeOf = (error: DomainError): TRPC_ERROR_CODE_KEY => {
  if (error instanceof NotFound) return "NOT_FOUND";
  if (error instanceof Conflict) return "CONFLICT";
  if (error instanceof Invalid) return "BAD_REQUEST";
  if (error instanceof Unauthenticated) return "UNAUTHORIZED";
  if (error instanceof TooManyRequests) return "TOO_MANY_REQUESTS";
  return "BAD_REQUEST";
};

/** The one mapping from domain errors to tRPC codes. */
export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: codeOf(error), message: error.message, cause: error });
}

/** Per-field messages, keyed by the dotted path, from a zod error or a domain error that names its field. */
export function fieldErrorsOf(cause: unknown): FieldErrors | undefined {
  if (cause instanceof $ZodError) return fieldErrorsFromZod(cause);
  if ((cause instanceof Invalid || cause instanceof Conflict) && cause.field) {
    return { [cause.field]: [cause.message] };
  }
  return undefined;
}

/** A message a person can read: zod's is a JSON dump, and internal ones may hold SQL. */
export function publicMessage(error: TRPCError): string {
  if (error.code === "INTERNAL_SERVER_ERROR") return "something went wrong on our side; try again";
  const fields = fieldErrorsOf(error.cause);
  if (error.cause instanceof $ZodError && fields) {
    return Object.entries(fields)
      .map(([field, messages]) => `${field}: ${messages.join(", ")}`)
      .join("; ");
  }
  return error.message;
}
