import "server-only";
import { deleteLadder, exportLadder, ladderById, listLadders, restoreLadder } from "./ladders";
import { importLadder } from "./import";
import { protectedProcedure, router } from "@/server/trpc/init";
import { importLadderInput, ladderByIdInput, listLaddersInput } from "@/lib/ladders/inputs";

export const laddersRouter = router({
  list: protectedProcedure
    .input(listLaddersInput)
    .query(({ ctx, input }) => listLadders(ctx.db, ctx.actor, input)),
  byId: protectedProcedure
    .input(ladderByIdInput)
    .query(({ ctx, input }) => ladderById(ctx.db, ctx.actor, input.id)),
  export: protectedProcedure
    .input(ladderByIdInput)
    .query(({ ctx, input }) => exportLadder(ctx.db, ctx.actor, input.id)),
  import: protectedProcedure
    .input(importLadderInput)
    .mutation(({ ctx, input }) => importLadder(ctx.db, ctx.actor, input)),
  delete: protectedProcedure
    .input(ladderByIdInput)
    .mutation(({ ctx, input }) => deleteLadder(ctx.db, ctx.actor, input.id)),
  restore: protectedProcedure
    .input(ladderByIdInput)
    .mutation(({ ctx, input }) => restoreLadder(ctx.db, ctx.actor, input.id)),
});
