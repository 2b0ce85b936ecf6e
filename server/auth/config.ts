import "server-only";
import type { NextAuthConfig } from "next-auth";
import type { SignInMethod } from "@/lib/account/sessions";

declare module "next-auth" {
  interface Session {
    sessionId?: string;
  }
  interface User {
    /** How the first step of a two-step sign-in was taken, when it was not by password. */
    signInMethod?: SignInMethod;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The id of this browser's row in `sessions`; the row going signs the browser out. */
    sid?: string;
  }
}

/**
 * The database-free part of the auth setup, shared by the proxy and the full config.
 * Sessions are JWTs (Credentials requires it) that carry only a session id, checked against its row per request.
 */
export const authBaseConfig = {
  pages: { signIn: "/sign-in", error: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // Self-hosted behind whatever proxy; AUTH_URL pins the public URL when set.
  trustHost: true,
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionId = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
