import { exportAccount, importAccount } from "../services/portability";
import { protectedProcedure, router } from "../trpc/init";
import { exportAccountInput, importAccountInput } from "../validators/portability";

export const portabilityRouter = router({
  export: protectedProcedure.input(exportAccountInput).query(({ ctx }) => exportAccount(ctx.db, ctx.actor)),
  import: protectedProcedure
    .input(importAccountInput)
    .mutation(({ ctx, input }) => importAccount(ctx.db, ctx.actor, input)),
});
