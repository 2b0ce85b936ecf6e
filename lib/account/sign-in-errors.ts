import { SIGN_UP_REFUSED } from "@/lib/admin/sign-up-mode";
import { ownValue } from "@/lib/own-value";

/** What the sign-in page says for the `error` Auth.js or our sign-in policy sends it back with. */
const SIGN_IN_ERRORS: Record<string, string> = {
  AccountDisabled: "This account is disabled. Ask an admin of this instance to enable it again.",
  EmailUnverified:
    "Your identity provider has not verified this email address, so it cannot sign you in. Verify it there and try again.",
  SignUpInvite: SIGN_UP_REFUSED.invite,
  SignUpClosed: SIGN_UP_REFUSED.closed,
  OAuthAccountNotLinked:
    "This email already has an account that signs in another way: sign in with that instead.",
  AccessDenied: "Sign-in was refused.",
};

/** Any other error code (a provider that failed, a cancelled sign-in) gets one plain sentence. */
export const signInErrorMessage = (code: string | undefined): string | undefined =>
  code ? (ownValue(SIGN_IN_ERRORS, code) ?? "Sign-in did not work. Try again.") : undefined;

export type SignInRefusal =
  "AccountDisabled" | "EmailUnverified" | "OAuthAccountNotLinked" | "SignUpInvite" | "SignUpClosed";
