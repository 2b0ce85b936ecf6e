import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "./secret";

// AES-256-GCM under a key derived from AUTH_SECRET: a copy of the database alone does not give up the TOTP keys.
const VERSION = "v1";
const keyFor = (purpose: string) =>
  Buffer.from(hkdfSync("sha256", authSecret(), "trajectory", `sealed:${purpose}`, 32));

export function seal(purpose: string, plain: Uint8Array): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    body.toString("base64url"),
  ].join(".");
}

/** The plain bytes, or a thrown error when the value was changed or sealed under another AUTH_SECRET. */
export function unseal(purpose: string, sealed: string): Uint8Array {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return new Uint8Array(Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]));
}
