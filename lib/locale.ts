import { enUS } from "date-fns/locale/en-US";

/** The one locale setting: every date, number and amount on a page or in an export is formatted for it. */
export const DATE_LOCALE = enUS;
export const LOCALE = enUS.code;
