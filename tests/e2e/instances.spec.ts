import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";

// A second app server on the postgres project's database: what one instance decides, the other must honour.
test.describe.configure({ mode: "serial" });

let second: ChildProcess | undefined;
let secondUrl = "";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

test.beforeAll(async () => {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error("the postgres project runs with E2E_DATABASE_URL");
  const port = await freePort();
  secondUrl = `http://127.0.0.1:${port}`;
  second = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: process.env.E2E_PG_AUTH_SECRET,
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "trajectory-second-")),
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  await expect
    .poll(async () => (await fetch(`${secondUrl}/api/health`).catch(() => null))?.status, { timeout: 90_000 })
    .toBe(200);
});

test.afterAll(() => {
  second?.kill("SIGTERM");
});

async function failSignIn(api: APIRequestContext, base: string, email: string, password: string) {
  const { csrfToken } = (await (await api.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await api.post(`${base}/api/auth/callback/credentials`, {
    form: { email, password, csrfToken },
    maxRedirects: 0,
  });
  return response.headers().location ?? "";
}

test("a session signed out on one instance is refused by the other on its next request @postgres-only", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("two-instances"));
  // Cookies belong to the host, not the port: the same browser talks to both instances.
  const api = page.context().request;
  expect((await api.get(`${secondUrl}/api/trpc/account.profile`)).status()).toBe(200);
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await api.get(`${secondUrl}/api/trpc/account.profile`)).status()).toBe(401);
});

test("sign-in failures are counted once across both instances @postgres-only", async ({ page, baseURL }) => {
  const email = uniqueEmail("counted-once");
  await signUp(page, email);
  const api = page.context().request;
  for (let attempt = 0; attempt < 10; attempt++) {
    const base = attempt % 2 === 0 ? (baseURL ?? "") : secondUrl;
    expect(await failSignIn(api, base, email, `wrong ${attempt}`)).toContain("error=CredentialsSignin");
  }
  for (const base of [baseURL ?? "", secondUrl]) {
    expect(await failSignIn(api, base, email, PASSWORD)).toContain("code=throttled");
  }
});

test("REST calls with one token are counted once across both instances @postgres-only", async ({
  page,
  baseURL,
}) => {
  await signUp(page, uniqueEmail("rest-once"));
  const created = await page.request.post("/api/trpc/apiTokens.create", {
    data: { json: { name: "two instances", scope: "read" } },
  });
  const { token } = ((await created.json()) as { result: { data: { json: { token: string } } } }).result.data
    .json;
  const headers = { authorization: `Bearer ${token}` };
  const api = page.context().request;
  for (let n = 0; n < 300; n++) {
    const base = n % 2 === 0 ? (baseURL ?? "") : secondUrl;
    expect((await api.get(`${base}/api/v1/skills/catalogue`, { headers })).status()).toBe(200);
  }
  for (const base of [baseURL ?? "", secondUrl]) {
    const refused = await api.get(`${base}/api/v1/skills/catalogue`, { headers });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  }
});
