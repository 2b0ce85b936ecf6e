/** What an admin can do, as the audit log names it; the labels are what the Admin page shows. */
export const ADMIN_ACTIONS = {
  "user.disabled": "Disabled",
  "user.enabled": "Re-enabled",
  "invitation.sent": "Invited",
  "invitation.revoked": "Revoked the invitation of",
} as const;
export type AdminAction = keyof typeof ADMIN_ACTIONS;
