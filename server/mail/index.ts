import "server-only";
export { devMailbox, devMailboxEnabled, type MailMessage, type StoredMail } from "./dev-mailbox";
export { consoleMailer, mailer, smtpMailer, type Mailer } from "./mailer";
