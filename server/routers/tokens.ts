import { createToken, listTokens, revokeToken } from "../services/tokens";
import { router, sessionOnlyProcedure } from "../trpc/init";
import { createTokenInput, revokeTokenInput } from "../validators/tokens";

/** Token management refuses token callers: a leaked token cannot mint more or hide its tracks. */
export const tokensRouter = router({
  list: sessionOnlyProcedure.query(({ ctx }) => listTokens(ctx.db, ctx.actor)),
  create: sessionOnlyProcedure
    .input(createTokenInput)
    .mutation(({ ctx, input }) => createToken(ctx.db, ctx.actor, input)),
  revoke: sessionOnlyProcedure
    .input(revokeTokenInput)
    .mutation(({ ctx, input }) => revokeToken(ctx.db, ctx.actor, input)),
});
