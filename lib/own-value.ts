/** The value under an own key only: a query string saying "constructor" must not reach Object.prototype. */
export const ownValue = <T>(record: Record<string, T>, key: string | undefined): T | undefined =>
  key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
