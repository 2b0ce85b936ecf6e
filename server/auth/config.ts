import "server-only";
import type { NextAuthConfig } from "next-auth";

declare module "next-auth" {
  interface Session {
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The user's session version when this token was issued. */
    sv?: number;
  }
}

/**
 * The database-free part of the auth setup, shared by the proxy and the full config.
 * Sessions are JWTs (Credentials requires it); revocation compares `sv` with the database per request.
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
      session.sessionVersion = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;
