import { describe, expect, it } from "vitest";
import { enabledOAuthProviders } from "@/server/auth/providers";
import { parseEnv } from "@/server/env";

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
    });
    expect(enabledOAuthProviders(env).map((provider) => provider.id)).toEqual(["github", "google"]);
  });
});
