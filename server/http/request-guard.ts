import "server-only";
import { env } from "@/server/env";

/** Origins besides the request's own that may post: the configured public URL (AUTH_URL). */
export function configuredOrigins(): string[] {
  const authUrl = env().AUTH_URL;
  return authUrl ? [new URL(authUrl).origin] : [];
}

/** Largest tRPC request body; big enough for a long note, small enough to refuse floods. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
export const MAX_BATCH_SIZE = 10;

/** A JSON refusal in the shape every route answers with: `{ error: { message, fieldErrors? } }`. */
export function refusal(status: number, message: string, fieldErrors?: Record<string, string[]>): Response {
  return Response.json(
    { error: { message, fieldErrors } },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/** The media type of the body, lower-cased, without parameters. */
export function contentTypeOf(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/**
 * The one cross-site check, for writes and downloads alike: a browser sent this for another site (Sec-Fetch-Site
 * "cross-site", or "same-site" from a sibling subdomain), or, without that header, with an Origin that is not ours.
 * Our own pages ("same-origin") and a URL the person opened themselves ("none") pass.
 */
export function isCrossSite(req: Request, trustedOrigins: readonly string[] = []): boolean {
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") return true;
  if (fetchSite === "same-origin" || fetchSite === "none") return false;
  const origin = req.headers.get("origin");
  return origin !== null && !ownOrigins(req, trustedOrigins).has(origin);
}

/**
 * The origin the browser addressed: the Host it was sent with (forwarding headers reach the app only from
 * TRUSTED_PROXIES), or the request URL's when there is none.
 */
export function requestOriginOf(req: Request): string {
  const url = new URL(req.url);
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const protocol = req.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return host ? `${protocol}://${host}` : url.origin;
}

/** The origins this request was addressed to: its URL, and the Host it was sent with. */
function ownOrigins(req: Request, trustedOrigins: readonly string[]): Set<string> {
  return new Set([new URL(req.url).origin, requestOriginOf(req), ...trustedOrigins]);
}

/**
 * Refuses what tRPC would otherwise accept: cross-site writes (CSRF), form and multipart bodies
 * (which browsers send cross-site without a preflight), and oversized bodies.
 */
export function refuseUnsafeRequest(req: Request, trustedOrigins: readonly string[] = []): Response | null {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return null;

  if (contentTypeOf(req) !== "application/json") {
    return refusal(415, "requests must be sent as application/json");
  }
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) return refusal(413, `request body is larger than ${MAX_BODY_BYTES} bytes`);

  if (isCrossSite(req, trustedOrigins)) return refusal(403, "cross-site requests are refused");
  return null;
}
