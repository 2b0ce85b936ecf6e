import "server-only";
import { env } from "../env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface StoredMail extends MailMessage {
  id: number;
  sentAt: Date;
}

const MAILBOX_SIZE = 50;

// On globalThis so every route bundle and hot reload of one server process shares the same mailbox.
const globalForMailbox = globalThis as unknown as {
  trajectoryDevMailbox?: { next: number; items: StoredMail[] };
};

function box() {
  globalForMailbox.trajectoryDevMailbox ??= { next: 1, items: [] };
  return globalForMailbox.trajectoryDevMailbox;
}

/** Development only (or DEV_MAILBOX=true): mail that had no server to go to, readable on a dev page. */
export function devMailboxEnabled(): boolean {
  const settings = env();
  return settings.NODE_ENV !== "production" || settings.DEV_MAILBOX === true;
}

export function keepInDevMailbox(message: MailMessage): StoredMail {
  const mailbox = box();
  const stored = { ...message, id: mailbox.next, sentAt: new Date() };
  mailbox.next += 1;
  mailbox.items.push(stored);
  if (mailbox.items.length > MAILBOX_SIZE) mailbox.items.splice(0, mailbox.items.length - MAILBOX_SIZE);
  return stored;
}

/** The last 50 messages, newest first; empty when the mailbox is disabled. */
export function devMailbox(): StoredMail[] {
  if (!devMailboxEnabled()) return [];
  return [...box().items].reverse();
}
