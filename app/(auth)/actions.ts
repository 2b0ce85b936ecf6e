"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/server/auth";
import { getDb } from "@/server/db";
import { SIGN_IN_FAILED, SIGN_IN_THROTTLED } from "@/lib/account/rules";
import { Conflict, Invalid } from "@/lib/errors";
import { signUp } from "@/server/account/account";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { type AuthFormState, safeCallbackUrl } from "./_components/form-state";
import { signUpInput } from "@/lib/account/action-inputs";

export async function signInAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = String(form.get("email") ?? "");
  try {
    await signIn("credentials", {
      email,
      password: String(form.get("password") ?? ""),
      redirectTo: safeCallbackUrl(form.get("callbackUrl")),
    });
  } catch (error) {
    // One message for every failure: no hint which accounts exist (throttling applies to unknown ones too).
    if (error instanceof AuthError) {
      const throttled = (error as AuthError & { code?: string }).code === "throttled";
      return { formError: throttled ? SIGN_IN_THROTTLED : SIGN_IN_FAILED, email };
    }
    throw error;
  }
  return {};
}

export async function signUpAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = {
    name: form.get("name") ?? "",
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
  };
  const parsed = signUpInput.safeParse(raw);
  const echo = { email: String(raw.email), name: String(raw.name) };
  if (!parsed.success) return { ...echo, fieldErrors: fieldErrorsFromZod(parsed.error) };
  try {
    await signUp(await getDb(), parsed.data);
  } catch (error) {
    if ((error instanceof Invalid || error instanceof Conflict) && error.field) {
      return { ...echo, fieldErrors: { [error.field]: [error.message] } };
    }
    throw error;
  }
  await signIn("credentials", {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: safeCallbackUrl(form.get("callbackUrl")),
  });
  return {};
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

export async function oauthSignInAction(form: FormData): Promise<void> {
  const provider = String(form.get("provider"));
  if (provider !== "github" && provider !== "google") return;
  await signIn(provider, { redirectTo: safeCallbackUrl(form.get("callbackUrl")) });
}
