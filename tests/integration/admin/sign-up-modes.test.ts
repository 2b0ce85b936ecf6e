import { count, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { instanceInvitations, users } from "@/db/schema";
import { confirmSignUp, requestSignUp, joinFromInvitation } from "@/server/account/sign-up";
import { inviteToInstance, revokeInstanceInvitation } from "@/server/admin/invitations";
import { signInRefusal } from "@/server/auth/sign-in-policy";
import type { MailMessage } from "@/server/mail/dev-mailbox";
import type { Mailer } from "@/server/mail/mailer";
import { SIGN_UP_REFUSED } from "@/lib/admin/sign-up-mode";
import { inviteToInstanceInput } from "@/lib/admin/inputs";
import { Invalid } from "@/lib/errors";
import { createTestDb } from "@/tests/helpers/db";
import { TEST_PASSWORD } from "@/tests/helpers/factories";

let handle: DbHandle;
beforeEach(async () => {
  handle = await createTestDb();
});
afterEach(async () => {
  await handle.close();
});

const form = (email: string) => ({ email, name: "Pat", password: TEST_PASSWORD });
const direct = (mode: "open" | "invite" | "closed") => ({
  address: "203.0.113.9",
  confirmByEmail: false,
  mode,
});

/** Keeps what was sent, so the test can open the link as the invited person would. */
function outbox(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, send: async (message) => (sent.push(message), true) };
}
const linkToken = (message: MailMessage | undefined) => /\/join\/(\S+)/.exec(message?.text ?? "")?.[1] ?? "";

async function firstAdmin() {
  const outcome = await requestSignUp(handle.db, form("owner@example.com"), direct("closed"));
  if (outcome.kind !== "signed-up") throw new Error("the first account was not made");
  return { userId: outcome.user.id, email: outcome.user.email, isAdmin: true };
}

const userCount = async () => Number((await handle.db.select({ n: count() }).from(users))[0]?.n);

describe("SIGNUP", () => {
  it("closed: the first account of an empty instance is still made, and is admin; the next is refused", async () => {
    await firstAdmin();
    const [owner] = await handle.db.select({ isAdmin: users.isAdmin }).from(users);
    expect(owner?.isAdmin).toBe(true);
    await expect(requestSignUp(handle.db, form("second@example.com"), direct("closed"))).rejects.toEqual(
      new Invalid("email", SIGN_UP_REFUSED.closed),
    );
    expect(await userCount()).toBe(1);
  });

  it("invite: the form refuses everyone, invited or not; the invited join by their emailed link", async () => {
    const admin = await firstAdmin();
    await expect(requestSignUp(handle.db, form("guest@example.com"), direct("invite"))).rejects.toEqual(
      new Invalid("email", SIGN_UP_REFUSED.invite),
    );
    // Typing an invited address is not enough: whoever does so has not shown they read its mail.
    const mail = outbox();
    await inviteToInstance(handle.db, admin, { email: "guest@example.com" }, { mailer: mail });
    await expect(requestSignUp(handle.db, form("guest@example.com"), direct("invite"))).rejects.toEqual(
      new Invalid("email", SIGN_UP_REFUSED.invite),
    );
    expect(await userCount()).toBe(1);
    const joined = await joinFromInvitation(
      handle.db,
      { token: linkToken(mail.sent[0]), password: TEST_PASSWORD },
      new Date(),
      "invite",
    );
    expect(joined?.email).toBe("guest@example.com");
    const [invitation] = await handle.db.select().from(instanceInvitations);
    expect(invitation?.acceptedAt).toBeInstanceOf(Date);
  });

  it("closed: an invitation link stops working, and a pending sign-up link too", async () => {
    const admin = await firstAdmin();
    const mail = outbox();
    await inviteToInstance(handle.db, admin, { email: "late@example.com" }, { mailer: mail });
    const join = { token: linkToken(mail.sent[0]), password: TEST_PASSWORD };
    await expect(joinFromInvitation(handle.db, join, new Date(), "closed")).rejects.toEqual(
      new Invalid("token", SIGN_UP_REFUSED.closed),
    );
    const sent: MailMessage[] = [];
    const linkMailer: Mailer = { send: async (message) => (sent.push(message), true) };
    await requestSignUp(handle.db, form("link@example.com"), {
      address: "203.0.113.9",
      confirmByEmail: true,
      mailer: linkMailer,
      mode: "open",
    });
    const token = /token=([^&\s]+)/.exec(sent[0]?.text ?? "")?.[1] ?? "";
    expect(await confirmSignUp(handle.db, token, new Date(), "closed")).toBeNull();
    expect(await userCount()).toBe(1);
  });

  it("open: anyone; two first sign-ups at the same moment make one admin", async () => {
    await Promise.all(
      ["a@example.com", "b@example.com", "c@example.com"].map((email) =>
        requestSignUp(handle.db, form(email), direct("open")),
      ),
    );
    const admins = await handle.db.select().from(users).where(eq(users.isAdmin, true));
    expect(admins).toHaveLength(1);
  });
});

describe("joining from an admin's invitation", () => {
  it("makes the account from the emailed link once, with the address verified", async () => {
    const admin = await firstAdmin();
    const mail = outbox();
    const sent = await inviteToInstance(
      handle.db,
      admin,
      inviteToInstanceInput.parse({ email: " Newcomer@Example.com" }),
      { mailer: mail },
    );
    expect(sent).toMatchObject({ email: "newcomer@example.com", sent: true });
    expect(mail.sent[0]).toMatchObject({
      to: "newcomer@example.com",
      subject: "You are invited to Trajectory",
    });
    const token = linkToken(mail.sent[0]);
    const joined = await joinFromInvitation(handle.db, { token, name: "Nia", password: TEST_PASSWORD });
    expect(joined?.email).toBe("newcomer@example.com");
    const [row] = await handle.db.select().from(users).where(eq(users.email, "newcomer@example.com"));
    expect(row).toMatchObject({ isAdmin: false, name: "Nia" });
    expect(row?.emailVerified).toBeInstanceOf(Date);
    expect(await joinFromInvitation(handle.db, { token, password: TEST_PASSWORD })).toBeNull();
  });

  it("refuses a revoked, replaced, expired or made-up link, and an address that has an account", async () => {
    const admin = await firstAdmin();
    const mail = outbox();
    const first = await inviteToInstance(handle.db, admin, { email: "x@example.com" }, { mailer: mail });
    await inviteToInstance(handle.db, admin, { email: "x@example.com" }, { mailer: mail });
    const [replaced, current] = mail.sent.map(linkToken);
    expect(
      await joinFromInvitation(handle.db, { token: replaced ?? "", password: TEST_PASSWORD }),
    ).toBeNull();
    const later = new Date(Date.now() + 8 * 24 * 60 * 60_000);
    expect(
      await joinFromInvitation(handle.db, { token: current ?? "", password: TEST_PASSWORD }, later),
    ).toBeNull();
    expect(
      await joinFromInvitation(handle.db, { token: "join_made-up", password: TEST_PASSWORD }),
    ).toBeNull();
    await expect(revokeInstanceInvitation(handle.db, admin, { id: first.id })).rejects.toThrow("not found");
    await expect(
      inviteToInstance(handle.db, admin, { email: "owner@example.com" }, { mailer: mail }),
    ).rejects.toEqual(expect.objectContaining({ field: "email" }));
  });
});

describe("signing in through a provider", () => {
  const github = (email: string) => ({
    user: { email },
    account: { type: "oauth" as const, provider: "github", providerAccountId: `gh-${email}` },
  });
  const oidc = (email: string, verified: boolean | undefined) => ({
    user: { email },
    account: { type: "oidc" as const, provider: "oidc", providerAccountId: `sub-${email}` },
    profile: { email_verified: verified },
  });

  it("may make a new account only as the sign-up mode allows", async () => {
    expect(await signInRefusal(handle.db, github("first@example.com"), "closed")).toBeNull();
    const admin = await firstAdmin();
    expect(await signInRefusal(handle.db, github("new@example.com"), "open")).toBeNull();
    expect(await signInRefusal(handle.db, github("new@example.com"), "invite")).toBe("SignUpInvite");
    expect(await signInRefusal(handle.db, github("new@example.com"), "closed")).toBe("SignUpClosed");
    await inviteToInstance(handle.db, admin, { email: "new@example.com" }, { mailer: outbox() });
    expect(await signInRefusal(handle.db, github("NEW@example.com"), "invite")).toBeNull();
    // GitHub links by account, never by email: an address match is not a sign-in.
    expect(await signInRefusal(handle.db, github("owner@example.com"), "closed")).toBe(
      "OAuthAccountNotLinked",
    );
  });

  it("refuses an OpenID Connect email its provider did not verify, even for an existing account", async () => {
    await firstAdmin();
    await handle.db.update(users).set({ emailVerified: new Date() });
    expect(await signInRefusal(handle.db, oidc("owner@example.com", false), "open")).toBe("EmailUnverified");
    expect(await signInRefusal(handle.db, oidc("owner@example.com", undefined), "open")).toBe(
      "EmailUnverified",
    );
    expect(await signInRefusal(handle.db, oidc("owner@example.com", true), "open")).toBeNull();
  });

  it("links single sign-on by email only to an account whose own email was proven", async () => {
    // Made without mail: anyone could have typed that address, so the provider's owner must not land in it.
    await firstAdmin();
    expect(await signInRefusal(handle.db, oidc("owner@example.com", true), "open")).toBe(
      "OAuthAccountNotLinked",
    );
  });
});
