import net from "node:net";
import { eq } from "drizzle-orm";
import pino from "pino";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { invitations } from "@/db/schema";
import { devMailbox } from "@/server/mail/dev-mailbox";
import { smtpMailer } from "@/server/mail/mailer";
import { invite } from "@/server/mentoring/invitations";
import { inviteInput } from "@/lib/mentoring/inputs";
import { createTestDb } from "@/tests/helpers/db";
import { actorOf, expectCode } from "@/tests/helpers/integration-extra";
import { mentoringCast } from "@/tests/helpers/mentoring";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port that keeps what it receives. */
async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    close: () => new Promise<void>((r) => server.close(r)),
  };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Quoted-printable soft line breaks would split the long link. */
const unfold = (raw: string) => raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("invitation email", () => {
  it("is delivered over SMTP with the link", async () => {
    const smtp = await startSmtp();
    try {
      const { mentee } = await mentoringCast(handle.db);
      const input = inviteInput.parse({ email: "mentor@example.com", scopes: ["skills"] });
      const created = await invite(handle.db, actorOf(mentee), input, {
        mailer: smtpMailer(smtp.url, "Trajectory <no-reply@example.com>"),
        appUrl: "https://trajectory.example",
      });
      expect(created.emailed).toBe(true);
      expect(created.url).toBe(`https://trajectory.example/invite/${created.token}`);
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail?.to).toEqual(["mentor@example.com"]);
      expect(mail?.from).toBe("no-reply@example.com");
      const body = unfold(mail?.raw ?? "");
      expect(body).toContain(created.url);
      expect(body).toContain(`${mentee.name} invited you to mentor them`);
    } finally {
      await smtp.close();
    }
  });

  it("keeps the invitation and returns the link when the mail server is down", async () => {
    const { mentee } = await mentoringCast(handle.db);
    const errors: unknown[] = [];
    const log = pino({ level: "error" }, { write: (line: string) => errors.push(JSON.parse(line)) });
    const port = await closedPort();
    const created = await invite(
      handle.db,
      actorOf(mentee),
      inviteInput.parse({ email: "mentor@example.com" }),
      { mailer: smtpMailer(`smtp://127.0.0.1:${port}`, "no-reply@example.com"), log },
    );
    expect(created.emailed).toBe(false);
    expect(created.url).toContain(created.token);
    const [row] = await handle.db.select().from(invitations).where(eq(invitations.id, created.invitationId));
    expect(row).toMatchObject({ email: "mentor@example.com", acceptedAt: null, revokedAt: null });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: "invitation email failed", invitationId: created.invitationId });
  });

  it("goes to the dev mailbox without SMTP outside production, and the link works", async () => {
    const { mentee, asMentee, asMentor } = await mentoringCast(handle.db);
    const address = `dev-${Date.now()}@example.com`;
    const created = await asMentee.mentoring.invite({ email: address });
    expect(created.emailed).toBe(true);
    const mail = devMailbox().find((message) => message.to === address);
    expect(mail?.subject).toBe(`${mentee.name} invited you to mentor them on Trajectory`);
    expect(mail?.text).toContain(created.url);
    await asMentor.mentoring.accept({ token: created.url.split("/invite/")[1] ?? "" });
    expect(await asMentee.mentoring.mentors()).toHaveLength(1);
  });

  it("caps emailed invitations per day, while plain links stay available", async () => {
    const { asMentee } = await mentoringCast(handle.db);
    for (let index = 0; index < 20; index += 1)
      await asMentee.mentoring.invite({ email: `mentor${index}@example.com`, scopes: [] });
    await expectCode(asMentee.mentoring.invite({ email: "one-more@example.com" }), "TOO_MANY_REQUESTS");
    expect((await asMentee.mentoring.invite({})).emailed).toBe(false);
  });
});
