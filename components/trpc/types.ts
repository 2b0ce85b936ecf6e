import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

/** The one door from the browser to the server: the router's type, erased at build, never its code. */
export type { AppRouter };
/** What each procedure answers, e.g. `RouterOutputs["skills"]["current"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
