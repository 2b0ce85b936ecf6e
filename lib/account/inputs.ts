import { z } from "zod";
import { isValidTimeZone, NAME_MAX } from "./rules";
import { MFA_CODE_REQUIRED } from "./mfa";

export const updateProfileInput = z.object({
  name: z.string().trim().max(NAME_MAX, `use at most ${NAME_MAX} characters`),
  timeZone: z
    .string()
    .trim()
    .min(1, "choose a time zone")
    .refine(isValidTimeZone, { error: "not a known time zone" }),
});
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

export const endSessionInput = z.object({ id: z.uuid("not a session id") });
export type EndSessionInput = z.infer<typeof endSessionInput>;

/** Tokens are revoked unless the user unticks it: a token minted by a stolen session must not outlive it. */
export const endOtherSessionsInput = z.object({ revokeTokens: z.boolean().default(true) });
export type EndOtherSessionsInput = z.infer<typeof endOtherSessionsInput>;

/** A code from the authenticator app or one of the recovery codes. */
export const mfaCodeInput = z.object({
  code: z.string().trim().min(6, MFA_CODE_REQUIRED).max(32, "that is not a code"),
});
export type MfaCodeInput = z.infer<typeof mfaCodeInput>;
