import { describe, expect, it } from "vitest";
import { hashSecretToken, newSecretToken } from "@/server/secret-token";
import {
  bearerTokenOf,
  LAST_USED_GRANULARITY_MS,
  TOKEN_MARKER,
  looksLikeToken,
  prefixOf,
  scopeAllows,
  shouldRecordUse,
} from "@/lib/api-tokens/rules";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { createTokenInput, revokeTokenInput } from "@/lib/api-tokens/inputs";

describe("token secrets", () => {
  it("are trj_ plus 32 random bytes in base64url, different every time", () => {
    const token = newSecretToken(TOKEN_MARKER);
    expect(token).toMatch(/^trj_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(4), "base64url")).toHaveLength(32);
    expect(newSecretToken(TOKEN_MARKER)).not.toBe(token);
    expect(looksLikeToken(token)).toBe(true);
  });

  it("are stored as SHA-256 hex and shown by their first 8 characters", () => {
    expect(hashSecretToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(prefixOf(newSecretToken(TOKEN_MARKER, Buffer.alloc(32, 255)))).toBe("trj_____");
  });

  it("are recognised only in their exact shape", () => {
    expect(looksLikeToken(`trj_${"a".repeat(42)}`)).toBe(false);
    expect(looksLikeToken(`trj_${"a".repeat(43)}!`)).toBe(false);
    expect(looksLikeToken(`abc_${"a".repeat(43)}`)).toBe(false);
    expect(looksLikeToken("")).toBe(false);
  });
});

describe("the Authorization header", () => {
  it("yields the bearer credential, null without a header, empty for any other form", () => {
    expect(bearerTokenOf("Bearer trj_abc")).toBe("trj_abc");
    expect(bearerTokenOf("bearer   trj_abc ")).toBe("trj_abc");
    expect(bearerTokenOf(null)).toBeNull();
    expect(bearerTokenOf(undefined)).toBeNull();
    expect(bearerTokenOf("Basic dXNlcjpwYXNz")).toBe("");
    expect(bearerTokenOf("Bearer")).toBe("");
    expect(bearerTokenOf("Bearer a b")).toBe("");
  });
});

describe("scopes and last use", () => {
  it("read tokens call queries only", () => {
    expect(scopeAllows("read", "query")).toBe(true);
    expect(scopeAllows("read", "mutation")).toBe(false);
    expect(scopeAllows("write", "mutation")).toBe(true);
  });

  it("records a use when none is recorded or the last is a minute old", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    expect(shouldRecordUse(null, now)).toBe(true);
    expect(shouldRecordUse(new Date(now.getTime() - LAST_USED_GRANULARITY_MS + 1), now)).toBe(false);
    expect(shouldRecordUse(new Date(now.getTime() - LAST_USED_GRANULARITY_MS), now)).toBe(true);
  });
});

describe("validators", () => {
  it("trim the name and accept read or write", () => {
    expect(createTokenInput.parse({ name: "  CI  ", scope: "write" })).toEqual({
      name: "CI",
      scope: "write",
    });
  });

  it("name the field in every refusal", () => {
    const errors = (input: unknown) => {
      const result = createTokenInput.safeParse(input);
      return result.success ? {} : fieldErrorsFromZod(result.error);
    };
    expect(Object.keys(errors({ name: "", scope: "read" }))).toEqual(["name"]);
    expect(Object.keys(errors({ name: "x".repeat(101), scope: "read" }))).toEqual(["name"]);
    expect(errors({ name: "CI", scope: "admin" })).toEqual({ scope: ["choose read or read and write"] });
    expect(Object.keys(errors({}))).toEqual(["name", "scope"]);
    const revoke = revokeTokenInput.safeParse({ id: "42" });
    expect(revoke.success ? {} : fieldErrorsFromZod(revoke.error)).toEqual({ id: ["not a valid id"] });
  });
});
