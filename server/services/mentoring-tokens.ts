import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes: the link's secret, shown once and never stored. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps: a leaked table cannot be turned back into working links. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
