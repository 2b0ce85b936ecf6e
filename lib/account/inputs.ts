import { z } from "zod";
import {
  isValidTimeZone,
  normalizeEmail,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordLength,
} from "./rules";

const emailField = z
  .string({ error: "enter your email" })
  .max(320, "email is too long")
  .transform(normalizeEmail)
  .pipe(z.email({ error: "enter a valid email address" }));

const newPasswordField = z
  .string({ error: "enter a password" })
  .refine((value) => passwordLength(value) >= PASSWORD_MIN_LENGTH, {
    error: `use at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  .refine((value) => passwordLength(value) <= PASSWORD_MAX_LENGTH, {
    error: `use at most ${PASSWORD_MAX_LENGTH} characters`,
  });

const nameField = z.string().trim().max(100, "use at most 100 characters");

export const signUpInput = z.object({
  name: nameField.optional(),
  email: emailField,
  password: newPasswordField,
});
export type SignUpInput = z.infer<typeof signUpInput>;

// Sign-in checks shape only: a length rule here would tell an attacker which passwords cannot exist.
export const signInInput = z.object({
  email: z.string().max(320).transform(normalizeEmail),
  password: z.string().max(1024),
});
export type SignInInput = z.infer<typeof signInInput>;

export const changePasswordInput = z.object({
  currentPassword: z.string({ error: "enter your current password" }).min(1, "enter your current password"),
  newPassword: newPasswordField,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const updateProfileInput = z.object({
  name: nameField,
  timeZone: z
    .string()
    .trim()
    .min(1, "choose a time zone")
    .refine(isValidTimeZone, { error: "not a known time zone" }),
});
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

// Deletion re-checks who asks: the password, or for an account without one, its email typed out.
export const deleteAccountInput = z.object({
  password: z.string().max(1024, "the password is too long").optional(),
  email: z.string().max(320, "email is too long").transform(normalizeEmail).optional(),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountInput>;
