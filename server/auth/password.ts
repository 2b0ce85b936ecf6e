import "server-only";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id parameters: 19 MiB, 2 iterations, 1 lane (argon2id is the library's default).
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

let dummyHash: Promise<string> | undefined;

/** Verifies against the stored hash, or against a dummy one so a missing account costs the same time. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hashPassword("trajectory-dummy-password");
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
