import "server-only";
import { exportAccount, importAccount } from "./import";
import { protectedProcedure, router } from "@/server/trpc/init";
import { exportAccountInput, importAccountInput } from "@/lib/data/inputs";

export const dataRouter = router({
  export: protectedProcedure.input(exportAccountInput).query(({ ctx }) => exportAccount(ctx.db, ctx.actor)),
  import: protectedProcedure
    .input(importAccountInput)
    .mutation(({ ctx, input }) => importAccount(ctx.db, ctx.actor, input)),
});
