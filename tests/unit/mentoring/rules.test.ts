import { describe, expect, it } from "vitest";
import {
  DEFAULT_SCOPES,
  INVITATION_TTL_MS,
  invitationExpiry,
  invitationStatus,
  invitationUrl,
  normaliseScopes,
  scopeChange,
} from "@/lib/mentoring/rules";
import { hashSecretToken, newSecretToken } from "@/server/secret-token";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { invitationTokenInput, inviteInput, setScopesInput } from "@/lib/mentoring/inputs";
import { markReadInput } from "@/lib/notifications/inputs";

const now = new Date("2026-06-01T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url, different each time", () => {
    const token = newSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(newSecretToken()).not.toBe(token);
  });

  it("are stored as their SHA-256 in hex", () => {
    expect(hashSecretToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashSecretToken("abd")).not.toBe(hashSecretToken("abc"));
  });
});

describe("invitationStatus", () => {
  const pending = { acceptedAt: null, revokedAt: null, expiresAt: later(1) };

  it("is pending until the expiry instant, expired from it on", () => {
    expect(invitationStatus(pending, now)).toBe("pending");
    expect(invitationStatus({ ...pending, expiresAt: now }, now)).toBe("expired");
    expect(invitationStatus({ ...pending, expiresAt: later(-1) }, now)).toBe("expired");
  });

  it("stays accepted or revoked after it would have expired", () => {
    expect(invitationStatus({ ...pending, acceptedAt: now, expiresAt: later(-1) }, now)).toBe("accepted");
    expect(invitationStatus({ ...pending, revokedAt: now, expiresAt: later(-1) }, now)).toBe("revoked");
  });

  it("expires seven days after creation", () => {
    expect(invitationExpiry(now).getTime() - now.getTime()).toBe(INVITATION_TTL_MS);
    expect(INVITATION_TTL_MS).toBe(604_800_000);
  });
});

describe("scopes", () => {
  it("normalise to unique scopes in canonical order", () => {
    expect(normaliseScopes(["gaps", "skills", "gaps", "compensation"])).toEqual([
      "skills",
      "gaps",
      "compensation",
    ]);
    expect(normaliseScopes([])).toEqual([]);
  });

  it("default to everything but company names and compensation", () => {
    expect(DEFAULT_SCOPES).toEqual(["skills", "projects", "interviews", "gaps"]);
  });

  it("report what a change added and removed", () => {
    expect(scopeChange(["skills", "gaps"], ["projects", "skills"])).toEqual({
      added: ["projects"],
      removed: ["gaps"],
    });
  });
});

describe("invitationUrl", () => {
  it("joins the app URL and the token without a double slash", () => {
    expect(invitationUrl("https://t.example/", "abc")).toBe("https://t.example/invite/abc");
    expect(invitationUrl("http://localhost:3000", "a-b_c")).toBe("http://localhost:3000/invite/a-b_c");
  });
});

const fieldsOf = (result: { success: boolean; error?: unknown }) =>
  Object.keys(result.error ? (fieldErrorsFromZod(result.error as never) ?? {}) : {});

describe("mentoring validators", () => {
  it("default and normalise the invitation's scopes and trim its email", () => {
    expect(inviteInput.parse({})).toEqual({ scopes: [...DEFAULT_SCOPES] });
    expect(inviteInput.parse({ email: " a@b.example ", scopes: ["gaps", "skills"] })).toEqual({
      email: "a@b.example",
      scopes: ["skills", "gaps"],
    });
    expect(inviteInput.parse({ email: "" }).email).toBeUndefined();
  });

  it("name the field of bad input", () => {
    expect(fieldsOf(inviteInput.safeParse({ email: "nope" }))).toEqual(["email"]);
    expect(fieldsOf(inviteInput.safeParse({ email: `${"x".repeat(250)}@b.example` }))).toEqual(["email"]);
    expect(fieldsOf(inviteInput.safeParse({ scopes: ["salary"] }))).toEqual(["scopes.0"]);
    expect(fieldsOf(inviteInput.safeParse({ scopes: "skills" }))).toEqual(["scopes"]);
    expect(fieldsOf(setScopesInput.safeParse({ mentorshipId: "x", scopes: [] }))).toEqual(["mentorshipId"]);
    expect(fieldsOf(invitationTokenInput.safeParse({ token: "  " }))).toEqual(["token"]);
    expect(fieldsOf(invitationTokenInput.safeParse({ token: "x".repeat(201) }))).toEqual(["token"]);
    expect(fieldsOf(markReadInput.safeParse({ ids: ["x"] }))).toEqual(["ids.0"]);
  });

  it("read no ids as all notifications", () => {
    expect(markReadInput.parse(undefined)).toEqual({});
  });
});
