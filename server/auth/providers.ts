import "server-only";
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { env, type Env } from "../env";

export interface OAuthProviderInfo {
  id: "github" | "google";
  name: string;
}

/** Only the providers whose client id and secret are both configured. */
export function enabledOAuthProviders(e: Env = env()): OAuthProviderInfo[] {
  const enabled: OAuthProviderInfo[] = [];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) enabled.push({ id: "github", name: "GitHub" });
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) enabled.push({ id: "google", name: "Google" });
  return enabled;
}

export function oauthProviders(): Provider[] {
  const e = env();
  return enabledOAuthProviders().map(({ id }) =>
    id === "github"
      ? GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET })
      : Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }),
  );
}
