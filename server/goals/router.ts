import "server-only";
import { gapAnalysis } from "@/server/gaps/gaps";
import { goalWithChoices, setGoal } from "./goals";
import { protectedProcedure, router } from "@/server/trpc/init";
import { viewInput } from "@/lib/validation";
import { gapAnalysisInput, setGoalInput } from "@/lib/goals/inputs";

export const goalsRouter = router({
  get: protectedProcedure
    .input(viewInput)
    .query(({ ctx, input }) => goalWithChoices(ctx.db, ctx.actor, input)),
  set: protectedProcedure.input(setGoalInput).mutation(({ ctx, input }) => setGoal(ctx.db, ctx.actor, input)),
  gapAnalysis: protectedProcedure
    .input(gapAnalysisInput)
    .query(({ ctx, input }) => gapAnalysis(ctx.db, ctx.actor, input)),
});
