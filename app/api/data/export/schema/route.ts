import exportSchema from "@/docs/account-export.schema.json";

export const dynamic = "force-static";

/** The export's JSON Schema (docs/account-export.schema.json), public so other tools can validate a file. */
export function GET(): Response {
  return Response.json(exportSchema, {
    headers: { "content-type": "application/schema+json", "cache-control": "public, max-age=3600" },
  });
}
