import "server-only";
import { isoBase64URL } from "@simplewebauthn/server/helpers";

/** The WebAuthn user handle of an account: its id's bytes, so a passkey's answer names the account it was made for. */
export const userHandleOf = (userId: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(userId);

/** The account id a user handle (base64url, as browsers send it) names. */
export const userIdOfHandle = (handle: string): string => isoBase64URL.toUTF8String(handle);
