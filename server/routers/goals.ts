import { gapAnalysis } from "../services/gaps";
import { goalWithChoices, setGoal } from "../services/goals";
import { protectedProcedure, router } from "../trpc/init";
import { viewInput } from "../validators/common";
import { gapAnalysisInput, setGoalInput } from "../validators/goals";

export const goalsRouter = router({
  get: protectedProcedure
    .input(viewInput)
    .query(({ ctx, input }) => goalWithChoices(ctx.db, ctx.actor, input)),
  set: protectedProcedure.input(setGoalInput).mutation(({ ctx, input }) => setGoal(ctx.db, ctx.actor, input)),
  gapAnalysis: protectedProcedure
    .input(gapAnalysisInput)
    .query(({ ctx, input }) => gapAnalysis(ctx.db, ctx.actor, input)),
});
