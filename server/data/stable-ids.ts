import "server-only";
import { createHash } from "node:crypto";

/**
 * The id a row gets in this account when the file's id is taken by another user's row: a UUID (version 5
 * layout) derived from the account and the file's id, so importing the same file again finds the same row.
 */
export function importedId(accountId: string, fileId: string): string {
  const bytes = createHash("sha1")
    .update(`trajectory-import:${accountId.toLowerCase()}:${fileId.toLowerCase()}`)
    .digest();
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
