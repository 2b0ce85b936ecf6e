/** Largest tRPC request body; big enough for a long note, small enough to refuse floods. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
export const MAX_BATCH_SIZE = 10;

function refusal(status: number, message: string): Response {
  return Response.json({ error: { message } }, { status });
}

/** The origins this request was addressed to: its URL, and the Host it was sent with. */
function ownOrigins(req: Request, trustedOrigins: readonly string[]): Set<string> {
  const url = new URL(req.url);
  const origins = new Set([url.origin, ...trustedOrigins]);
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const protocol = req.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  if (host) origins.add(`${protocol}://${host}`);
  return origins;
}

/**
 * Refuses what tRPC would otherwise accept: cross-site writes (CSRF), form and multipart bodies
 * (which browsers send cross-site without a preflight), and oversized bodies.
 */
export function refuseUnsafeRequest(req: Request, trustedOrigins: readonly string[] = []): Response | null {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return null;

  const contentType = (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (contentType !== "application/json") {
    return refusal(415, "requests must be sent as application/json");
  }
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) return refusal(413, `request body is larger than ${MAX_BODY_BYTES} bytes`);

  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return refusal(403, "cross-site requests are refused");
  const origin = req.headers.get("origin");
  if (origin && !ownOrigins(req, trustedOrigins).has(origin)) {
    return refusal(403, "cross-origin requests are refused");
  }
  return null;
}
