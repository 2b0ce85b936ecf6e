export const PASSKEY_NAME_MAX = 60;
/** Passkeys per account: a few devices and keys, few enough to review at a glance. */
export const MAX_PASSKEYS = 20;
/** A registration or sign-in must be answered within this; its challenge is refused after. */
export const CHALLENGE_LIFETIME_MS = 5 * 60_000;

/** The transports a browser may report for a credential; any other value is dropped, not refused. */
const TRANSPORTS = ["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"] as const;
export type Transport = (typeof TRANSPORTS)[number];

export const knownTransports = (values: readonly string[]): Transport[] =>
  values.filter((value): value is Transport => (TRANSPORTS as readonly string[]).includes(value));

/** Browsers refuse WebAuthn on an IP address: the relying party id must be a domain name such as localhost. */
export function isDomainName(hostname: string): boolean {
  if (hostname.includes(":") || hostname.startsWith("[")) return false;
  return !/^\d+(\.\d+){3}$/.test(hostname) && /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(hostname);
}

export const PASSKEY_NEEDS_DOMAIN =
  "passkeys need Trajectory to be opened at a domain name (such as localhost), not an IP address";

/** Why a sign-in with a passkey was refused: the provider's code, and what the sign-in page says. */
export const PASSKEY_SIGN_IN_REFUSALS = {
  unknown:
    "this passkey is not registered with Trajectory (it may have been removed); sign in with your email and add it again under Settings → Security",
  expired: "the passkey request expired or was already used; try again",
  invalid: "that passkey could not be verified; try again",
} as const;
export type PasskeySignInRefusal = keyof typeof PASSKEY_SIGN_IN_REFUSALS;

export const isPasskeySignInRefusal = (code: string): code is PasskeySignInRefusal =>
  Object.hasOwn(PASSKEY_SIGN_IN_REFUSALS, code);

/**
 * What to tell the person when the browser's passkey dialog fails, by the DOMException's name. A cancel and a
 * timeout are the same NotAllowedError, on purpose: the page must not learn which passkeys a device holds.
 */
export function ceremonyProblem(errorName: string, action: "sign-in" | "add"): string {
  switch (errorName) {
    case "NotAllowedError":
      return action === "sign-in"
        ? "passkey sign-in was cancelled or timed out; try again, or sign in with your email"
        : "adding the passkey was cancelled or timed out";
    case "InvalidStateError":
      return "this device already holds one of your passkeys";
    case "SecurityError":
      return PASSKEY_NEEDS_DOMAIN;
    case "NotSupportedError":
      return "this browser or device does not support passkeys";
    default:
      return action === "sign-in"
        ? "the passkey sign-in failed; try again"
        : "the passkey could not be added; try again";
  }
}
