import "server-only";
import { addSkill, deleteSkill, listCatalogue, renameSkill } from "./skills";
import { assess, deleteAssessment, evidenceOptions, restoreAssessment } from "./assessments";
import { skillDrift } from "./drift";
import { currentProfile, skillGrowth, skillHistory } from "./reads";
import { protectedProcedure, router } from "@/server/trpc/init";
import { viewInput } from "@/lib/validation";
import {
  addSkillInput,
  assessInput,
  byIdInput,
  currentInput,
  driftInput,
  evidenceOptionsInput,
  growthInput,
  historyInput,
  renameSkillInput,
} from "@/lib/skills/inputs";

export const skillsRouter = router({
  catalogue: protectedProcedure
    .input(viewInput)
    .query(({ ctx, input }) => listCatalogue(ctx.db, ctx.actor, input)),
  addSkill: protectedProcedure
    .input(addSkillInput)
    .mutation(({ ctx, input }) => addSkill(ctx.db, ctx.actor, input)),
  renameSkill: protectedProcedure
    .input(renameSkillInput)
    .mutation(({ ctx, input }) => renameSkill(ctx.db, ctx.actor, input)),
  deleteSkill: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => deleteSkill(ctx.db, ctx.actor, input)),

  assess: protectedProcedure
    .input(assessInput)
    .mutation(({ ctx, input }) => assess(ctx.db, ctx.actor, input)),
  deleteAssessment: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => deleteAssessment(ctx.db, ctx.actor, input)),
  restoreAssessment: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => restoreAssessment(ctx.db, ctx.actor, input)),
  evidenceOptions: protectedProcedure
    .input(evidenceOptionsInput)
    .query(({ ctx, input }) => evidenceOptions(ctx.db, ctx.actor, input)),

  current: protectedProcedure
    .input(currentInput)
    .query(({ ctx, input }) => currentProfile(ctx.db, ctx.actor, input)),
  history: protectedProcedure
    .input(historyInput)
    .query(({ ctx, input }) => skillHistory(ctx.db, ctx.actor, input)),
  growth: protectedProcedure
    .input(growthInput)
    .query(({ ctx, input }) => skillGrowth(ctx.db, ctx.actor, input)),
  drift: protectedProcedure.input(driftInput).query(({ ctx, input }) => skillDrift(ctx.db, ctx.actor, input)),
});
