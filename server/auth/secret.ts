import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "../env";

let cached: string | undefined;

function readOrCreate(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret; delete it to generate a new one`);
  return secret;
}

/**
 * AUTH_SECRET when set; otherwise one generated once and kept in the data dir,
 * so the embedded mode needs no configuration. Missing in production on Postgres is refused by env().
 */
export function authSecret(): string {
  if (cached) return cached;
  const { AUTH_SECRET, DATA_DIR } = env();
  cached = AUTH_SECRET ?? readOrCreate(path.join(DATA_DIR, "auth-secret"));
  return cached;
}
