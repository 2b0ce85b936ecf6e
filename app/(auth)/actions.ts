"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/server/auth";
import { enabledOAuthProviders } from "@/server/auth/providers";
import { getDb } from "@/server/db";
import { retryAfterOfCode, SIGN_IN_FAILED, signInThrottledMessage } from "@/lib/account/rules";
import { MFA_CODE_WRONG } from "@/lib/account/mfa";
import { Conflict, Invalid, TooManyRequests } from "@/lib/errors";
import { joinFromInvitation, requestSignUp, type SignUpOutcome } from "@/server/account/sign-up";
import type { SessionUser } from "@/server/account/account";
import { clientAddress } from "@/server/http/client-address";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { type AuthFormState, safeCallbackUrl } from "./_components/form-state";
import { joinInput, signUpInput } from "@/lib/account/action-inputs";

export async function signInAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = String(form.get("email") ?? "");
  const ticket = String(form.get("ticket") ?? "");
  try {
    await signIn("credentials", {
      ...(ticket
        ? { ticket, code: String(form.get("code") ?? "") }
        : { email, password: String(form.get("password") ?? "") }),
      redirectTo: safeCallbackUrl(form.get("callbackUrl")),
    });
  } catch (error) {
    // One message for every failure: no hint which accounts exist (throttling applies to unknown ones too).
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? "";
      if (code.startsWith("mfa-required:")) return { ticket: code.slice("mfa-required:".length), email };
      if (code === "mfa-wrong") return { ticket, email, fieldErrors: { code: [MFA_CODE_WRONG] } };
      // A second step whose ticket expired starts over from the password.
      const retryAfter = retryAfterOfCode(code);
      return { formError: retryAfter === null ? SIGN_IN_FAILED : signInThrottledMessage(retryAfter), email };
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
  const callbackUrl = safeCallbackUrl(form.get("callbackUrl"));
  let outcome: SignUpOutcome;
  try {
    const address = clientAddress(await headers());
    outcome = await requestSignUp(await getDb(), parsed.data, { address, callbackUrl });
  } catch (error) {
    if ((error instanceof Invalid || error instanceof Conflict) && error.field) {
      return { ...echo, fieldErrors: { [error.field]: [error.message] } };
    }
    if (error instanceof TooManyRequests) return { ...echo, formError: error.message };
    throw error;
  }
  if (outcome.kind === "check-email") redirect("/sign-up/check-email");
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: callbackUrl,
    });
  } catch (error) {
    // The account exists; if signing in is refused (this address is throttled), say so instead of a 500.
    if (error instanceof AuthError) redirect("/sign-in?notice=account-created");
    throw error;
  }
  return {};
}

/** An admin's invitation link: the account is made for the invited address, then this browser signs in. */
export async function joinAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = joinInput.safeParse({
    token: form.get("token") ?? "",
    name: form.get("name") ?? "",
    password: form.get("password") ?? "",
  });
  const echo = { name: String(form.get("name") ?? "") };
  if (!parsed.success) return { ...echo, fieldErrors: fieldErrorsFromZod(parsed.error) };
  let user: SessionUser | null;
  try {
    user = await joinFromInvitation(await getDb(), parsed.data);
  } catch (error) {
    // The token is a hidden field: what is wrong with it is said for the whole form.
    if ((error instanceof Invalid || error instanceof Conflict) && error.field === "token")
      return { ...echo, formError: error.message };
    if ((error instanceof Invalid || error instanceof Conflict) && error.field)
      return { ...echo, fieldErrors: { [error.field]: [error.message] } };
    throw error;
  }
  if (!user) return { ...echo, formError: "This invitation no longer works: ask your admin for a new one." };
  try {
    await signIn("credentials", {
      email: user.email,
      password: parsed.data.password,
      redirectTo: "/dashboard",
    });
  } catch (error) {
    if (error instanceof AuthError) redirect("/sign-in?notice=account-created");
    throw error;
  }
  return {};
}

/** The button on the emailed link's page: a POST, so a mail scanner opening the link does not spend it. */
export async function confirmSignUpAction(form: FormData): Promise<void> {
  try {
    await signIn("sign-up-link", {
      token: String(form.get("token") ?? ""),
      redirectTo: safeCallbackUrl(form.get("callbackUrl")),
    });
  } catch (error) {
    if (error instanceof AuthError) redirect("/sign-up/confirm?expired=1");
    throw error;
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

export async function oauthSignInAction(form: FormData): Promise<void> {
  const provider = String(form.get("provider"));
  if (!enabledOAuthProviders().some(({ id }) => id === provider)) return;
  await signIn(provider, { redirectTo: safeCallbackUrl(form.get("callbackUrl")) });
}
