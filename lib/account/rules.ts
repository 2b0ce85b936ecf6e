export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX = 100;

/** The one message for every failed sign-in, so it reveals nothing about which accounts exist. */
export const SIGN_IN_FAILED = "email or password is wrong";
export const SIGN_IN_THROTTLED = "too many failed attempts; wait 15 minutes and try again";

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
