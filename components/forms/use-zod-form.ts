"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  type FieldErrors as FormErrors,
  type FieldValues,
  get,
  type Path,
  useForm,
  type UseFormProps,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import type { $ZodType } from "zod/v4/core";
import { serverFieldErrors } from "@/components/trpc/errors";

/** Any zod 4 schema, classic or zod/mini, whose input and output are form values. */
type Schema = $ZodType<FieldValues, FieldValues>;

/** A react-hook-form form checked by the same lib/ schema its procedure uses; submit hands over the parsed output. */
export function useZodForm<S extends Schema>(
  schema: S,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, "resolver"> = {},
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  return useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema), ...options });
}

/** Every message at a field and below it ("skillIds" gathers "skillIds.0"), for the Field components' `errors`. */
export function errorsAt<T extends FieldValues>(errors: FormErrors<T>, name: string): string[] | undefined {
  const messages: string[] = [];
  const collect = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const { message } = node as { message?: unknown };
    if (typeof message === "string" && message) messages.push(message);
    for (const [key, child] of Object.entries(node)) if (key !== "ref" && key !== "message") collect(child);
  };
  collect(get(errors, name));
  return messages.length ? [...new Set(messages)] : undefined;
}

/**
 * What the server refused, put where the person will look: each field's messages beside it (setError), anything
 * else as the form's message (`errors.root.server`). Field names are the procedure's input paths.
 */
export function setServerErrors<T extends FieldValues>(
  form: Pick<UseFormReturn<T, unknown, unknown>, "setError">,
  error: unknown,
  fieldOf: (path: string) => string = (path) => path,
): void {
  const fields = serverFieldErrors(error);
  if (!fields) {
    const message = error instanceof Error ? error.message : "something went wrong; try again";
    form.setError("root.server", { type: "server", message });
    return;
  }
  for (const [path, messages] of Object.entries(fields)) {
    const name = path === "_form" ? "root.server" : fieldOf(path);
    form.setError(name as Path<T> | "root.server", { type: "server", message: messages.join(", ") });
  }
}
