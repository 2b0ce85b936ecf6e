import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "@/lib/account/sign-in-errors";

describe("signInErrorMessage", () => {
  it("says why an unverified single sign-on email is refused", () => {
    expect(signInErrorMessage("EmailUnverified")).toMatch(
      /^Your identity provider has not verified this email address, so it cannot sign you in\./,
    );
  });

  it("gives one plain sentence for a code it does not know, including names every object inherits", () => {
    for (const code of ["OAuthCallbackError", "constructor", "toString", "__proto__"]) {
      expect(signInErrorMessage(code)).toBe("Sign-in did not work. Try again.");
    }
  });

  it("says nothing without a code", () => {
    expect(signInErrorMessage(undefined)).toBeUndefined();
  });
});
