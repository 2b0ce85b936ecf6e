import { describe, expect, it } from "vitest";
import { ceremonyProblem, isDomainName, knownTransports, PASSKEY_NEEDS_DOMAIN } from "@/lib/passkeys/rules";
import { addPasskeyInput, renamePasskeyInput } from "@/lib/passkeys/inputs";
import { fieldErrorsFromZod } from "@/lib/field-errors";

describe("isDomainName", () => {
  it("accepts localhost and domain names", () => {
    for (const host of ["localhost", "trajectory.example.com", "a-b.example", "xn--bcher-kva.example"])
      expect(isDomainName(host), host).toBe(true);
  });

  it("refuses IP addresses, which browsers refuse as a relying party id", () => {
    for (const host of ["127.0.0.1", "10.0.0.12", "[::1]", "::1", "fe80::1", "", "-bad.example"])
      expect(isDomainName(host), host).toBe(false);
  });
});

describe("passkey names", () => {
  it("are trimmed, 1 to 60 characters", () => {
    expect(addPasskeyInput.parse({ name: "  Work laptop " })).toEqual({ name: "Work laptop" });
    expect(addPasskeyInput.safeParse({ name: "x".repeat(60) }).success).toBe(true);
  });

  it("say what is wrong with an empty or long one", () => {
    const empty = addPasskeyInput.safeParse({ name: "   " });
    expect(empty.error && fieldErrorsFromZod(empty.error)).toEqual({
      name: ["enter a name for this passkey, e.g. the device it is on"],
    });
    const long = renamePasskeyInput.safeParse({ id: "abc", name: "x".repeat(61) });
    expect(long.error && fieldErrorsFromZod(long.error)).toEqual({ name: ["use at most 60 characters"] });
  });

  it("belong to a credential id in base64url", () => {
    expect(renamePasskeyInput.safeParse({ id: "not base64url!", name: "Key" }).success).toBe(false);
  });
});

it("keeps the transports it knows and drops the rest", () => {
  expect(knownTransports(["internal", "usb", "quantum-link", "hybrid"])).toEqual([
    "internal",
    "usb",
    "hybrid",
  ]);
});

describe("ceremonyProblem", () => {
  it("says a cancelled or timed-out dialog was cancelled, and offers the email sign-in", () => {
    expect(ceremonyProblem("NotAllowedError", "sign-in")).toMatch(/cancelled or timed out.*email/);
    expect(ceremonyProblem("NotAllowedError", "add")).toMatch(/cancelled or timed out/);
  });

  it("names the device holding a passkey already, and the IP-address page", () => {
    expect(ceremonyProblem("InvalidStateError", "add")).toBe(
      "this device already holds one of your passkeys",
    );
    expect(ceremonyProblem("SecurityError", "sign-in")).toBe(PASSKEY_NEEDS_DOMAIN);
  });

  it("falls back to a retry for anything else", () => {
    expect(ceremonyProblem("UnknownError", "sign-in")).toBe("the passkey sign-in failed; try again");
  });
});
