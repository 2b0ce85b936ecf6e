import "server-only";
/** Pages that need a signed-in user; the proxy redirects, the page itself checks the session version. */
const protectedPrefixes = [
  "/dashboard",
  "/skills",
  "/projects",
  "/interviews",
  "/levels",
  "/mentoring",
  "/notifications",
  "/invite",
  "/settings",
  "/admin",
];

export function isProtectedPath(pathname: string): boolean {
  return protectedPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Keeps an upstream request id only when it is a short, safe token (no header injection). */
export function requestIdFrom(upstream: string | null): string {
  return upstream && /^[\w.:-]{1,128}$/.test(upstream) ? upstream : crypto.randomUUID();
}

/** `oidcIssuer`: the single sign-on provider's origin may receive the sign-in form's redirect, as GitHub's and Google's do. */
export function contentSecurityPolicy(nonce: string, dev: boolean, oidcIssuer?: string): string {
  const signInTargets = ["https://github.com", "https://accounts.google.com"];
  if (oidcIssuer) signInTargets.push(new URL(oidcIssuer).origin);
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${signInTargets.join(" ")}`,
    "frame-ancestors 'none'",
  ].join("; ");
}
