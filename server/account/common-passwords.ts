import "server-only";
import list from "./common-passwords.json";

// The 10,000 most common passwords of 8+ characters, from zxcvbn-ts (MIT, Dropbox and @zxcvbn-ts).
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(list as string[]);
  return common.has(password.toLowerCase());
}

export const commonPasswordCount = (list as string[]).length;
