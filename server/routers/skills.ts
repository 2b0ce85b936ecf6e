import { addSkill, deleteSkill, listCatalogue, renameSkill } from "../services/skills";
import { assess, deleteAssessment, evidenceOptions, restoreAssessment } from "../services/skills-assessments";
import { currentProfile, skillGrowth, skillHistory } from "../services/skills-reads";
import { protectedProcedure, router } from "../trpc/init";
import {
  addSkillInput,
  assessInput,
  byIdInput,
  currentInput,
  evidenceOptionsInput,
  growthInput,
  historyInput,
  renameSkillInput,
} from "../validators/skills";

export const skillsRouter = router({
  catalogue: protectedProcedure.query(({ ctx }) => listCatalogue(ctx.db, ctx.actor)),
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
});
