import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/server/env";
import { signUpModeOf } from "@/lib/admin/sign-up-mode";

const SECRET = "s".repeat(32);
const OIDC = { AUTH_URL: "https://trajectory.example.com", AUTH_OIDC_ID: "id", AUTH_OIDC_SECRET: "s" };

function envErrorOf(source: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error("expected parseEnv to throw");
}

describe("parseEnv", () => {
  it("fills in defaults", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(".data");
    expect(env.pgliteDir).toBe(".data/pglite");
    expect(env.NODE_ENV).toBe("development");
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("coerces PORT and derives pgliteDir from DATA_DIR", () => {
    const env = parseEnv({ PORT: "8080", DATA_DIR: "/var/lib/trajectory" });
    expect(env.PORT).toBe(8080);
    expect(env.pgliteDir).toBe("/var/lib/trajectory/pglite");
  });

  it("refuses a non-numeric PORT, naming it", () => {
    const error = envErrorOf({ PORT: "abc" });
    expect(error.name).toBe("EnvError");
    expect(error.message).toMatch(/\bPORT:/);
  });

  it("refuses a non-postgres DATABASE_URL, naming it", () => {
    const error = envErrorOf({ DATABASE_URL: "mysql://x" });
    expect(error.message).toMatch(/\bDATABASE_URL:/);
  });

  it("accepts postgres:// and postgresql:// URLs", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db" }).DATABASE_URL).toBe("postgres://u@h/db");
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h/db" }).DATABASE_URL).toBe("postgresql://u@h/db");
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBeUndefined();
  });

  it("requires AUTH_SECRET with DATABASE_URL in production", () => {
    const error = envErrorOf({ NODE_ENV: "production", DATABASE_URL: "postgres://u@h/db" });
    expect(error.message).toMatch(/\bAUTH_SECRET:/);
    expect(error.message).not.toMatch(/\bDATABASE_URL:/);
  });

  it("accepts production with DATABASE_URL and a long enough AUTH_SECRET", () => {
    const env = parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://u@h/db", AUTH_SECRET: SECRET });
    expect(env.AUTH_SECRET).toBe(SECRET);
  });

  it("does not require AUTH_SECRET in production without DATABASE_URL", () => {
    const env = parseEnv({ NODE_ENV: "production" });
    expect(env.NODE_ENV).toBe("production");
    expect(env.AUTH_SECRET).toBeUndefined();
  });

  it("refuses an AUTH_SECRET shorter than 32 characters", () => {
    const error = envErrorOf({ AUTH_SECRET: "s".repeat(31) });
    expect(error.message).toMatch(/\bAUTH_SECRET: must be at least 32 characters/);
  });

  it("refuses DEMO_ACCOUNT=maybe, naming it", () => {
    const error = envErrorOf({ DEMO_ACCOUNT: "maybe" });
    expect(error.message).toMatch(/\bDEMO_ACCOUNT:/);
  });

  it("reads DEMO_ACCOUNT as a flag", () => {
    expect(parseEnv({ DEMO_ACCOUNT: "false" }).DEMO_ACCOUNT).toBe(false);
    expect(parseEnv({ DEMO_ACCOUNT: "0" }).DEMO_ACCOUNT).toBe(false);
    expect(parseEnv({ DEMO_ACCOUNT: "true" }).DEMO_ACCOUNT).toBe(true);
    expect(parseEnv({ DEMO_ACCOUNT: "1" }).DEMO_ACCOUNT).toBe(true);
    expect(parseEnv({}).DEMO_ACCOUNT).toBeUndefined();
    expect(parseEnv({ DEMO_ACCOUNT: "" }).DEMO_ACCOUNT).toBeUndefined();
  });

  it("names every bad variable in one error", () => {
    const error = envErrorOf({ PORT: "abc", DEMO_ACCOUNT: "maybe" });
    expect(error.message).toMatch(/\bPORT:/);
    expect(error.message).toMatch(/\bDEMO_ACCOUNT:/);
  });

  it("reads a generic OIDC provider, its button label defaulting to Single sign-on", () => {
    const env = parseEnv({ ...OIDC, AUTH_OIDC_ISSUER: "https://sso.example.com/realms/main" });
    expect(env.AUTH_OIDC_ISSUER).toBe("https://sso.example.com/realms/main");
    expect(env.AUTH_OIDC_ID).toBe("id");
    expect(env.AUTH_OIDC_NAME).toBe("Single sign-on");
    expect(parseEnv({ AUTH_OIDC_NAME: "  Acme Keycloak " }).AUTH_OIDC_NAME).toBe("Acme Keycloak");
    expect(parseEnv({ AUTH_OIDC_NAME: "" }).AUTH_OIDC_NAME).toBe("Single sign-on");
  });

  it("refuses an AUTH_OIDC_ISSUER that is not a URL, naming it", () => {
    const error = envErrorOf({ ...OIDC, AUTH_OIDC_ISSUER: "sso.example.com" });
    expect(error.message).toMatch(/\bAUTH_OIDC_ISSUER: must be a URL/);
  });

  it("refuses a plain-http AUTH_OIDC_ISSUER unless it is on this machine", () => {
    const error = envErrorOf({ ...OIDC, AUTH_OIDC_ISSUER: "http://sso.example.com" });
    expect(error.message).toMatch(/\bAUTH_OIDC_ISSUER: must be an https:\/\/ URL/);
    expect(() => parseEnv({ ...OIDC, AUTH_OIDC_ISSUER: "http://127.0.0.2:4000" })).toThrow(EnvError);
    for (const issuer of ["http://127.0.0.1:4000", "http://localhost:4000/oidc", "http://[::1]:4000"]) {
      expect(parseEnv({ ...OIDC, AUTH_OIDC_ISSUER: issuer }).AUTH_OIDC_ISSUER).toBe(issuer);
    }
  });

  it("requires AUTH_OIDC_ID and AUTH_OIDC_SECRET with AUTH_OIDC_ISSUER, naming each missing one", () => {
    const error = envErrorOf({ AUTH_URL: OIDC.AUTH_URL, AUTH_OIDC_ISSUER: "https://sso.example.com" });
    expect(error.message).toMatch(/\bAUTH_OIDC_ID: is required when AUTH_OIDC_ISSUER is set/);
    expect(error.message).toMatch(/\bAUTH_OIDC_SECRET: is required when AUTH_OIDC_ISSUER is set/);
    expect(error.message).not.toMatch(/\bAUTH_OIDC_ISSUER:/);
  });

  it("requires AUTH_OIDC_ISSUER when only the client id and secret are set", () => {
    const error = envErrorOf({ AUTH_OIDC_ID: "id", AUTH_OIDC_SECRET: "s" });
    expect(error.message).toMatch(
      /\bAUTH_OIDC_ISSUER: is required when AUTH_OIDC_ID and AUTH_OIDC_SECRET are set/,
    );
    expect(error.message).not.toMatch(/\bAUTH_OIDC_(ID|SECRET):/);
  });

  it("requires AUTH_URL with AUTH_OIDC_ISSUER: the callback URL registered at the provider", () => {
    const error = envErrorOf({ ...OIDC, AUTH_URL: undefined, AUTH_OIDC_ISSUER: "https://sso.example.com" });
    expect(error.message).toMatch(/\bAUTH_URL: is required when AUTH_OIDC_ISSUER is set/);
  });
});

describe("SIGNUP", () => {
  const pg = "postgres://u@db.example.com/trajectory";
  it("defaults to open on the embedded database and to invite on PostgreSQL", () => {
    expect(signUpModeOf(parseEnv({}))).toBe("open");
    expect(signUpModeOf(parseEnv({ DATABASE_URL: pg }))).toBe("invite");
  });

  it("is what it says when set, on either database", () => {
    expect(signUpModeOf(parseEnv({ SIGNUP: "closed" }))).toBe("closed");
    expect(signUpModeOf(parseEnv({ SIGNUP: "open", DATABASE_URL: pg }))).toBe("open");
    expect(signUpModeOf(parseEnv({ SIGNUP: " ", DATABASE_URL: pg }))).toBe("invite");
  });

  it("names the variable and the choices for anything else", () => {
    expect(envErrorOf({ SIGNUP: "invite-only" }).message).toContain("SIGNUP: must be open, invite or closed");
  });
});
