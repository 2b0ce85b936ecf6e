/** How a session was signed in: shown in the sessions list and kept on the row. */
export const SIGN_IN_METHODS = ["password", "github", "google", "oidc", "passkey"] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** A session unused this long ends; each use moves the end forward. */
export const SESSION_IDLE_MS = 30 * 24 * 60 * 60_000;
/** Last-seen is written at most this often per session, so reads stay reads. */
export const LAST_SEEN_GRANULARITY_MS = 5 * 60_000;

export const methodLabel: Record<SignInMethod, string> = {
  password: "Password",
  github: "GitHub",
  google: "Google",
  oidc: "Single sign-on",
  passkey: "Passkey",
};

/** The Auth.js provider id of a sign-in, as a method; anything unknown is single sign-on. */
export function methodOfProvider(provider: string | undefined): SignInMethod {
  // The emailed sign-up link proves the address and sets the password just chosen.
  if (provider === undefined || provider === "credentials" || provider === "sign-up-link") return "password";
  if (provider === "github" || provider === "google" || provider === "passkey") return provider;
  return "oidc";
}

export const shouldTouchSession = (lastSeenAt: Date, now: Date): boolean =>
  now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_GRANULARITY_MS;
