import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { passkeyChallenges, passkeys } from "@/db/schema";
import { relyingPartyOf } from "@/server/passkeys/relying-party";
import {
  startPasskeySignIn,
  verifyPasskeySignIn,
  verifyPostedPasskeyAnswer,
} from "@/server/passkeys/sign-in";
import { passkeySignInInput } from "@/lib/passkeys/inputs";
import { CHALLENGE_LIFETIME_MS, MAX_PASSKEYS, PASSKEY_NEEDS_DOMAIN } from "@/lib/passkeys/rules";
import { createTestDb } from "@/tests/helpers/db";
import {
  callerFor,
  claimsFor,
  createPasskey,
  createUser,
  enrolMfa,
  PASSKEY_ORIGIN,
  totpCode,
  passkeyCaller,
} from "@/tests/helpers/factories";
import { expectCode, fieldsOf } from "@/tests/helpers/integration-extra";
import { SoftwareAuthenticator } from "@/tests/helpers/software-authenticator";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const rp = () => relyingPartyOf(PASSKEY_ORIGIN, { AUTH_URL: undefined, PORT: 3000 });

/** A sign-in as the sign-in page makes it: options from the server, the authenticator's answer, its check. */
async function signInWith(
  authenticator: SoftwareAuthenticator,
  ceremony: Parameters<SoftwareAuthenticator["authenticate"]>[1] = {},
) {
  const { challengeId, options } = await startPasskeySignIn(handle.db, rp());
  const answer = passkeySignInInput.parse({
    challengeId,
    response: authenticator.authenticate(options, ceremony),
  });
  return { answer, outcome: await verifyPasskeySignIn(handle.db, answer, rp()) };
}

describe("registering passkeys", () => {
  it("registers two, lists them newest first without their keys, and excludes both from the next one", async () => {
    const user = await createUser(handle.db);
    const api = passkeyCaller(handle.db, user);
    const laptop = await createPasskey(handle.db, user, { name: "  Work laptop  " });
    const phone = await createPasskey(handle.db, user, { name: "Phone" });

    const listed = await api.passkeys.list();
    expect(listed.map((passkey) => passkey.name)).toEqual(["Phone", "Work laptop"]);
    expect(Object.keys(listed[0] ?? {}).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "synced"]);
    expect(listed.every((passkey) => passkey.lastUsedAt === null)).toBe(true);

    const { options } = await api.passkeys.startRegistration({});
    expect(options.rp).toEqual({ id: "localhost", name: "Trajectory" });
    expect(options.user.name).toBe(user.email);
    expect(options.authenticatorSelection).toMatchObject({
      residentKey: "required",
      userVerification: "required",
    });
    expect(options.excludeCredentials?.map((credential) => credential.id).sort()).toEqual(
      [laptop.id, phone.id].sort(),
    );
    // The device that holds one already refuses, as a browser does with excludeCredentials.
    expect(() => laptop.authenticator.register(options)).toThrow(/excluded/);
  });

  it("stores the credential's public key, counter and transports, and a pending challenge for the user", async () => {
    const user = await createUser(handle.db);
    const { challengeId } = await passkeyCaller(handle.db, user).passkeys.startRegistration({});
    const [challenge] = await handle.db
      .select()
      .from(passkeyChallenges)
      .where(eq(passkeyChallenges.id, challengeId));
    expect(challenge?.userId).toBe(user.id);
    const lifetime = (challenge?.expiresAt.getTime() ?? 0) - Date.now();
    expect(lifetime).toBeGreaterThan(CHALLENGE_LIFETIME_MS - 10_000);
    expect(lifetime).toBeLessThanOrEqual(CHALLENGE_LIFETIME_MS);

    const created = await createPasskey(handle.db, user);
    const [row] = await handle.db.select().from(passkeys).where(eq(passkeys.id, created.id));
    expect(row).toMatchObject({
      userId: user.id,
      counter: 0,
      transports: ["internal"],
      deviceType: "singleDevice",
    });
    expect(row?.publicKey).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it("uses a registration challenge once, and only for the user it was made for", async () => {
    const [alice, bob] = [await createUser(handle.db), await createUser(handle.db)];
    const authenticator = new SoftwareAuthenticator(PASSKEY_ORIGIN);
    const { challengeId, options } = await passkeyCaller(handle.db, bob).passkeys.startRegistration({});
    const response = authenticator.register(options);
    const stolen = passkeyCaller(handle.db, alice).passkeys.finishRegistration({
      challengeId,
      name: "Mine",
      response,
    });
    expect(fieldsOf(await expectCode(stolen, "BAD_REQUEST"))).toEqual(["response"]);

    const bobs = passkeyCaller(handle.db, bob);
    await bobs.passkeys.finishRegistration({ challengeId, name: "Key", response });
    const again = await expectCode(
      bobs.passkeys.finishRegistration({ challengeId, name: "Key again", response }),
      "BAD_REQUEST",
    );
    expect(again.message).toMatch(/expired or was already used/);
    expect(await passkeyCaller(handle.db, alice).passkeys.list()).toEqual([]);
    expect(await bobs.passkeys.list()).toHaveLength(1);
  });

  it("refuses an answer signed on another origin, and a page served from an IP address", async () => {
    const user = await createUser(handle.db);
    const api = passkeyCaller(handle.db, user);
    const { challengeId, options } = await api.passkeys.startRegistration({});
    const response = new SoftwareAuthenticator(PASSKEY_ORIGIN).register(options, {
      origin: "https://trajectory.example.net",
    });
    const refused = await expectCode(
      api.passkeys.finishRegistration({ challengeId, name: "Phished", response }),
      "BAD_REQUEST",
    );
    expect(refused.message).toMatch(/origin/);
    expect(await api.passkeys.list()).toEqual([]);

    const onIp = callerFor(handle.db, claimsFor(user), { origin: "http://127.0.0.1:3000" });
    await expectCode(onIp.passkeys.startRegistration({}), "BAD_REQUEST", PASSKEY_NEEDS_DOMAIN);
  });

  it("names a passkey with 1 to 60 characters after trimming", async () => {
    const user = await createUser(handle.db);
    const api = passkeyCaller(handle.db, user);
    const { challengeId, options } = await api.passkeys.startRegistration({});
    const response = new SoftwareAuthenticator(PASSKEY_ORIGIN).register(options);
    for (const name of ["   ", "x".repeat(61)]) {
      const error = await expectCode(
        api.passkeys.finishRegistration({ challengeId, name, response }),
        "BAD_REQUEST",
      );
      expect(fieldsOf(error)).toEqual(["name"]);
    }
    // The refused calls did not spend the challenge: the schema refused them before the service ran.
    const added = await api.passkeys.finishRegistration({ challengeId, name: "x".repeat(60), response });
    expect(added.name).toHaveLength(60);
  });

  it(`stops at ${MAX_PASSKEYS} passkeys`, async () => {
    const user = await createUser(handle.db);
    await handle.db.insert(passkeys).values(
      Array.from({ length: MAX_PASSKEYS }, (_, i) => ({
        id: `made-up-credential-${user.id}-${i}`,
        userId: user.id,
        name: `Key ${i}`,
        publicKey: "AA",
        deviceType: "singleDevice" as const,
        backedUp: false,
      })),
    );
    await expectCode(passkeyCaller(handle.db, user).passkeys.startRegistration({}), "CONFLICT");
  });
});

describe("who may add a passkey", () => {
  it("with two-step sign-in on, only with a current code: a stolen session alone cannot add a way in", async () => {
    const user = await createUser(handle.db);
    const { key } = await enrolMfa(handle.db, user);
    const api = passkeyCaller(handle.db, user);
    const refused = await expectCode(api.passkeys.startRegistration({}), "BAD_REQUEST");
    expect(fieldsOf(refused)).toContain("code");
    await expectCode(api.passkeys.startRegistration({ code: "000000" }), "BAD_REQUEST");
    const { options } = await api.passkeys.startRegistration({ code: totpCode(key) });
    expect(options.authenticatorSelection?.userVerification).toBe("required");
  });

  it("refuses an authenticator that did not verify its user, since such a key could never sign in", async () => {
    const user = await createUser(handle.db);
    const api = passkeyCaller(handle.db, user);
    const { challengeId, options } = await api.passkeys.startRegistration({});
    const response = new SoftwareAuthenticator(PASSKEY_ORIGIN).register(options, { userVerified: false });
    await expectCode(
      api.passkeys.finishRegistration({ challengeId, name: "No PIN", response }),
      "BAD_REQUEST",
    );
    expect(await api.passkeys.list()).toEqual([]);
  });
});

describe("renaming and removing", () => {
  it("renames and removes the owner's passkey; another user's is NOT_FOUND and stays as it was", async () => {
    const [owner, other] = [await createUser(handle.db), await createUser(handle.db)];
    const { id } = await createPasskey(handle.db, owner, { name: "Laptop" });
    const mine = passkeyCaller(handle.db, owner);
    const theirs = passkeyCaller(handle.db, other);

    await expectCode(theirs.passkeys.rename({ id, name: "Taken over" }), "NOT_FOUND", "passkey not found");
    await expectCode(theirs.passkeys.remove({ id }), "NOT_FOUND", "passkey not found");
    expect((await mine.passkeys.list()).map((passkey) => passkey.name)).toEqual(["Laptop"]);

    expect(await mine.passkeys.rename({ id, name: "  Old laptop " })).toMatchObject({
      id,
      name: "Old laptop",
    });
    expect(fieldsOf(await expectCode(mine.passkeys.rename({ id, name: "" }), "BAD_REQUEST"))).toEqual([
      "name",
    ]);
    await mine.passkeys.remove({ id });
    expect(await mine.passkeys.list()).toEqual([]);
    await expectCode(mine.passkeys.remove({ id }), "NOT_FOUND");
  });
});

describe("signing in with a passkey", () => {
  it("signs in as the passkey's owner, moving its counter and last use", async () => {
    const user = await createUser(handle.db);
    const { id, authenticator } = await createPasskey(handle.db, user);
    const { outcome } = await signInWith(authenticator);
    expect(outcome).toEqual({ user: { id: user.id, email: user.email, name: user.name } });
    const [row] = await handle.db.select().from(passkeys).where(eq(passkeys.id, id));
    expect(row?.counter).toBe(1);
    expect(row?.lastUsedAt).toBeInstanceOf(Date);
    expect((await passkeyCaller(handle.db, user).passkeys.list())[0]?.lastUsedAt).toEqual(row?.lastUsedAt);
  });

  it("hands out a challenge for anyone (no user) that expires in five minutes", async () => {
    const { challengeId, options } = await startPasskeySignIn(handle.db, rp());
    expect(options).toMatchObject({ rpId: "localhost", userVerification: "required" });
    expect(options.allowCredentials ?? []).toEqual([]);
    const [row] = await handle.db
      .select()
      .from(passkeyChallenges)
      .where(eq(passkeyChallenges.id, challengeId));
    expect(row?.userId).toBeNull();
    expect(row?.challenge).toBe(options.challenge);
  });

  it("refuses a replayed answer: the challenge is used once", async () => {
    const user = await createUser(handle.db);
    const { authenticator } = await createPasskey(handle.db, user);
    const { answer, outcome } = await signInWith(authenticator);
    expect(outcome).toHaveProperty("user");
    expect(await verifyPasskeySignIn(handle.db, answer, rp())).toEqual({ refusal: "expired" });
  });

  it("lets only one of several instances racing on the same answer sign in", async () => {
    const user = await createUser(handle.db);
    // A synced passkey's counter stays 0, so the challenge alone decides.
    const synced = new SoftwareAuthenticator(PASSKEY_ORIGIN, { synced: true });
    const { authenticator } = await createPasskey(handle.db, user, { authenticator: synced });
    expect((await passkeyCaller(handle.db, user).passkeys.list())[0]?.synced).toBe(true);
    const { challengeId, options } = await startPasskeySignIn(handle.db, rp());
    const answer = passkeySignInInput.parse({ challengeId, response: authenticator.authenticate(options) });
    const outcomes = await Promise.all([1, 2, 3].map(() => verifyPasskeySignIn(handle.db, answer, rp())));
    expect(outcomes.filter((outcome) => "user" in outcome)).toHaveLength(1);
  });

  it("refuses an answer signed on another origin, without user verification, or after five minutes", async () => {
    const user = await createUser(handle.db);
    const { authenticator } = await createPasskey(handle.db, user);
    const phished = await signInWith(authenticator, { origin: "https://trajectory.example.net" });
    expect(phished.outcome).toEqual({ refusal: "invalid" });
    const unverified = await signInWith(authenticator, { userVerified: false });
    expect(unverified.outcome).toEqual({ refusal: "invalid" });

    const { challengeId, options } = await startPasskeySignIn(handle.db, rp());
    const late = passkeySignInInput.parse({ challengeId, response: authenticator.authenticate(options) });
    const later = new Date(Date.now() + CHALLENGE_LIFETIME_MS + 1_000);
    expect(await verifyPasskeySignIn(handle.db, late, rp(), later)).toEqual({ refusal: "expired" });
  });

  it("refuses an unknown credential, and one removed from the account", async () => {
    // Made for this site, but its registration never came back to the server.
    const stranger = new SoftwareAuthenticator(PASSKEY_ORIGIN);
    const someone = await createUser(handle.db);
    stranger.register((await passkeyCaller(handle.db, someone).passkeys.startRegistration({})).options);
    expect((await signInWith(stranger)).outcome).toEqual({ refusal: "unknown" });

    const user = await createUser(handle.db);
    const { id, authenticator } = await createPasskey(handle.db, user);
    await passkeyCaller(handle.db, user).passkeys.remove({ id });
    expect((await signInWith(authenticator)).outcome).toEqual({ refusal: "unknown" });
  });

  it("refuses a counter that went backwards, as a cloned authenticator's would", async () => {
    const user = await createUser(handle.db);
    const { id, authenticator } = await createPasskey(handle.db, user);
    await handle.db.update(passkeys).set({ counter: 50 }).where(eq(passkeys.id, id));
    expect((await signInWith(authenticator)).outcome).toEqual({ refusal: "invalid" });
  });
});

describe("what the sign-in page posts to Auth.js", () => {
  it("signs in with the answer as JSON, with no two-step code asked", async () => {
    const user = await createUser(handle.db);
    const { authenticator } = await createPasskey(handle.db, user);
    const { challengeId, options } = await startPasskeySignIn(handle.db, rp());
    const response = JSON.stringify(authenticator.authenticate(options));
    expect(await verifyPostedPasskeyAnswer(handle.db, { challengeId, response }, PASSKEY_ORIGIN)).toEqual({
      user: { id: user.id, email: user.email, name: user.name },
    });
  });

  it("refuses what is not an answer, and a challenge id that is not one", async () => {
    const { challengeId } = await startPasskeySignIn(handle.db, rp());
    for (const posted of [{ challengeId, response: "{not json" }, { challengeId, response: "{}" }, {}]) {
      expect(await verifyPostedPasskeyAnswer(handle.db, posted, PASSKEY_ORIGIN)).toEqual({
        refusal: "invalid",
      });
    }
    const user = await createUser(handle.db);
    const { authenticator } = await createPasskey(handle.db, user);
    const { options } = await startPasskeySignIn(handle.db, rp());
    const response = JSON.stringify(authenticator.authenticate(options));
    const posted = { challengeId: "not-a-uuid", response };
    expect(await verifyPostedPasskeyAnswer(handle.db, posted, PASSKEY_ORIGIN)).toEqual({
      refusal: "invalid",
    });
  });
});
