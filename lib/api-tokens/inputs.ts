import { z } from "zod";
import { TOKEN_SCOPES } from "./rules";
import { byIdInput, shortText } from "@/lib/validation";

const TOKEN_NAME_MAX = 100;

const tokenScopeField = z.enum(TOKEN_SCOPES, { error: "choose read or read and write" });

export const createTokenInput = z.object({
  name: shortText("a name for the token", TOKEN_NAME_MAX),
  scope: tokenScopeField,
  /** A current two-step code, when that is on: a stolen session alone must not mint a token. */
  code: z.string().trim().max(32, "that is not a code").optional(),
});
export type CreateTokenInput = z.infer<typeof createTokenInput>;

export const revokeTokenInput = byIdInput;
export type RevokeTokenInput = z.infer<typeof revokeTokenInput>;
