import { z } from "zod";
import { isValidTimeZone, NAME_MAX } from "./rules";

export const updateProfileInput = z.object({
  name: z.string().trim().max(NAME_MAX, `use at most ${NAME_MAX} characters`),
  timeZone: z
    .string()
    .trim()
    .min(1, "choose a time zone")
    .refine(isValidTimeZone, { error: "not a known time zone" }),
});
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;
