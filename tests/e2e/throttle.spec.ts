import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, signOut, uniqueEmail } from "./helpers";

test("ten failed sign-ins for an account make the next ones wait, even with the right password", async ({
  page,
}) => {
  const email = uniqueEmail("throttled");
  await signUp(page, email);
  await signOut(page);

  // Straight at the Auth.js endpoint, so the limit cannot be dodged by skipping the form.
  const api = page.context().request;
  for (let attempt = 0; attempt < 10; attempt++) {
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await api.post("/api/auth/callback/credentials", {
      form: { email, password: `wrong ${attempt}`, csrfToken },
      maxRedirects: 0,
    });
    expect(response.headers().location).toContain("error=CredentialsSignin");
  }

  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "too many failed attempts; wait 15 minutes and try again",
  );
  await expect(page).toHaveURL(/\/sign-in/);
  // Posted straight to Auth.js, the same refusal is a 429 that says how long to wait.
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const refused = await api.post("/api/auth/callback/credentials", {
    form: { email, password: PASSWORD, csrfToken },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(800);

  // Another account from the same browser is unaffected.
  const other = uniqueEmail("unaffected");
  await signUp(page, other);
});
