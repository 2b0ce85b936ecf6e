/** Sections a mentee can share; `companies` unmasks company names in interviews, `compensation` is never on by default. */
export const MENTORSHIP_SCOPES = [
  "skills",
  "projects",
  "interviews",
  "companies",
  "gaps",
  "compensation",
] as const;
export type MentorshipScope = (typeof MENTORSHIP_SCOPES)[number];
export const DEFAULT_SCOPES: readonly MentorshipScope[] = ["skills", "projects", "interviews", "gaps"];

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type InvitationStatus = "pending" | "accepted" | "expired" | "revoked";

/** What an invitation's timestamps say about it; a used or withdrawn link stays so after it would have expired. */
export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

export function invitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_TTL_MS);
}

/** Unique scopes in the canonical order, so equal grants compare equal and audit diffs read cleanly. */
export function normaliseScopes(scopes: readonly MentorshipScope[]): MentorshipScope[] {
  const chosen = new Set(scopes);
  return MENTORSHIP_SCOPES.filter((scope) => chosen.has(scope));
}

/** What a scope change granted and took away, for the audit log. */
export function scopeChange(before: readonly MentorshipScope[], after: readonly MentorshipScope[]) {
  return {
    added: normaliseScopes(after.filter((scope) => !before.includes(scope))),
    removed: normaliseScopes(before.filter((scope) => !after.includes(scope))),
  };
}

/** The invitation link a mentee shares: the raw token travels only in this URL. */
export function invitationUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/invite/${encodeURIComponent(token)}`;
}
