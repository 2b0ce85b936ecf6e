import { z } from "zod";
import { DEFAULT_SCOPES, MENTORSHIP_SCOPES, normaliseScopes } from "./rules";
import { idField, pageInput } from "@/lib/validation";

const EMAIL_MAX = 254;

/**
 * The sections a mentor may read, deduplicated and in canonical order. An empty set is allowed:
 * the mentor then sees no section, only the profile review thread.
 */
const scopesField = z
  .array(z.enum(MENTORSHIP_SCOPES, { error: `choose from ${MENTORSHIP_SCOPES.join(", ")}` }), {
    error: "choose the sections to share",
  })
  .max(MENTORSHIP_SCOPES.length * 2, "too many sections")
  .transform(normaliseScopes);

/** Optional: blank means "I will share the link myself". */
const invitationEmailField = z
  .string()
  .trim()
  .max(EMAIL_MAX, `use at most ${EMAIL_MAX} characters`)
  .transform((value) => (value === "" ? undefined : value))
  .pipe(z.email({ error: "enter a valid email address" }).optional())
  .optional();

export const inviteInput = z.object({
  email: invitationEmailField,
  scopes: scopesField.default(() => [...DEFAULT_SCOPES]),
});
export type InviteInput = z.infer<typeof inviteInput>;

/** Any string: an unknown or mangled token is simply not found. */
export const invitationTokenInput = z.object({
  token: z
    .string({ error: "the invitation link has no token" })
    .trim()
    .min(1, "the invitation link has no token")
    .max(200, "the invitation link is not valid"),
});
export type InvitationTokenInput = z.infer<typeof invitationTokenInput>;

export const mentorshipInput = z.object({ mentorshipId: idField });
export type MentorshipInput = z.infer<typeof mentorshipInput>;

export const setScopesInput = mentorshipInput.extend({ scopes: scopesField });
export type SetScopesInput = z.infer<typeof setScopesInput>;

/** A mentor names the mentee whose pages they are about to read. */
export const viewingInput = z.object({ menteeId: idField });
export type ViewingInput = z.infer<typeof viewingInput>;

export const auditLogInput = pageInput.default({ limit: 20 });
export type AuditLogInput = z.infer<typeof auditLogInput>;
