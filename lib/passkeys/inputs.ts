import { z } from "zod";
import { knownTransports, PASSKEY_NAME_MAX } from "./rules";

const passkeyNameField = z
  .string({ error: "enter a name for this passkey" })
  .trim()
  .min(1, "enter a name for this passkey, e.g. the device it is on")
  .max(PASSKEY_NAME_MAX, `use at most ${PASSKEY_NAME_MAX} characters`);

/** A credential id: base64url of at most 1023 bytes (WebAuthn's limit). */
const base64url = (max: number) =>
  z
    .string()
    .max(max, "that is not a passkey answer")
    .regex(/^[A-Za-z0-9_-]*$/, "that is not a passkey answer");
const credentialIdField = base64url(1366).min(1, "that is not a passkey");
const challengeIdField = z.uuid("that is not a passkey request");
/** Attestation objects of "none" attestation are small; 64 KB leaves room for keys that attest anyway. */
const BLOB_MAX = 64 * 1024;
/** No extensions are asked for, so whatever the browser reports of them is dropped. */
const droppedExtensionResults = z.unknown().transform(() => ({}));

/** A current two-step code, when that is on: a stolen session alone must not add a way in that skips the code. */
const codeField = z.string().trim().max(32, "that is not a code").optional();

export const startRegistrationInput = z.object({ code: codeField });
export type StartRegistrationInput = z.infer<typeof startRegistrationInput>;

/** The add form: the name, and the code when two-step sign-in is on. */
export const addPasskeyInput = z.object({ name: passkeyNameField, code: codeField });

export const renamePasskeyInput = z.object({ id: credentialIdField, name: passkeyNameField });
export type RenamePasskeyInput = z.infer<typeof renamePasskeyInput>;

export const removePasskeyInput = z.object({ id: credentialIdField });
export type RemovePasskeyInput = z.infer<typeof removePasskeyInput>;

/** What @simplewebauthn/browser's startRegistration hands back. */
const registrationResponse = z.object({
  id: credentialIdField,
  rawId: credentialIdField,
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: base64url(BLOB_MAX),
    attestationObject: base64url(BLOB_MAX),
    transports: z
      .array(z.string().max(32))
      .max(10)
      .optional()
      .transform((values) => knownTransports(values ?? [])),
  }),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults: droppedExtensionResults,
});

export const finishRegistrationInput = z.object({
  challengeId: challengeIdField,
  name: passkeyNameField,
  response: registrationResponse,
});
export type FinishRegistrationInput = z.infer<typeof finishRegistrationInput>;

/** What startAuthentication hands back; the user handle names the account the passkey was made for. */
const authenticationResponse = z.object({
  id: credentialIdField,
  rawId: credentialIdField,
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: base64url(BLOB_MAX),
    authenticatorData: base64url(BLOB_MAX),
    signature: base64url(BLOB_MAX),
    userHandle: base64url(1024).optional(),
  }),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults: droppedExtensionResults,
});

export const passkeySignInInput = z.object({
  challengeId: challengeIdField,
  response: authenticationResponse,
});
export type PasskeySignInInput = z.infer<typeof passkeySignInInput>;
