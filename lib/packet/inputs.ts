import { z } from "zod";
import { dateField } from "@/lib/validation";

/** A review period; either end may be left out (the service fills in the last six months up to today). */
export const packetInput = z
  .object({ from: dateField.optional(), to: dateField.optional() })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "choose an end on or after the start" });
    }
  })
  .default({});
export type PacketInput = z.infer<typeof packetInput>;

/** The same period read from a query string, where an empty field means "not given". */
export function packetInputFromParams(params: URLSearchParams) {
  const read = (name: string) => params.get(name)?.trim() || undefined;
  return packetInput.safeParse({ from: read("from"), to: read("to") });
}
