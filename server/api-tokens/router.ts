import "server-only";
import { createToken, listTokens, revokeToken } from "./tokens";
import { router, sessionOnlyProcedure } from "@/server/trpc/init";
import { createTokenInput, revokeTokenInput } from "@/lib/api-tokens/inputs";

/** Token management refuses token callers: a leaked token cannot mint more or hide its tracks. */
export const apiTokensRouter = router({
  list: sessionOnlyProcedure.query(({ ctx }) => listTokens(ctx.db, ctx.actor)),
  create: sessionOnlyProcedure
    .input(createTokenInput)
    .mutation(({ ctx, input }) => createToken(ctx.db, ctx.actor, input, { address: ctx.address })),
  revoke: sessionOnlyProcedure
    .input(revokeTokenInput)
    .mutation(({ ctx, input }) => revokeToken(ctx.db, ctx.actor, input)),
});
