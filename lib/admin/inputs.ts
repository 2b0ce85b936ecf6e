import { z } from "zod";
import { normalizeEmail } from "@/lib/account/rules";

const emailField = z
  .string({ error: "enter an email address" })
  .max(320, "email is too long")
  .transform(normalizeEmail)
  .pipe(z.email({ error: "enter a valid email address" }));

export const listUsersInput = z.object({
  query: z.string().trim().max(200, "at most 200 characters").optional(),
  cursor: z.string().max(200).nullish(),
});
export type ListUsersInput = z.infer<typeof listUsersInput>;

export const userIdInput = z.object({ userId: z.uuid("must be a user id") });
export type UserIdInput = z.infer<typeof userIdInput>;

export const inviteToInstanceInput = z.object({ email: emailField });
export type InviteToInstanceInput = z.infer<typeof inviteToInstanceInput>;

export const invitationIdInput = z.object({ id: z.uuid("must be an invitation id") });
export type InvitationIdInput = z.infer<typeof invitationIdInput>;

export const auditLogInput = z.object({ cursor: z.string().max(200).nullish() });
