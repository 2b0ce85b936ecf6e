import { describe, expect, it } from "vitest";
import type { $ZodError as ZodError } from "zod/v4/core";
import { updateProfileInput } from "@/lib/account/inputs";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { signUpInput } from "@/lib/account/action-inputs";

function errorsOf(error: ZodError | undefined): Record<string, string[]> {
  if (!error) throw new Error("expected the input to be refused");
  return fieldErrorsFromZod(error);
}

const valid = { name: "Ada", email: "ada@example.com", password: "correct horse battery" };

describe("signUpInput", () => {
  it("accepts a valid sign-up", () => {
    const result = signUpInput.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(valid);
  });

  it("normalizes the email in its output", () => {
    const result = signUpInput.parse({ ...valid, email: "  ＡＤＡ@Example.COM " });
    expect(result.email).toBe("ada@example.com");
  });

  it("refuses a bad email on the email path", () => {
    const result = signUpInput.safeParse({ ...valid, email: "not-an-email" });
    expect(result.success).toBe(false);
    expect(errorsOf(result.error)).toEqual({ email: ["enter a valid email address"] });
  });

  it("refuses a 7-character password", () => {
    const result = signUpInput.safeParse({ ...valid, password: "a".repeat(7) });
    expect(errorsOf(result.error)).toEqual({ password: ["use at least 8 characters"] });
  });

  it("accepts exactly 8 and exactly 128 characters", () => {
    expect(signUpInput.safeParse({ ...valid, password: "a".repeat(8) }).success).toBe(true);
    expect(signUpInput.safeParse({ ...valid, password: "a".repeat(128) }).success).toBe(true);
  });

  it("refuses 129 characters", () => {
    const result = signUpInput.safeParse({ ...valid, password: "a".repeat(129) });
    expect(errorsOf(result.error)).toEqual({ password: ["use at most 128 characters"] });
  });

  it("counts 8 emoji (16 UTF-16 units) as 8 characters", () => {
    const password = "😀".repeat(8);
    expect(password.length).toBe(16);
    expect(signUpInput.safeParse({ ...valid, password }).success).toBe(true);
  });

  it("counts 7 emoji (14 UTF-16 units) as too short", () => {
    const result = signUpInput.safeParse({ ...valid, password: "😀".repeat(7) });
    expect(errorsOf(result.error)).toEqual({ password: ["use at least 8 characters"] });
  });

  it("refuses a name over 100 characters", () => {
    const result = signUpInput.safeParse({ ...valid, name: "n".repeat(101) });
    expect(errorsOf(result.error)).toEqual({ name: ["use at most 100 characters"] });
  });

  it("treats the name as optional", () => {
    const result = signUpInput.safeParse({ email: valid.email, password: valid.password });
    expect(result.success).toBe(true);
    expect(result.data?.name).toBeUndefined();
  });
});

describe("updateProfileInput", () => {
  it("accepts a known time zone", () => {
    const result = updateProfileInput.safeParse({ name: "Ada", timeZone: "Europe/Berlin" });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ name: "Ada", timeZone: "Europe/Berlin" });
  });

  it("refuses an unknown time zone", () => {
    const result = updateProfileInput.safeParse({ name: "Ada", timeZone: "Mars/Olympus" });
    expect(errorsOf(result.error)).toEqual({ timeZone: ["not a known time zone"] });
  });

  it("refuses a name over 100 characters and accepts exactly 100", () => {
    const tooLong = updateProfileInput.safeParse({ name: "n".repeat(101), timeZone: "UTC" });
    expect(errorsOf(tooLong.error)).toEqual({ name: ["use at most 100 characters"] });
    expect(updateProfileInput.safeParse({ name: "n".repeat(100), timeZone: "UTC" }).success).toBe(true);
  });

  it("trims the name before measuring it", () => {
    const result = updateProfileInput.parse({ name: `  ${"n".repeat(100)}  `, timeZone: "UTC" });
    expect(result.name).toBe("n".repeat(100));
  });
});
