import "server-only";
import { customFetch, type Profile } from "next-auth";
import type { OIDCConfig, Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { env, type Env } from "../env";
import { isHttpsOrLoopback } from "../http/loopback";

export interface OAuthProviderInfo {
  id: "github" | "google" | "oidc";
  name: string;
}

/** Only the providers whose client id and secret (and, for OIDC, issuer) are all configured. */
export function enabledOAuthProviders(e: Env = env()): OAuthProviderInfo[] {
  const enabled: OAuthProviderInfo[] = [];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) enabled.push({ id: "github", name: "GitHub" });
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) enabled.push({ id: "google", name: "Google" });
  if (e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_ID && e.AUTH_OIDC_SECRET)
    enabled.push({ id: "oidc", name: e.AUTH_OIDC_NAME });
  return enabled;
}

/**
 * Auth.js lets oauth4webapi talk plain http to any host (allowInsecureRequests on every request), so the
 * discovery, token and userinfo requests pass through here: the client secret and tokens never go over http
 * except to this machine.
 */
export const httpsOrLoopbackFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : input);
  if (!isHttpsOrLoopback(url)) {
    return Promise.reject(
      new TypeError(`refusing plain http to ${url.origin}: the identity provider must use https`),
    );
  }
  return fetch(input, init);
};

export function oidcProvider(e: Env): OIDCConfig<Profile> {
  return {
    id: "oidc",
    name: e.AUTH_OIDC_NAME,
    type: "oidc",
    issuer: e.AUTH_OIDC_ISSUER,
    clientId: e.AUTH_OIDC_ID,
    clientSecret: e.AUTH_OIDC_SECRET,
    checks: ["pkce", "state", "nonce"],
    // Safe only with the signIn callback's refusal of an unverified email (server/auth/sign-in-policy.ts).
    allowDangerousEmailAccountLinking: true,
    [customFetch]: httpsOrLoopbackFetch,
  };
}

export function oauthProviders(): Provider[] {
  const e = env();
  return enabledOAuthProviders(e).map(({ id }) => {
    if (id === "github") return GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET });
    if (id === "google") return Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET });
    return oidcProvider(e);
  });
}
