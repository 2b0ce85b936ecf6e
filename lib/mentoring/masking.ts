/** What a mentor sees of an application when the mentee has not shared company names. */

/** 1 → "A", 26 → "Z", 27 → "AA": a bijective base-26 letter code. */
export function letterCode(ordinal: number): string {
  let rest = Math.max(1, Math.floor(ordinal));
  let code = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    code = String.fromCharCode(65 + digit) + code;
    rest = Math.floor((rest - 1) / 26);
  }
  return code;
}

/** "Company A" for the mentee's first application ever created, "Company B" for the second… */
export function companyPlaceholder(ordinal: number): string {
  return `Company ${letterCode(ordinal)}`;
}

/** A row read through a masking query: `company` is null when hidden, `companyOrdinal` its stable rank. */
export interface MaskedCompanyRow {
  company: string | null;
  companyOrdinal: number;
}

/** The row with a company always named (the real one, or its placeholder) and a flag saying which. */
export function revealCompany<T extends MaskedCompanyRow>(
  row: T,
): Omit<T, "company" | "companyOrdinal"> & { company: string; companyHidden: boolean } {
  const { company, companyOrdinal, ...rest } = row;
  return company === null
    ? { ...rest, company: companyPlaceholder(Number(companyOrdinal)), companyHidden: true }
    : { ...rest, company, companyHidden: false };
}
