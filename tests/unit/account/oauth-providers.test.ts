import http from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import NextAuth, { customFetch } from "next-auth";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { enabledOAuthProviders, httpsOrLoopbackFetch, oidcProvider } from "@/server/auth/providers";
import { parseEnv } from "@/server/env";

const oidcEnv = {
  AUTH_URL: "https://trajectory.example.com",
  AUTH_OIDC_ISSUER: "https://sso.example.com/realms/main",
  AUTH_OIDC_ID: "trajectory",
  AUTH_OIDC_SECRET: "shh",
};

describe("OAuth providers", () => {
  it("are all hidden when nothing is configured", () => {
    expect(enabledOAuthProviders(parseEnv({}))).toEqual([]);
  });

  it("need both the client id and the secret", () => {
    expect(enabledOAuthProviders(parseEnv({ AUTH_GITHUB_ID: "id" }))).toEqual([]);
    expect(enabledOAuthProviders(parseEnv({ AUTH_GOOGLE_SECRET: "secret" }))).toEqual([]);
  });

  it("are shown once configured", () => {
    const env = parseEnv({
      AUTH_GITHUB_ID: "id",
      AUTH_GITHUB_SECRET: "secret",
      AUTH_GOOGLE_ID: "id",
      AUTH_GOOGLE_SECRET: "secret",
      ...oidcEnv,
    });
    expect(enabledOAuthProviders(env).map((provider) => provider.id)).toEqual(["github", "google", "oidc"]);
  });

  it("show single sign-on under its configured name", () => {
    expect(enabledOAuthProviders(parseEnv(oidcEnv))).toEqual([{ id: "oidc", name: "Single sign-on" }]);
    expect(enabledOAuthProviders(parseEnv({ ...oidcEnv, AUTH_OIDC_NAME: "Acme" }))).toEqual([
      { id: "oidc", name: "Acme" },
    ]);
  });

  it("make single sign-on a generic OIDC provider with id oidc, every check on, and the guarded fetch", () => {
    const provider = oidcProvider(parseEnv(oidcEnv));
    expect(provider).toMatchObject({
      id: "oidc",
      type: "oidc",
      issuer: oidcEnv.AUTH_OIDC_ISSUER,
      clientId: "trajectory",
      clientSecret: "shh",
      checks: ["pkce", "state", "nonce"],
      allowDangerousEmailAccountLinking: true,
    });
    // toMatchObject skips symbol keys.
    expect(provider[customFetch]).toBe(httpsOrLoopbackFetch);
  });
});

describe("httpsOrLoopbackFetch", () => {
  it("refuses plain http to another machine before sending anything", async () => {
    await expect(httpsOrLoopbackFetch("http://sso.example.com/token", { method: "POST" })).rejects.toThrow(
      /refusing plain http to http:\/\/sso\.example\.com/,
    );
  });

  it("sends plain http to this machine", async () => {
    const server = http.createServer((_request, response) => response.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await httpsOrLoopbackFetch(
        `http://127.0.0.1:${port}/.well-known/openid-configuration`,
      );
      expect(await response.text()).toBe("ok");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("single sign-on through Auth.js", () => {
  it("sends the provider's discovery request through the guard, so plain http elsewhere is never sent", async () => {
    const errors: unknown[] = [];
    const { handlers } = NextAuth({
      // The variables refuse such an issuer; the endpoints a discovery document names are not checked there.
      providers: [{ ...oidcProvider(parseEnv(oidcEnv)), issuer: "http://sso.example.test" }],
      secret: "s".repeat(32),
      trustHost: true,
      logger: { error: (error) => errors.push(error), warn: () => {}, debug: () => {} },
    });
    const csrf = await handlers.GET(new NextRequest("http://localhost/api/auth/csrf"));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signIn = await handlers.POST(
      new NextRequest("http://localhost/api/auth/signin/oidc", {
        method: "POST",
        headers: {
          cookie: csrf.headers.get("set-cookie") ?? "",
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ csrfToken }),
      }),
    );
    expect(signIn.headers.get("location")).toContain("error=Configuration");
    expect(inspect(errors, { depth: 6 })).toContain("refusing plain http to http://sso.example.test");
  });
});
