import crypto from "node:crypto";
import type { Server } from "node:http";
import Provider, { type ClientMetadata, type KoaContextWithOIDC } from "oidc-provider";

/** A person at the identity provider, found by the login typed into its sign-in form. */
export interface OidcAccount {
  email: string;
  email_verified: boolean;
  name: string;
}

export interface OidcServer {
  issuer: string;
  close(): Promise<void>;
}

/** Every client is first-party here: consent is granted at once, so a sign-in is one login form. */
async function grantAtOnce(ctx: KoaContextWithOIDC) {
  const { Grant } = ctx.oidc.provider;
  const existing =
    ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(ctx.oidc.client?.clientId ?? "");
  if (existing) return Grant.find(existing);
  const grant = new Grant({ clientId: ctx.oidc.client?.clientId, accountId: ctx.oidc.session?.accountId });
  grant.addOIDCScope("openid email profile");
  await grant.save();
  return grant;
}

/** A real OpenID Connect provider (panva's oidc-provider) on 127.0.0.1, with its development login form. */
export async function start({
  port,
  clients,
  accounts,
}: {
  port: number;
  clients: ClientMetadata[];
  accounts: Record<string, OidcAccount>;
}): Promise<OidcServer> {
  const issuer = `http://127.0.0.1:${port}`;
  const signingKey = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const provider = new Provider(issuer, {
    clients,
    jwks: { keys: [{ ...signingKey.export({ format: "jwk" }), kid: "e2e", alg: "RS256", use: "sig" }] },
    cookies: { keys: [crypto.randomBytes(32).toString("hex")], long: { sameSite: "lax" } },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Keycloak, Authentik and Okta put the profile in the ID token, which is what Auth.js reads.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    loadExistingGrant: grantAtOnce,
    findAccount: (_ctx, sub) => {
      const account = accounts[sub];
      return account && { accountId: sub, claims: () => ({ sub, ...account }) };
    },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(port, "127.0.0.1", () => resolve(listening));
  });
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
