import { listBands, listLadders } from "../services/salaries";
import { getCompensation, setCompensation } from "../services/salaries-compensation";
import { marketPosition } from "../services/salaries-market";
import { protectedProcedure, router } from "../trpc/init";
import { bandsInput, compensationInput, marketPositionInput } from "../validators/salaries";

// Imports stream a file, so they go through app/api/salaries/import/route.ts rather than tRPC.
export const salariesRouter = router({
  ladders: protectedProcedure.query(({ ctx }) => listLadders(ctx.db, ctx.actor)),
  bands: protectedProcedure.input(bandsInput).query(({ ctx, input }) => listBands(ctx.db, ctx.actor, input)),
  // Its own router, so a mentor's access can leave pay out.
  compensation: router({
    get: protectedProcedure.query(({ ctx }) => getCompensation(ctx.db, ctx.actor)),
    set: protectedProcedure
      .input(compensationInput)
      .mutation(({ ctx, input }) => setCompensation(ctx.db, ctx.actor, input)),
  }),
  marketPosition: protectedProcedure
    .input(marketPositionInput)
    .query(({ ctx, input }) => marketPosition(ctx.db, ctx.actor, input)),
});
