import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isProtectedPath, requestIdFrom } from "@/server/http/policy";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("isProtectedPath", () => {
  it("protects the app's sections and their sub-pages", () => {
    expect(isProtectedPath("/dashboard")).toBe(true);
    expect(isProtectedPath("/settings/x")).toBe(true);
    expect(isProtectedPath("/skills")).toBe(true);
    expect(isProtectedPath("/projects/123/edit")).toBe(true);
  });

  it("leaves public pages and look-alike prefixes open", () => {
    expect(isProtectedPath("/sign-in")).toBe(false);
    expect(isProtectedPath("/")).toBe(false);
    expect(isProtectedPath("/dashboardx")).toBe(false);
    expect(isProtectedPath("/settingsx/y")).toBe(false);
  });
});

describe("requestIdFrom", () => {
  it("keeps a short safe token", () => {
    expect(requestIdFrom("abc-123")).toBe("abc-123");
    expect(requestIdFrom("a.b:c_d")).toBe("a.b:c_d");
  });

  it("replaces a value carrying a header injection", () => {
    const id = requestIdFrom("a\r\nx: y");
    expect(id).not.toContain("\n");
    expect(id).toMatch(UUID);
  });

  it("replaces an over-long value", () => {
    const id = requestIdFrom("a".repeat(200));
    expect(id).toMatch(UUID);
  });

  it("keeps exactly 128 characters and replaces 129", () => {
    expect(requestIdFrom("a".repeat(128))).toBe("a".repeat(128));
    expect(requestIdFrom("a".repeat(129))).toMatch(UUID);
  });

  it("makes a fresh id when none is given, different each time", () => {
    const first = requestIdFrom(null);
    const second = requestIdFrom("");
    expect(first).toMatch(UUID);
    expect(second).toMatch(UUID);
    expect(first).not.toBe(second);
  });
});

describe("contentSecurityPolicy", () => {
  const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d] as const));

  it("puts the nonce in script-src", () => {
    const csp = contentSecurityPolicy("n0nce123", false);
    expect(directives(csp).get("script-src")).toContain("'nonce-n0nce123'");
  });

  it("forbids framing", () => {
    expect(directives(contentSecurityPolicy("n", false)).get("frame-ancestors")).toBe(
      "frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy("n", true)).toContain("frame-ancestors 'none'");
  });

  it("allows unsafe-eval only in development", () => {
    expect(contentSecurityPolicy("n", false)).not.toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy("n", true)).get("script-src")).toContain("'unsafe-eval'");
  });

  it("lets the sign-in form go to GitHub, Google and the single sign-on issuer's origin only", () => {
    expect(directives(contentSecurityPolicy("n", false)).get("form-action")).toBe(
      "form-action 'self' https://github.com https://accounts.google.com",
    );
    const withIssuer = contentSecurityPolicy("n", false, "https://sso.example.com/realms/main");
    expect(directives(withIssuer).get("form-action")).toBe(
      "form-action 'self' https://github.com https://accounts.google.com https://sso.example.com",
    );
  });

  it("forbids plugins", () => {
    expect(directives(contentSecurityPolicy("n", false)).get("object-src")).toBe("object-src 'none'");
  });
});
