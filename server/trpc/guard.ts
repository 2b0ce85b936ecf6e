/** Largest tRPC request body; big enough for a long note, small enough to refuse floods. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
export const MAX_BATCH_SIZE = 10;

function refusal(status: number, message: string): Response {
  return Response.json({ error: { message } }, { status });
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
  if (origin) {
    const allowed = new Set([new URL(req.url).origin, ...trustedOrigins]);
    if (!allowed.has(origin)) return refusal(403, "cross-origin requests are refused");
  }
  return null;
}
