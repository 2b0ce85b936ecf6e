import "server-only";
import { listBands, listLadders } from "./bands";
import { getCompensation, setCompensation } from "./compensation";
import { marketPosition } from "./market";
import { protectedProcedure, router } from "@/server/trpc/init";
import { viewInput } from "@/lib/validation";
import { bandsInput, compensationInput, marketPositionInput } from "@/lib/salaries/inputs";

// Imports stream a file, so they go through app/api/salaries/import/route.ts rather than tRPC.
export const salariesRouter = router({
  // Reads take an optional menteeId (the compensation scope); writes stay the owner's.
  ladders: protectedProcedure
    .input(viewInput)
    .query(({ ctx, input }) => listLadders(ctx.db, ctx.actor, input)),
  bands: protectedProcedure.input(bandsInput).query(({ ctx, input }) => listBands(ctx.db, ctx.actor, input)),
  // Its own router, so a mentor's access can leave pay out.
  compensation: router({
    get: protectedProcedure
      .input(viewInput)
      .query(({ ctx, input }) => getCompensation(ctx.db, ctx.actor, input)),
    set: protectedProcedure
      .input(compensationInput)
      .mutation(({ ctx, input }) => setCompensation(ctx.db, ctx.actor, input)),
  }),
  marketPosition: protectedProcedure
    .input(marketPositionInput)
    .query(({ ctx, input }) => marketPosition(ctx.db, ctx.actor, input)),
});
