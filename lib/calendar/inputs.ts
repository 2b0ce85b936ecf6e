import { z } from "zod";

/** A feed token as issued: 32 random bytes in base64url, 43 characters, an optional ".ics" after it. */
export const feedTokenParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}(\.ics)?$/, "not a calendar feed token")
  .transform((value) => value.replace(/\.ics$/, ""));
