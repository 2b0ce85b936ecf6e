import "server-only";
import type { MentorshipScope } from "@/lib/mentoring/rules";
import type { MailMessage } from "@/server/mail/dev-mailbox";

// Names are user input: no line breaks or control characters in a subject header.
const oneLine = (value: string) => value.replace(/\p{Cc}+/gu, " ").trim();

/** Plain text only, so nothing a mentee typed can become markup in someone's mail client. */
export function invitationMail(input: {
  to: string;
  menteeName: string;
  url: string;
  scopes: readonly MentorshipScope[];
  expiresAt: Date;
}): MailMessage {
  const name = oneLine(input.menteeName) || "Someone";
  const shared = input.scopes.length > 0 ? input.scopes.join(", ") : "their profile review thread only";
  return {
    to: input.to,
    subject: `${name} invited you to mentor them on Trajectory`,
    text: [
      `${name} would like you to mentor them on Trajectory.`,
      "",
      `They are sharing, read-only: ${shared}.`,
      "",
      "Open this link to sign in or sign up and accept:",
      input.url,
      "",
      `The link works once and expires on ${input.expiresAt.toUTCString()}.`,
      "If you were not expecting this, ignore this email.",
    ].join("\n"),
  };
}
