export interface AuthFormState {
  formError?: string;
  notice?: string;
  fieldErrors?: Record<string, string[]>;
  email?: string;
  name?: string;
  /** Set once the password was right and a second step is asked for. */
  ticket?: string;
}

/** Only same-site paths: an open redirect after sign-in would hand the session to a phishing page. */
export function safeCallbackUrl(value: FormDataEntryValue | string | null | undefined): string {
  const url = typeof value === "string" ? value : "";
  return url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : "/dashboard";
}

/** Why the visitor is asked to sign in, when they came from an invitation link. */
export function returnNotice(callbackUrl: string): string | undefined {
  return callbackUrl.startsWith("/invite/")
    ? "Sign in or create an account to see and accept your mentoring invitation."
    : undefined;
}
