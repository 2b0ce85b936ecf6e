import "server-only";
import { createHash, randomBytes } from "node:crypto";

const SECRET_BYTES = 32;

/**
 * The secret of an API token, an invitation link or a calendar feed: 32 random bytes in base64url behind an
 * optional marker. It is shown once and never stored.
 */
export function newSecretToken(marker = "", random: Buffer = randomBytes(SECRET_BYTES)): string {
  return `${marker}${random.toString("base64url")}`;
}

/**
 * What the database keeps instead: a leaked table cannot be turned back into working secrets. A presented secret is
 * compared by looking its hash up in a unique index, so no secret is ever compared byte by byte in our code.
 */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
