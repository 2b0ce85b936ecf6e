import { describe, expect, it } from "vitest";
import pino from "pino";
import { appUrlOf, EnvError, parseEnv } from "@/server/env";
import { devMailbox, devMailboxEnabled, keepInDevMailbox } from "@/server/mail/dev-mailbox";
import { invitationMail } from "@/server/mentoring/invitation-mail";
import { consoleMailer } from "@/server/mail/mailer";

const expiresAt = new Date("2026-06-08T12:00:00Z");

describe("invitationMail", () => {
  it("is plain text with the link, the shared sections and the expiry", () => {
    const mail = invitationMail({
      to: "m@example.com",
      menteeName: "Ada",
      url: "https://t.example/invite/abc",
      scopes: ["skills", "gaps"],
      expiresAt,
    });
    expect(mail.subject).toBe("Ada invited you to mentor them on Trajectory");
    expect(mail.text).toContain("https://t.example/invite/abc");
    expect(mail.text).toContain("skills, gaps");
    expect(mail.text).toContain(expiresAt.toUTCString());
  });

  it("keeps line breaks out of the subject", () => {
    const mail = invitationMail({
      to: "m@example.com",
      menteeName: "Eve\r\nBcc: victim@example.com",
      url: "u",
      scopes: [],
      expiresAt,
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain("profile review thread only");
  });
});

describe("appUrlOf", () => {
  it("uses localhost and the port without AUTH_URL", () => {
    expect(appUrlOf({ PORT: 4000, AUTH_URL: undefined })).toBe("http://localhost:4000");
  });

  it("uses AUTH_URL's origin and base path, without Auth.js's own path", () => {
    expect(appUrlOf({ PORT: 3000, AUTH_URL: "https://t.example" })).toBe("https://t.example");
    expect(appUrlOf({ PORT: 3000, AUTH_URL: "https://t.example/api/auth" })).toBe("https://t.example");
    expect(appUrlOf({ PORT: 3000, AUTH_URL: "https://t.example/app/" })).toBe("https://t.example/app");
  });
});

describe("mail settings", () => {
  it("accept an smtp(s) URL, a sender and the dev mailbox flag", () => {
    const settings = parseEnv({ SMTP_URL: "smtps://u:p@mail.example:465", MAIL_FROM: "T <t@example.com>" });
    expect(settings).toMatchObject({
      SMTP_URL: "smtps://u:p@mail.example:465",
      MAIL_FROM: "T <t@example.com>",
    });
    expect(parseEnv({ DEV_MAILBOX: "true" }).DEV_MAILBOX).toBe(true);
    expect(parseEnv({ SMTP_URL: "" }).SMTP_URL).toBeUndefined();
  });

  it("refuse a URL that is not SMTP, naming the variable", () => {
    expect(() => parseEnv({ SMTP_URL: "http://mail.example" })).toThrow(EnvError);
    expect(() => parseEnv({ SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL: must be an smtp/);
    expect(() => parseEnv({ DEV_MAILBOX: "yes" })).toThrow(/DEV_MAILBOX/);
  });
});

describe("dev mailbox", () => {
  it("is on outside production and keeps the last 50 messages, newest first", () => {
    expect(devMailboxEnabled()).toBe(true);
    for (let index = 0; index < 55; index += 1)
      keepInDevMailbox({ to: `n${index}@example.com`, subject: "s", text: "t" });
    const messages = devMailbox();
    expect(messages).toHaveLength(50);
    expect(messages[0]?.to).toBe("n54@example.com");
    expect(messages[49]?.to).toBe("n5@example.com");
  });

  it("receives console mail and logs it", async () => {
    const lines: Record<string, unknown>[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const sent = await consoleMailer(log).send({ to: "c@example.com", subject: "Hi", text: "link" });
    expect(sent).toBe(true);
    expect(devMailbox()[0]).toMatchObject({ to: "c@example.com", subject: "Hi", text: "link" });
    expect(lines[0]).toMatchObject({ msg: "mail", mail: { to: "c@example.com", text: "link" } });
  });

  it("in production without SMTP sends nothing and keeps the link out of the log", async () => {
    const lines: string[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
    const before = devMailbox().length;
    const sent = await consoleMailer(log, () => false).send({
      to: "p@example.com",
      subject: "Hi",
      text: "https://t.example/invite/secret",
    });
    expect(sent).toBe(false);
    expect(lines.join("")).not.toContain("secret");
    expect(lines.join("")).toContain("SMTP_URL is not set");
    expect(devMailbox()).toHaveLength(before);
    expect(devMailbox().some((message) => message.to === "p@example.com")).toBe(false);
  });
});
