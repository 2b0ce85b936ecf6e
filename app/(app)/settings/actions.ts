"use server";

import { headers } from "next/headers";
import { signIn, signOut } from "@/server/auth";
import { requireActor } from "@/server/auth/session";
import { clientAddress } from "@/server/http/client-address";
import { getDb } from "@/server/db";
import { signInThrottledMessage } from "@/lib/account/rules";
import { Conflict, Invalid, NotFound, TooManyRequests } from "@/lib/errors";
import { changePassword, deleteAccount, signOutEverywhere } from "@/server/account/account";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/field-errors";
import { changePasswordInput, deleteAccountInput } from "@/lib/account/action-inputs";

const textOf = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : undefined);

export interface PasswordFormState {
  fieldErrors?: FieldErrors;
}

export async function changePasswordAction(
  _previous: PasswordFormState,
  form: FormData,
): Promise<PasswordFormState> {
  const actor = await requireActor();
  const parsed = changePasswordInput.safeParse({
    currentPassword: form.get("currentPassword") ?? "",
    newPassword: form.get("newPassword") ?? "",
    code: textOf(form.get("code")),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsFromZod(parsed.error) };
  try {
    await changePassword(await getDb(), actor, parsed.data, { address: clientAddress(await headers()) });
  } catch (error) {
    if (error instanceof Invalid) return { fieldErrors: { [error.field]: [error.message] } };
    if (error instanceof TooManyRequests) return { fieldErrors: { currentPassword: [error.message] } };
    throw error;
  }
  // Every session ended with the old password; this browser signs in again with a new one.
  await signIn("credentials", {
    email: actor.email,
    password: parsed.data.newPassword,
    redirectTo: "/settings?notice=password-changed",
  });
  return {};
}

export async function signOutEverywhereAction(): Promise<void> {
  const actor = await requireActor();
  await signOutEverywhere(await getDb(), actor);
  await signOut({ redirectTo: "/sign-in?notice=signed-out-everywhere" });
}

export interface DeleteAccountFormState {
  fieldErrors?: FieldErrors;
  error?: string;
}

export async function deleteAccountAction(
  _previous: DeleteAccountFormState,
  form: FormData,
): Promise<DeleteAccountFormState> {
  const actor = await requireActor();
  const parsed = deleteAccountInput.safeParse({
    password: textOf(form.get("password")),
    email: textOf(form.get("email")),
    code: textOf(form.get("code")),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsFromZod(parsed.error) };
  try {
    const address = clientAddress(await headers());
    await deleteAccount(await getDb(), actor, parsed.data, { address });
  } catch (error) {
    if (error instanceof Invalid) return { fieldErrors: { [error.field]: [error.message] } };
    if (error instanceof TooManyRequests)
      return { fieldErrors: { password: [signInThrottledMessage(error.retryAfterSeconds)] } };
    if (error instanceof Conflict) return { error: error.message };
    // Deleted a moment ago from another tab: the outcome asked for, so sign out the same way.
    if (!(error instanceof NotFound)) throw error;
  }
  await signOut({ redirectTo: "/sign-in?notice=account-deleted" });
  return {};
}
