"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useMemo, useRef } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  type DefaultValues,
  type FieldError,
  type FieldErrors as FormErrors,
  type FieldValues,
  type Path,
  type PathValue,
  set,
  useForm,
} from "react-hook-form";
import type { z } from "zod";
import type { $ZodType } from "zod/v4/core";
import type { FieldErrors } from "@/lib/field-errors";

type Schema = $ZodType<FieldValues, FieldValues>;

interface ActionState {
  fieldErrors?: FieldErrors | undefined;
}

/** The action's messages per field as react-hook-form errors ("_form" is the form's own). */
function formErrorsOf<T extends FieldValues>(fields: FieldErrors | undefined): FormErrors<T> | undefined {
  if (!fields) return undefined;
  const errors: FormErrors<T> = {};
  for (const [path, messages] of Object.entries(fields)) {
    set(errors, path === "_form" ? "root.server" : path, { type: "server", message: messages.join(", ") });
  }
  return errors;
}

/** A field's message in the Field components' shape; these forms have no nested fields. */
export function messagesOf(error: FieldError | undefined): string[] | undefined {
  return error?.message ? [error.message] : undefined;
}

/**
 * A form posted to a server action, checked first in the browser by the action's own schema. Without script it
 * posts as before; the action's field errors are the form's errors from the first render (on the server too),
 * and the fields in `clearOnReply` (passwords) are emptied whenever the action answers.
 */
export function useActionForm<S extends Schema, State extends ActionState>(
  schema: S,
  action: (state: Awaited<State>, data: FormData) => State | Promise<State>,
  initialState: Awaited<State>,
  options: { defaultValues: DefaultValues<z.input<S>>; clearOnReply?: readonly Path<z.input<S>>[] },
) {
  const [state, dispatch, pending] = useActionState(action, initialState);
  const errors = useMemo(() => formErrorsOf<z.input<S>>(state.fieldErrors), [state]);
  // useForm as useZodForm does, without its tRPC error reading: sign-in and sign-up pages load no tRPC client.
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues: options.defaultValues,
    errors,
  });
  const clear = useRef(options.clearOnReply ?? []);
  const first = useRef(state);

  useEffect(() => {
    if (state === first.current) return;
    // setValue keeps the errors just set: "this password is too common" stays beside the emptied box.
    for (const name of clear.current) form.setValue(name, "" as PathValue<z.input<S>, typeof name>);
  }, [state, form]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // Read before validation awaits, while the event still has its form.
    const data = new FormData(event.currentTarget);
    void form.handleSubmit(() => startTransition(() => dispatch(data)))(event);
  };
  return { form, state, pending: pending || form.formState.isSubmitting, action: dispatch, onSubmit };
}
