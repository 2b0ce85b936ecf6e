import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

/** Why a link cannot be accepted, in a sentence with what to do next. */
export function refusalWords(code: TRPC_ERROR_CODE_KEY, message: string): string {
  if (code === "NOT_FOUND") {
    return "This invitation link is not valid. Check that you copied the whole link, or ask for a new one.";
  }
  if (code === "UNAUTHORIZED") return "Your session has ended. Sign in again and open the link once more.";
  const sentence = `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
  if (/yourself/.test(message))
    return `${sentence}: this is your own invitation. Send the link to your mentor.`;
  return sentence.endsWith(".") ? sentence : `${sentence}.`;
}
