import { z } from "zod";
import { currencyDigits, isKnownCurrency, MAJOR_AMOUNT_PATTERN, majorToMinor } from "@/lib/money";
import { EXPERIENCE_LEVELS } from "./bands";
import { dateField, idField, menteeIdField, optionalShortText, shortText } from "@/lib/validation";

const regionField = z
  .string({ error: "enter a 2-letter country code such as US" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "enter a 2-letter country code such as US");

/** Experience level code → ladder level id; codes left out take the default mapping. */
const levelMappingField = z
  .partialRecord(z.enum(EXPERIENCE_LEVELS, { error: "use EN, MI, SE or EX" }), idField)
  .default({});

/** What the import route takes from its query string; the body is the CSV itself. */
export const importSalariesInput = z.object({
  ladderId: idField,
  fileName: shortText("the file name", 255),
  source: optionalShortText(200),
  licence: optionalShortText(100),
  dryRun: z.boolean().default(false),
  levelMapping: levelMappingField,
});
export type ImportSalariesInput = z.output<typeof importSalariesInput>;

// Reads take an optional menteeId: a mentor reading a mentee's pay page under the compensation scope.
export const bandsInput = z.object({ ladderId: idField, menteeId: menteeIdField });
export type BandsInput = z.output<typeof bandsInput>;

export const marketPositionInput = z.object({
  ladderId: idField.nullish(),
  levelId: idField.nullish(),
  targetLevelId: idField.nullish(),
  region: regionField.nullish(),
  menteeId: menteeIdField,
});
export type MarketPositionInput = z.output<typeof marketPositionInput>;

const amountText = z
  .string()
  .trim()
  .refine((value) => value === "" || MAJOR_AMOUNT_PATTERN.test(value), {
    error: "enter an amount such as 95000 or 95000.50",
  });

export const compensationInput = z
  .object({
    base: amountText.refine((value) => value !== "", { error: "enter your base pay" }),
    bonus: amountText.default(""),
    equity: amountText.default(""),
    currency: z
      .string({ error: "use a 3-letter ISO 4217 code such as USD" })
      .trim()
      .toUpperCase()
      .refine(isKnownCurrency, { error: "use a 3-letter ISO 4217 code such as USD" }),
    region: regionField,
    effectiveOn: dateField,
  })
  .superRefine((value, ctx) => {
    if (!isKnownCurrency(value.currency)) return;
    const digits = currencyDigits(value.currency);
    for (const field of ["base", "bonus", "equity"] as const) {
      const text = value[field];
      if (text === "" || !MAJOR_AMOUNT_PATTERN.test(text)) continue;
      if (majorToMinor(text, digits) === null) {
        const message =
          digits === 0
            ? `${value.currency} has no minor unit; enter a whole amount`
            : `use at most ${digits} decimals for ${value.currency}`;
        ctx.addIssue({ code: "custom", path: [field], message });
      }
    }
  });
export type CompensationInput = z.output<typeof compensationInput>;
