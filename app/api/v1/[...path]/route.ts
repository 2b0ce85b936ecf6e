import { after } from "next/server";
import { getDb } from "@/server/db";
import { logger } from "@/server/logger";
import { handleRestRequest } from "@/server/rest/handler";

export const dynamic = "force-dynamic";

async function handle(req: Request): Promise<Response> {
  return handleRestRequest(req, { db: await getDb(), log: logger(), defer: after });
}

// Every method reaches the handler, so a wrong one gets a 405 naming the right one.
export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
