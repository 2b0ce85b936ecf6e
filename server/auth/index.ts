import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { headers } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import Credentials from "next-auth/providers/credentials";
import type { Db } from "@/db/client";
import { eq } from "drizzle-orm";
import { accounts, users } from "@/db/schema";
import { getDb } from "../db";
import { normalizeEmail, throttledCode } from "@/lib/account/rules";
import { logger } from "../logger";
import { verifyCredentials } from "@/server/account/account";
import { endSessionById, startSession } from "@/server/account/sessions";
import { confirmSignUp } from "@/server/account/sign-up";
import { checkSecondFactor, hasMfa, signInTicket, ticketOf } from "@/server/account/mfa";
import { methodOfProvider } from "@/lib/account/sessions";
import { authBaseConfig } from "./config";
import { oauthProviders } from "./providers";
import { passkeyProvider } from "./passkey-provider";
import { authSecret } from "./secret";
import { clientAddress } from "@/server/http/client-address";
import { clearSignInFailures, recordSignInFailure, refuseThrottledSignIn } from "./throttle";
import { TooManyRequests } from "@/lib/errors";
import { signInInput } from "@/lib/account/action-inputs";
import { settleNewAccount } from "@/server/admin/sign-up-policy";
import { signInRedirect } from "./sign-in-policy";

/** Thrown when an account or address failed too often; it applies whether or not the account exists. */
class SignInThrottled extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = throttledCode(retryAfterSeconds);
  }
}

/** The password was right and the account asks for a second step; the code carries the sealed ticket for it. */
class SecondStepRequired extends CredentialsSignin {
  constructor(ticket: string) {
    super();
    this.code = `mfa-required:${ticket}`;
  }
}

class SecondStepWrong extends CredentialsSignin {
  override code = "mfa-wrong";
}

/** The second step of a sign-in: the ticket from the first and a code; the user, or a refusal thrown. */
async function secondStep(db: Db, ticket: string, code: string, address: string) {
  const first = ticketOf(ticket);
  if (!first) return null;
  const { userId } = first;
  try {
    if (!(await checkSecondFactor(db, userId, code, { address }))) throw new SecondStepWrong();
  } catch (error) {
    if (error instanceof TooManyRequests) throw new SignInThrottled(error.retryAfterSeconds);
    throw error;
  }
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, userId));
  return user ? { ...user, signInMethod: first.method } : null;
}

/** OAuth emails go through the same normalization as typed ones, so accounts never split by case. */
function adapterFor(db: Db): Adapter {
  const adapter = DrizzleAdapter(db, { usersTable: users, accountsTable: accounts });
  const { createUser, getUserByEmail } = adapter;
  if (!createUser || !getUserByEmail) throw new Error("the Drizzle adapter lacks user methods");
  return {
    ...adapter,
    createUser: (user) => createUser({ ...user, email: normalizeEmail(user.email) }),
    getUserByEmail: (email) => getUserByEmail(normalizeEmail(email)),
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    ...authBaseConfig,
    secret: authSecret(),
    adapter: adapterFor(db),
    providers: [
      Credentials({
        credentials: {
          email: { label: "Email" },
          password: { label: "Password", type: "password" },
          ticket: {},
          code: { label: "Code" },
        },
        async authorize(raw, request) {
          const address = clientAddress(request.headers);
          if (typeof raw.ticket === "string" && raw.ticket) {
            return secondStep(db, raw.ticket, typeof raw.code === "string" ? raw.code : "", address);
          }
          const parsed = signInInput.safeParse(raw);
          if (!parsed.success) return null;
          const { email } = parsed.data;
          try {
            await refuseThrottledSignIn(db, email, address);
          } catch (error) {
            if (error instanceof TooManyRequests) throw new SignInThrottled(error.retryAfterSeconds);
            throw error;
          }
          const user = await verifyCredentials(db, parsed.data);
          if (!user) {
            await recordSignInFailure(db, email, address);
            return null;
          }
          await clearSignInFailures(db, email, address);
          if (await hasMfa(db, user.id)) throw new SecondStepRequired(signInTicket(user.id));
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      // The emailed link of a sign-up: opening it creates the account and signs this browser in.
      Credentials({
        id: "sign-up-link",
        credentials: { token: { label: "Token" } },
        async authorize(raw) {
          const token = typeof raw?.token === "string" ? raw.token : "";
          const user = token ? await confirmSignUp(db, token) : null;
          return user && { id: user.id, email: user.email, name: user.name };
        },
      }),
      passkeyProvider(db),
      ...oauthProviders(),
    ],
    callbacks: {
      ...authBaseConfig.callbacks,
      signIn: ({ user, account, profile }) => signInRedirect(db, { user, account, profile }),
      async jwt({ token, user, account }) {
        // On sign-in only: a session row, whose id is all the cookie carries from now on.
        if (user?.id) {
          const request = await headers();
          token.sub = user.id;
          token.sid = await startSession(db, {
            userId: user.id,
            method: user.signInMethod ?? methodOfProvider(account?.provider),
            userAgent: request.get("user-agent"),
            address: clientAddress(request),
          });
        }
        return token;
      },
    },
    events: {
      // An account made through GitHub, Google or single sign-on: its invitation is used, and it may be the first.
      async createUser({ user }) {
        const { id, email } = user;
        if (id && email)
          await db.transaction((tx) => settleNewAccount(tx, { id, email: normalizeEmail(email) }));
      },
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (sid) await endSessionById(db, sid);
      },
    },
    logger: {
      error: (error) => {
        // Auth.js error classes are minified; `type` keeps their names.
        const type = (error as { type?: string }).type ?? error.name;
        if (type === "CredentialsSignin") logger().info({ type }, "sign-in refused");
        else logger().warn({ type, message: error.message }, "auth error");
      },
      warn: (code) => logger().warn({ code }, "auth warning"),
      debug: () => {},
    },
  };
});
