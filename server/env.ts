import "server-only";
import path from "node:path";
import { z } from "zod";
import { SIGN_UP_MODES } from "@/lib/admin/sign-up-mode";
import { isHttpsOrLoopback } from "./http/loopback";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const flag = z
  .enum(["true", "false", "1", "0", ""], { error: "must be true or false" })
  .optional()
  .transform((value) =>
    value === undefined || value === "" ? undefined : value === "true" || value === "1",
  );

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
        .optional(),
    ),
    DATA_DIR: z.string().trim().min(1).default(".data"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().trim().min(1).default("127.0.0.1"),
    AUTH_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
    AUTH_URL: optionalText.pipe(z.url("must be a URL").optional()),
    AUTH_GITHUB_ID: optionalText,
    AUTH_GITHUB_SECRET: optionalText,
    AUTH_GOOGLE_ID: optionalText,
    AUTH_GOOGLE_SECRET: optionalText,
    /** A generic OpenID Connect provider (Keycloak, Authentik, Okta, Entra): its issuer URL, client id and secret. */
    AUTH_OIDC_ISSUER: optionalText.pipe(
      z
        .url({ error: "must be a URL, such as https://sso.example.com/realms/main", abort: true })
        .refine((value) => isHttpsOrLoopback(new URL(value)), {
          error: "must be an https:// URL (http:// only for 127.0.0.1, localhost or ::1)",
        })
        .optional(),
    ),
    AUTH_OIDC_ID: optionalText,
    AUTH_OIDC_SECRET: optionalText,
    /** The sign-in button's label for that provider. */
    AUTH_OIDC_NAME: optionalText.pipe(z.string().default("Single sign-on")),
    /** Unset: rate limits count in the database; set, in this Redis (shared by every instance). */
    REDIS_URL: optionalText.pipe(
      z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
    ),
    /** Sign-ups allowed per client address and per instance in an hour (defaults in lib/limits.ts). */
    SIGNUPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1, "must be at least 1").optional(),
    SIGNUPS_PER_HOUR: z.coerce.number().int().min(1, "must be at least 1").optional(),
    /** Unset: open on the embedded database, by invitation on PostgreSQL (lib/admin/sign-up-mode.ts). */
    SIGNUP: optionalText.pipe(z.enum(SIGN_UP_MODES, { error: "must be open, invite or closed" }).optional()),
    /** Read by scripts/server.mjs at the socket; listed here so the configuration is in one place. */
    TRUSTED_PROXIES: optionalText,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Unset: a demo account on the embedded database only. */
    DEMO_ACCOUNT: flag,
    /** Unset: invitation emails go to the log and the dev mailbox instead of a mail server. */
    SMTP_URL: optionalText.pipe(
      z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
    ),
    MAIL_FROM: z
      .string()
      .trim()
      .min(3, "must be a sender such as Trajectory <no-reply@example.com>")
      .default("Trajectory <no-reply@trajectory.local>"),
    /** Keeps unsent mail in memory for the dev mailbox page; on by default outside production. */
    DEV_MAILBOX: flag,
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_URL && env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "is required when DATABASE_URL is set in production (generate one with `openssl rand -base64 32`)",
      });
    }
    // Single sign-on takes all three or none: a half-configured provider would only fail at sign-in.
    const oidc = ["AUTH_OIDC_ISSUER", "AUTH_OIDC_ID", "AUTH_OIDC_SECRET"] as const;
    const given = oidc.filter((name) => env[name] !== undefined);
    const missing = given.length > 0 ? oidc.filter((name) => env[name] === undefined) : [];
    for (const name of missing) {
      const verb = given.length > 1 ? "are" : "is";
      ctx.addIssue({
        code: "custom",
        path: [name],
        message: `is required when ${given.join(" and ")} ${verb} set`,
      });
    }
    // Auth.js's callback route sees Next's own host (localhost), so the URL registered at the provider must be pinned.
    if (env.AUTH_OIDC_ISSUER && !env.AUTH_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_URL"],
        message:
          "is required when AUTH_OIDC_ISSUER is set: the provider sends people back to AUTH_URL/api/auth/callback/oidc",
      });
    }
  });

export type Env = z.infer<typeof envSchema> & { pgliteDir: string };

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses a set of variables; every problem names its variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return { ...result.data, pgliteDir: path.join(result.data.DATA_DIR, "pglite") };
}

/** Where links in emails point: AUTH_URL's origin (plus any base path) when set, else this server on localhost. */
export function appUrlOf(settings: Pick<Env, "AUTH_URL" | "PORT">): string {
  if (!settings.AUTH_URL) return `http://localhost:${settings.PORT}`;
  const url = new URL(settings.AUTH_URL);
  const base = url.pathname.replace(/\/api\/auth\/?$/, "").replace(/\/+$/, "");
  return `${url.origin}${base}`;
}

let cached: Env | undefined;

/** The validated environment of this process, read once on first use (never at import). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
