import { appUrlOf, env } from "@/server/env";
import { openApiDocument } from "@/server/rest/openapi";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json(openApiDocument(appUrlOf(env())), {
    headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
}
