import "server-only";
import nodemailer from "nodemailer";
import type { Logger } from "pino";
import { env } from "../env";
import { logger } from "../logger";
import { devMailboxEnabled, keepInDevMailbox, type MailMessage } from "./dev-mailbox";

export interface Mailer {
  /** True when the message went somewhere a person can read it; throws when delivery failed. */
  send(message: MailMessage): Promise<boolean>;
}

/** A slow mail server must not hold the request for nodemailer's default two minutes. */
const SMTP_TIMEOUT_MS = 10_000;

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url, {
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
      return true;
    },
  };
}

/** No SMTP server: the log and the dev mailbox stand in for one; in production the link stays out of the log. */
export function consoleMailer(log: Logger = logger(), keep: () => boolean = devMailboxEnabled): Mailer {
  return {
    async send(message) {
      if (!keep()) {
        log.warn({ to: message.to, subject: message.subject }, "mail not sent: SMTP_URL is not set");
        return false;
      }
      const stored = keepInDevMailbox(message);
      log.info(
        { mail: { id: stored.id, to: message.to, subject: message.subject, text: message.text } },
        "mail",
      );
      return true;
    },
  };
}

const globalForMailer = globalThis as unknown as { trajectoryMailer?: Mailer };

/** The process's mailer, chosen once from the environment. */
export function mailer(): Mailer {
  const settings = env();
  globalForMailer.trajectoryMailer ??= settings.SMTP_URL
    ? smtpMailer(settings.SMTP_URL, settings.MAIL_FROM)
    : consoleMailer();
  return globalForMailer.trajectoryMailer;
}
