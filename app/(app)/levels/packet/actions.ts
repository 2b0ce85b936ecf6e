"use server";

import { requireActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { reviewPacket } from "@/server/packet/packet";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { packetInput } from "@/lib/packet/inputs";

/** The signed-in user's packet for a period, or the period's field errors; the page calls it while rendering. */
export async function loadPacketAction(period: { from?: string; to?: string }) {
  const actor = await requireActor();
  const parsed = packetInput.safeParse(period);
  if (!parsed.success) return { ok: false as const, errors: fieldErrorsFromZod(parsed.error) };
  return { ok: true as const, packet: await reviewPacket(await getDb(), actor, parsed.data) };
}
