import { describe, expect, it } from "vitest";
import {
  isValidTimeZone,
  normalizeEmail,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordLength,
} from "@/lib/account/rules";

describe("normalizeEmail", () => {
  it("trims, applies NFKC and lower-cases", () => {
    expect(normalizeEmail("ＡＤＡ@Example.COM ")).toBe("ada@example.com");
  });

  it("trims surrounding whitespace including tabs and newlines", () => {
    expect(normalizeEmail("\t  grace@example.com\n")).toBe("grace@example.com");
  });

  it("folds compatibility characters such as the fullwidth at sign", () => {
    expect(normalizeEmail("bob＠example.com")).toBe("bob@example.com");
  });

  it("leaves an already normal email unchanged", () => {
    expect(normalizeEmail("ada@example.com")).toBe("ada@example.com");
  });
});

describe("passwordLength", () => {
  it("counts ASCII characters", () => {
    expect(passwordLength("abcdefgh")).toBe(8);
  });

  it("counts an emoji as one character, not two UTF-16 units", () => {
    const emoji = "😀";
    expect(emoji.length).toBe(2);
    expect(passwordLength(emoji)).toBe(1);
    expect(passwordLength(emoji.repeat(8))).toBe(8);
  });

  it("counts the empty string as zero", () => {
    expect(passwordLength("")).toBe(0);
  });
});

describe("password bounds", () => {
  it("are 8 and 128", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA zones and UTC", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
  });

  it("refuses unknown zones", () => {
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});
