"use server";

import { signIn, signOut } from "@/server/auth";
import { requireActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { Invalid } from "@/server/errors";
import { changePassword, signOutEverywhere } from "@/server/services/account";
import { changePasswordInput } from "@/server/validators/account";
import { fieldErrorsFromZod, type FieldErrors } from "@/server/validators/field-errors";

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
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsFromZod(parsed.error) };
  try {
    await changePassword(await getDb(), actor, parsed.data);
  } catch (error) {
    if (error instanceof Invalid) return { fieldErrors: { [error.field]: [error.message] } };
    throw error;
  }
  // Every other session is now stale; this device gets a fresh token with the new version.
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
