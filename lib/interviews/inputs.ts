import { z } from "zod";
import {
  APPLICATION_STATUSES,
  normalizeReason,
  normalizeStage,
  REASON_MAX,
  REASONS_MAX_COUNT,
  ROUND_OUTCOMES,
  STAGE_MAX,
} from "./rules";
import { currencyDigits, isKnownCurrency, MAJOR_AMOUNT_PATTERN, majorToMinor } from "@/lib/money";
import {
  dateField,
  dateTimeField,
  byIdInput,
  idField,
  menteeIdField,
  noteField,
  optionalShortText,
  pageInput,
  pastDateField,
  shortText,
} from "@/lib/validation";

const statusField = z.enum(APPLICATION_STATUSES, { error: "choose a status" });
const outcomeField = z.enum(ROUND_OUTCOMES, { error: "choose an outcome" });

/** An amount in major units as typed ("145000.50"); empty means none. */
const amountField = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? "" : String(value).trim()))
  .refine((value) => value === "" || MAJOR_AMOUNT_PATTERN.test(value), {
    error: "enter an amount like 145000.50: digits and at most one dot",
  })
  .transform((value) => (value === "" ? null : value));

const currencyField = z
  .string()
  .trim()
  .max(3, "use a 3-letter ISO 4217 code such as USD")
  .nullish()
  .transform((value) => (value ? value.toUpperCase() : null))
  .refine((value) => value === null || isKnownCurrency(value), {
    error: "use a 3-letter ISO 4217 code such as USD",
  });

const applicationFields = z.object({
  company: shortText("the company"),
  role: shortText("the role"),
  levelApplied: optionalShortText(100),
  channel: optionalShortText(100),
  appliedOn: pastDateField,
  status: statusField.default("applied"),
  offerBase: amountField,
  offerBonus: amountField,
  offerEquity: amountField,
  offerCurrency: currencyField,
  levelOffered: optionalShortText(100),
  notes: noteField,
});
type ApplicationFields = z.output<typeof applicationFields>;

const AMOUNTS = ["offerBase", "offerBonus", "offerEquity"] as const;

/** An amount needs a currency, and no more decimals than that currency has. */
function checkOffer(value: ApplicationFields, ctx: z.RefinementCtx): void {
  // Runs even when a field failed; amounts or a currency already reported are not reported twice.
  const given = AMOUNTS.filter((field) => MAJOR_AMOUNT_PATTERN.test(value[field] ?? ""));
  if (given.length === 0) return;
  if (!value.offerCurrency) {
    ctx.addIssue({ code: "custom", path: ["offerCurrency"], message: "choose the currency of the offer" });
    return;
  }
  if (!isKnownCurrency(value.offerCurrency)) return;
  const digits = currencyDigits(value.offerCurrency);
  for (const field of given) {
    if (majorToMinor(value[field] ?? "", digits) === null) {
      ctx.addIssue({
        code: "custom",
        path: [field],
        message:
          digits === 0
            ? `${value.offerCurrency} has no minor unit; enter a whole amount`
            : `use at most ${digits} decimals for ${value.offerCurrency}`,
      });
    }
  }
}

/** The row's values: amounts in integer minor units of the currency. */
function toApplicationValues({ offerBase, offerBonus, offerEquity, ...rest }: ApplicationFields) {
  const digits = rest.offerCurrency ? currencyDigits(rest.offerCurrency) : 2;
  const minor = (value: string | null) => (value === null ? null : majorToMinor(value, digits));
  // Every column gets a value, so an update replaces all of them (drizzle skips undefined ones).
  return {
    ...rest,
    levelApplied: rest.levelApplied ?? null,
    channel: rest.channel ?? null,
    levelOffered: rest.levelOffered ?? null,
    notes: rest.notes ?? null,
    offerBaseMinor: minor(offerBase),
    offerBonusMinor: minor(offerBonus),
    offerEquityMinor: minor(offerEquity),
  };
}

export const createApplicationInput = applicationFields
  .superRefine(checkOffer)
  .transform(toApplicationValues);
export type CreateApplicationInput = z.output<typeof createApplicationInput>;
export type ApplicationFormInput = z.input<typeof createApplicationInput>;

export const updateApplicationInput = applicationFields
  .extend({ id: idField })
  .superRefine(checkOffer)
  .transform(({ id, ...rest }) => ({ id, ...toApplicationValues(rest) }));
export type UpdateApplicationInput = z.output<typeof updateApplicationInput>;

export const listApplicationsInput = pageInput.extend({
  status: statusField.optional(),
  menteeId: menteeIdField,
});
export type ListApplicationsInput = z.output<typeof listApplicationsInput>;

/** One application, the reader's own or (with `menteeId`) their mentee's. */
export const viewByIdInput = byIdInput.extend({ menteeId: menteeIdField });
export type ViewByIdInput = z.output<typeof viewByIdInput>;

/** `afterId` is the card that ends up just above, `beforeId` the one just below; neither means the top. */
export const moveApplicationInput = z
  .object({ id: idField, status: statusField, afterId: idField.nullish(), beforeId: idField.nullish() })
  .superRefine((value, ctx) => {
    for (const field of ["afterId", "beforeId"] as const) {
      if (value[field] && value[field] === value.id) {
        ctx.addIssue({ code: "custom", path: [field], message: "a card cannot be its own neighbour" });
      }
    }
    if (value.afterId && value.afterId === value.beforeId) {
      ctx.addIssue({
        code: "custom",
        path: ["beforeId"],
        message: "the neighbours must be two different cards",
      });
    }
  });
export type MoveApplicationInput = z.output<typeof moveApplicationInput>;

const stageField = z
  .string({ error: "choose a stage" })
  .trim()
  .min(1, "choose a stage or name your own")
  .max(STAGE_MAX, `use at most ${STAGE_MAX} characters`)
  .transform(normalizeStage);

const reasonField = z
  .string({ error: "enter a reason" })
  .trim()
  .min(1, "enter a reason")
  .max(REASON_MAX, `use at most ${REASON_MAX} characters`)
  .transform(normalizeReason);

const unique = <T>(values: T[]): T[] => [...new Set(values)];

const roundFields = z.object({
  stage: stageField,
  scheduledAt: dateTimeField.nullish().transform((value) => value ?? null),
  outcome: outcomeField.default("pending"),
  selfRating: z
    .number({ error: "choose a rating from 1 to 5" })
    .int("choose a rating from 1 to 5")
    .min(1, "choose a rating from 1 to 5")
    .max(5, "choose a rating from 1 to 5")
    .nullish()
    .transform((value) => value ?? null),
  feedback: noteField.transform((value) => value ?? null),
  feedbackRequested: z.boolean().default(false),
  failureReasons: z
    .array(reasonField)
    .max(REASONS_MAX_COUNT, `choose at most ${REASONS_MAX_COUNT} reasons`)
    .default([])
    .transform(unique),
  competencyIds: z.array(idField).max(30, "choose at most 30 competencies").default([]).transform(unique),
  followUpOn: dateField.nullish().transform((value) => value ?? null),
});
type RoundFields = z.output<typeof roundFields>;

/** Reasons explain a failure; on any other outcome they would skew the ranking. */
function checkReasons(value: RoundFields, ctx: z.RefinementCtx): void {
  if (value.failureReasons.length > 0 && value.outcome !== "failed") {
    ctx.addIssue({
      code: "custom",
      path: ["failureReasons"],
      message: "only a failed round has failure reasons; set the outcome to Failed or clear them",
    });
  }
}

export const addRoundInput = roundFields.extend({ applicationId: idField }).superRefine(checkReasons);
export type AddRoundInput = z.output<typeof addRoundInput>;
export type RoundFormInput = z.input<typeof addRoundInput>;

export const updateRoundInput = roundFields.extend({ id: idField }).superRefine(checkReasons);
export type UpdateRoundInput = z.output<typeof updateRoundInput>;
