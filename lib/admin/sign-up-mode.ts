/** Who may create an account: anyone, people an admin invited, or nobody (the first account of an empty instance always may). */
export const SIGN_UP_MODES = ["open", "invite", "closed"] as const;
export type SignUpMode = (typeof SIGN_UP_MODES)[number];

/** Open for a one-person install on the embedded database; by invitation when it runs on a shared PostgreSQL. */
export function signUpModeOf(settings: { SIGNUP?: SignUpMode; DATABASE_URL?: string }): SignUpMode {
  return settings.SIGNUP ?? (settings.DATABASE_URL ? "invite" : "open");
}

export const SIGN_UP_REFUSED: Record<Exclude<SignUpMode, "open">, string> = {
  invite:
    "Sign-up on this instance is by invitation: ask an admin to invite you, then use the link in the email.",
  closed: "Sign-up on this instance is closed: ask its admin for an account.",
};
