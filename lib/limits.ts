/** A limit: `points` events per `seconds`; past it the key waits until its window ends. */
export interface LimitRule {
  points: number;
  seconds: number;
  /** Says what was refused, for the 429's message: "too many {what}; try again in N s". */
  what: string;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Every limit of the app, counted in the database (or Redis) so all instances share them. Sign-in failures are
 * counted per address and per account and address, never per account alone: nobody can lock an owner out.
 */
export const LIMITS = {
  signInFailuresPerAddress: { points: 100, seconds: 15 * MINUTE, what: "failed sign-ins from this address" },
  signInFailuresPerAccountAndAddress: {
    points: 10,
    seconds: 15 * MINUTE,
    what: "failed sign-ins for this account from this address",
  },
  /** Not a refusal: at this many failures from anywhere the owner gets one email. */
  signInFailuresPerAccount: { points: 10, seconds: HOUR, what: "failed sign-ins for this account" },
  /** SIGNUPS_PER_ADDRESS_PER_HOUR and SIGNUPS_PER_HOUR change these two (an office behind one address). */
  mfaCodesPerAccountAndAddress: { points: 5, seconds: 15 * MINUTE, what: "wrong two-step codes" },
  /** Every start counts, not just failures: each one stores a challenge until it expires. */
  passkeySignInsPerAddress: { points: 60, seconds: 15 * MINUTE, what: "passkey sign-ins from this address" },
  signUpsPerAddress: { points: 5, seconds: HOUR, what: "sign-ups from this address" },
  signUpsEverywhere: { points: 200, seconds: HOUR, what: "sign-ups on this instance right now" },
  passwordChecksPerAccount: { points: 10, seconds: 15 * MINUTE, what: "wrong passwords" },
  invitationEmailsPerUser: { points: 20, seconds: 24 * HOUR, what: "invitation emails today" },
  /** Admins invite whole teams, so their own allowance: still a cap on mail sent in one admin's name. */
  instanceInvitationsPerAdmin: { points: 200, seconds: 24 * HOUR, what: "invitations today" },
  uploadsPerUser: { points: 30, seconds: HOUR, what: "imports" },
  apiRequestsPerAddress: { points: 600, seconds: MINUTE, what: "API requests from this address" },
  apiRequestsPerToken: { points: 300, seconds: MINUTE, what: "requests with this token" },
} as const satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof LIMITS;

export const limitMessage = (name: LimitName, retryAfterSeconds: number): string =>
  `too many ${LIMITS[name].what}; try again in ${retryAfterSeconds} s`;
