export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX = 100;

/** The one message for every failed sign-in, so it reveals nothing about which accounts exist. */
export const SIGN_IN_FAILED = "email or password is wrong";
/** The throttled sign-in's message with the wait the limiter gave, in whole minutes. */
export const signInThrottledMessage = (retryAfterSeconds: number): string => {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `too many failed attempts; wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again`;
};

/** Auth.js carries a refusal's code to the form; a throttled one says how many seconds to wait. */
export const throttledCode = (retryAfterSeconds: number): string => `throttled:${retryAfterSeconds}`;
export const retryAfterOfCode = (code: string): number | null => {
  const match = /^throttled:(\d+)$/.exec(code);
  return match ? Number(match[1]) : null;
};

/** Trimmed, Unicode NFKC, lower-cased: the form every email is stored and compared in. */
export function normalizeEmail(raw: string): string {
  return raw.trim().normalize("NFKC").toLowerCase();
}

/** Length in characters as people count them (code points), not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password].length;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const DEMO_NOT_DELETABLE =
  "the demo account is shared by everyone trying Trajectory, so it cannot be deleted; create your own account to try this";

/** What a deletion must be confirmed with: the password, or the email for accounts that sign in only with GitHub or Google. */
export function deletionConfirmationField(hasPassword: boolean): "password" | "email" {
  return hasPassword ? "password" : "email";
}
