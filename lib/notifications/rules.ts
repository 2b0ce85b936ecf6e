export const NOTIFICATION_KINDS = ["comment", "review_request", "invitation_accepted"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
