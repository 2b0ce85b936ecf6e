/** TOTP as every authenticator app does it: 6 digits, a new code every 30 seconds. */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

/** What people type: spaces and dashes are for reading, not part of the code. */
export const normalizeCode = (raw: string): string => raw.replace(/[\s-]/g, "").toLowerCase();

export const isTotpCode = (code: string): boolean => new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code);

/** "abcde-fghij": ten letters and digits, shown in two groups of five. */
export const formatRecoveryCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`;

export const MFA_CODE_REQUIRED = "enter the 6-digit code from your authenticator app, or a recovery code";
export const MFA_CODE_WRONG = "that code is wrong or was already used";
