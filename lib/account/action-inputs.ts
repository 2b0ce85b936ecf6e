// The account's server actions (sign-in, sign-up, password, deletion) validate with zod/mini: it is all the sign-in
// and sign-up pages load, where full zod would add 45 KB of script.
import { z } from "zod/mini";
import { NAME_MAX, normalizeEmail, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from "./rules";
import { MFA_CODE_REQUIRED } from "./mfa";

const emailField = z.pipe(
  z.pipe(
    z.string({ error: "enter your email" }).check(z.maxLength(320, "email is too long")),
    z.transform(normalizeEmail),
  ),
  z.email({ error: "enter a valid email address" }),
);

const newPasswordField = z.string({ error: "enter a password" }).check(
  z.refine((value) => passwordLength(value) >= PASSWORD_MIN_LENGTH, {
    error: `use at least ${PASSWORD_MIN_LENGTH} characters`,
  }),
  z.refine((value) => passwordLength(value) <= PASSWORD_MAX_LENGTH, {
    error: `use at most ${PASSWORD_MAX_LENGTH} characters`,
  }),
);

export const signUpInput = z.object({
  name: z.optional(z.string().check(z.trim(), z.maxLength(NAME_MAX, `use at most ${NAME_MAX} characters`))),
  email: emailField,
  password: newPasswordField,
});
export type SignUpInput = z.infer<typeof signUpInput>;

/** Joining from an admin's invitation: its link already proved the email, which comes from the invitation. */
export const joinInput = z.object({
  token: z.string().check(z.minLength(1), z.maxLength(200)),
  name: signUpInput.shape.name,
  password: newPasswordField,
});
export type JoinInput = z.infer<typeof joinInput>;

// Sign-in checks shape only: a length rule here would tell an attacker which passwords cannot exist.
export const signInInput = z.object({
  email: z.pipe(z.string().check(z.maxLength(320)), z.transform(normalizeEmail)),
  password: z.string().check(z.maxLength(1024)),
});
export type SignInInput = z.infer<typeof signInInput>;

/** The second step of a sign-in with two-step sign-in on: the first step's ticket and a code. */
export const secondStepInput = z.object({
  ticket: z.string().check(z.minLength(1)),
  code: z
    .string({ error: MFA_CODE_REQUIRED })
    .check(z.trim(), z.minLength(6, MFA_CODE_REQUIRED), z.maxLength(32)),
});

/** With two-step sign-in on, sensitive changes also take a current code; checked by the service. */
const codeField = z.optional(z.string().check(z.trim(), z.maxLength(32, "that is not a code")));

export const changePasswordInput = z.object({
  currentPassword: z
    .string({ error: "enter your current password" })
    .check(z.minLength(1, "enter your current password")),
  newPassword: newPasswordField,
  code: codeField,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

// Deletion re-checks who asks: the password, or for an account without one, its email typed out.
export const deleteAccountInput = z.object({
  password: z.optional(z.string().check(z.maxLength(1024, "the password is too long"))),
  email: z.optional(
    z.pipe(z.string().check(z.maxLength(320, "email is too long")), z.transform(normalizeEmail)),
  ),
  code: codeField,
});
export type DeleteAccountInput = z.infer<typeof deleteAccountInput>;
