import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `?mentee=<id>` on a page: a mentor reading that mentee; anything but one uuid is a missing page. */
export async function menteeIdFrom(searchParams: SearchParams): Promise<string | undefined> {
  const { mentee } = await searchParams;
  if (mentee === undefined) return undefined;
  const parsed = z.uuid().safeParse(mentee);
  if (!parsed.success) notFound();
  return parsed.data;
}
