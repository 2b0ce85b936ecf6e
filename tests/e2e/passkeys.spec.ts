import { test as base, expect, type CDPSession, type Page } from "@playwright/test";
import { signOut, signUp, uniqueEmail } from "./helpers";

// Browsers refuse passkeys on an IP address (the relying party id must be a domain), so this spec is on localhost.
const test = base.extend({
  baseURL: async ({ baseURL }, provide) => provide(baseURL?.replace("//127.0.0.1:", "//localhost:")),
});

/** Passkeys as a virtual authenticator holds them, private keys included. */
type Credentials = Awaited<ReturnType<typeof removeAuthenticator>>;

/** A platform authenticator with fingerprint or PIN, always touched and verified: Chrome's DevTools one. */
async function addAuthenticator(cdp: CDPSession, credentials: Credentials = []): Promise<string> {
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  for (const credential of credentials)
    await cdp.send("WebAuthn.addCredential", { authenticatorId, credential });
  return authenticatorId;
}

/** Takes the device away, keeping its passkeys to put on another one later. */
async function removeAuthenticator(cdp: CDPSession, authenticatorId: string) {
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  await cdp.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId });
  return credentials;
}

async function addPasskey(page: Page, name: string) {
  const form = page.getByRole("form", { name: "Add a passkey" });
  await form.getByLabel("Name of the new passkey").fill(name);
  await form.getByRole("button", { name: "Add a passkey" }).click();
}

test("passkeys: add two, rename one, remove one, then sign in with the other and no password @embedded-only", async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const laptop = await addAuthenticator(cdp);
  await signUp(page, uniqueEmail("passkeys"));
  await page.goto("/settings/security");
  const card = page.getByRole("region", { name: "Passkeys" });
  const list = card.getByRole("list", { name: "Your passkeys" }).getByRole("listitem");
  await expect(card.getByText("You have no passkeys yet.")).toBeVisible();
  // The name starts as this browser's, as the sessions list names it.
  await expect(card.getByLabel("Name of the new passkey")).toHaveValue(/Chrom/);

  await addPasskey(page, "Laptop");
  await expect(card.getByText("Passkey “Laptop” added.")).toBeVisible();
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText("never used");

  await card.getByRole("button", { name: "Rename Laptop" }).click();
  await card.getByLabel("New name for Laptop").fill("Work laptop");
  await card.getByRole("button", { name: "Save name" }).click();
  await expect(card.getByText("Renamed to “Work laptop”.")).toBeVisible();
  await expect(list.first()).toContainText("Work laptop");

  // The same device again: excluded, since it holds one of the account's passkeys already.
  await addPasskey(page, "Laptop again");
  await expect(card.getByText("this device already holds one of your passkeys")).toBeVisible();

  const laptopCredentials = await removeAuthenticator(cdp, laptop);
  const phone = await addAuthenticator(cdp);
  await addPasskey(page, "Phone");
  await expect(list).toHaveCount(2);

  await card.getByRole("button", { name: "Remove Work laptop" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove passkey" }).click();
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText("Phone");

  await signOut(page);
  const phoneCredentials = await removeAuthenticator(cdp, phone);
  const passkeySignIn = page.getByRole("button", { name: "Sign in with a passkey" });
  // The laptop still holds the removed passkey: refused, saying why.
  const oldLaptop = await addAuthenticator(cdp, laptopCredentials);
  await passkeySignIn.click();
  await expect(page.getByText("this passkey is not registered with Trajectory")).toBeVisible();
  await removeAuthenticator(cdp, oldLaptop);

  const phoneAgain = await addAuthenticator(cdp, phoneCredentials);
  // No fingerprint this time: the dialog fails as a cancelled one does.
  await cdp.send("WebAuthn.setUserVerified", { authenticatorId: phoneAgain, isUserVerified: false });
  await passkeySignIn.click();
  await expect(page.getByText("passkey sign-in was cancelled or timed out")).toBeVisible();
  await cdp.send("WebAuthn.setUserVerified", { authenticatorId: phoneAgain, isUserVerified: true });
  await passkeySignIn.click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/settings/security");
  await expect(list.first()).toContainText(/Phone.*last used/s);
  await expect(page.getByRole("list", { name: "Sessions" })).toContainText("Passkey");
});
