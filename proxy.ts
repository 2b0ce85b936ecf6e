import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { authSecret } from "@/server/auth/secret";
import { env } from "@/server/env";
import { contentSecurityPolicy, isProtectedPath, requestIdFrom } from "@/server/http/policy";
import { configuredOrigins, isCrossSite } from "@/server/http/request-guard";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A cross-site post to a page (a server action or a plain form) is refused here with a clear 403; Next's own
 * check would abort it as a 500. Route handlers under /api check for themselves (Auth.js has its CSRF token).
 */
function refuseCrossSitePost(req: NextRequest): NextResponse | null {
  if (SAFE_METHODS.has(req.method) || req.nextUrl.pathname.startsWith("/api/")) return null;
  if (!isCrossSite(req, configuredOrigins())) return null;
  return new NextResponse("cross-site requests are refused: send this form from Trajectory itself\n", {
    status: 403,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** Auth.js names its cookie __Secure-… when the public URL is https, so read the token the same way. */
function usesSecureCookies(req: NextRequest): boolean {
  const authUrl = env().AUTH_URL;
  if (authUrl) return authUrl.startsWith("https:");
  return (req.headers.get("x-forwarded-proto") ?? req.nextUrl.protocol.replace(":", "")) === "https";
}

// Database-free: the proxy only checks that a valid token exists; pages and tRPC check its session version.
export async function proxy(req: NextRequest): Promise<NextResponse> {
  const { pathname, search } = req.nextUrl;
  const crossSite = refuseCrossSitePost(req);
  if (crossSite) return crossSite;
  if (isProtectedPath(pathname)) {
    const token = await getToken({ req, secret: authSecret(), secureCookie: usesSecureCookies(req) });
    if (!token?.sub) {
      const signIn = new URL("/sign-in", req.nextUrl.origin);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(signIn);
    }
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, env().NODE_ENV === "development", env().AUTH_OIDC_ISSUER);
  const requestId = requestIdFrom(req.headers.get("x-request-id"));
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("x-request-id", requestId);
  headers.set("x-pathname", `${pathname}${search}`);
  headers.set("content-security-policy", csp);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
