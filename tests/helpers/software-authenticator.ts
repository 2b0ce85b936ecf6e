/**
 * A passkey authenticator in software, for tests in Node: a P-256 key per credential (node:crypto), "none"
 * attestation, authenticator data with the RP id hash, flags and a counter, and CBOR from @simplewebauthn/server's
 * own encoder. It answers the options the server hands out as a browser would hand them on.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { isoBase64URL, isoCBOR } from "@simplewebauthn/server/helpers";
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_BACKUP_ELIGIBLE = 0x08;
const FLAG_BACKED_UP = 0x10;
const FLAG_ATTESTED_DATA = 0x40;

interface Credential {
  id: Uint8Array;
  rpId: string;
  userHandle: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  counter: number;
}

const sha256 = (data: Uint8Array | string) => new Uint8Array(createHash("sha256").update(data).digest());
const b64 = (bytes: Uint8Array) => isoBase64URL.fromBuffer(new Uint8Array(bytes));
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const uint32 = (n: number) => new Uint8Array([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);

/** The public key as COSE (EC2, ES256, P-256), the form authenticator data carries it in. */
function coseKey(publicKey: KeyObject): Uint8Array {
  const { x, y } = publicKey.export({ format: "jwk" });
  if (!x || !y) throw new Error("not an EC key");
  return isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, isoBase64URL.toBuffer(x)],
      [-3, isoBase64URL.toBuffer(y)],
    ]),
  );
}

function clientData(type: string, challenge: string, origin: string): string {
  return b64(new TextEncoder().encode(JSON.stringify({ type, challenge, origin, crossOrigin: false })));
}

/** An error named as the browser's DOMException would be, for the same situations. */
const refusal = (name: string, message: string) => Object.assign(new Error(message), { name });

export interface CeremonyOptions {
  /** The page the browser signs as its origin; a phishing page's would differ. */
  origin?: string;
  /** Whether the person passed the fingerprint or PIN check. */
  userVerified?: boolean;
}

export class SoftwareAuthenticator {
  readonly credentials: Credential[] = [];

  /**
   * `synced`: a password manager's or platform's passkey, backed up and always reporting counter 0 (so only
   * the single-use challenge stops a replay).
   */
  constructor(
    private readonly origin = "http://localhost:3000",
    private readonly kind: { synced?: boolean } = {},
  ) {}

  /** navigator.credentials.create(), as @simplewebauthn/browser's startRegistration returns it. */
  register(
    options: PublicKeyCredentialCreationOptionsJSON,
    ceremony: CeremonyOptions = {},
  ): RegistrationResponseJSON {
    const rpId = options.rp.id ?? new URL(this.origin).hostname;
    const excluded = new Set(options.excludeCredentials?.map((credential) => credential.id));
    if (this.credentials.some((credential) => excluded.has(b64(credential.id))))
      throw refusal("InvalidStateError", "this authenticator already holds one of the excluded credentials");
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const credential: Credential = {
      id: new Uint8Array(randomBytes(32)),
      rpId,
      userHandle: options.user.id,
      privateKey,
      publicKey,
      counter: 0,
    };
    this.credentials.push(credential);
    const idLength = new Uint8Array([credential.id.length >> 8, credential.id.length & 255]);
    const attested = concat(new Uint8Array(16), idLength, credential.id, coseKey(publicKey));
    const authData = concat(
      sha256(rpId),
      new Uint8Array([this.flags(ceremony) | FLAG_ATTESTED_DATA]),
      uint32(credential.counter),
      attested,
    );
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ["fmt", "none"],
        ["attStmt", new Map<string, string>()],
        ["authData", authData],
      ]),
    );
    return {
      id: b64(credential.id),
      rawId: b64(credential.id),
      type: "public-key",
      response: {
        clientDataJSON: clientData("webauthn.create", options.challenge, ceremony.origin ?? this.origin),
        attestationObject: b64(attestationObject),
        transports: ["internal"],
      },
      authenticatorAttachment: "platform",
      clientExtensionResults: {},
    };
  }

  /** navigator.credentials.get() with the first (or the given) credential for the options' RP id. */
  authenticate(
    options: PublicKeyCredentialRequestOptionsJSON,
    ceremony: CeremonyOptions & { credentialId?: string } = {},
  ): AuthenticationResponseJSON {
    const rpId = options.rpId ?? new URL(this.origin).hostname;
    const credential = this.credentials.find(
      (candidate) =>
        candidate.rpId === rpId && (!ceremony.credentialId || b64(candidate.id) === ceremony.credentialId),
    );
    if (!credential) throw refusal("NotAllowedError", "no credential for this relying party");
    if (!this.kind.synced) credential.counter += 1;
    const authData = concat(sha256(rpId), new Uint8Array([this.flags(ceremony)]), uint32(credential.counter));
    const clientDataJSON = clientData("webauthn.get", options.challenge, ceremony.origin ?? this.origin);
    const signed = concat(authData, sha256(isoBase64URL.toBuffer(clientDataJSON)));
    return {
      id: b64(credential.id),
      rawId: b64(credential.id),
      type: "public-key",
      response: {
        clientDataJSON,
        authenticatorData: b64(authData),
        // ES256 as WebAuthn wants it: an ASN.1 DER signature, which is node's default for EC keys.
        signature: b64(new Uint8Array(sign("sha256", signed, credential.privateKey))),
        userHandle: credential.userHandle,
      },
      clientExtensionResults: {},
    };
  }

  private flags({ userVerified = true }: CeremonyOptions): number {
    const backup = this.kind.synced ? FLAG_BACKUP_ELIGIBLE | FLAG_BACKED_UP : 0;
    return FLAG_USER_PRESENT | (userVerified ? FLAG_USER_VERIFIED : 0) | backup;
  }
}
