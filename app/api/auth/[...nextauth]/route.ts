import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { retryAfterOfCode, signInThrottledMessage } from "@/lib/account/rules";

export const { GET } = handlers;

/**
 * Auth.js answers a refused credentials sign-in with a redirect; a throttled one becomes a 429 with Retry-After,
 * as every other limit is, for scripts posting here directly (the sign-in form goes through a server action).
 */
export async function POST(request: NextRequest): Promise<Response> {
  const response = await handlers.POST(request);
  const location = response.headers.get("location");
  const code = location ? new URL(location, request.url).searchParams.get("code") : null;
  const retryAfter = code ? retryAfterOfCode(code) : null;
  if (retryAfter === null) return response;
  return new Response(`${signInThrottledMessage(retryAfter)}\n`, {
    status: 429,
    headers: {
      "retry-after": String(retryAfter),
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
    },
  });
}
