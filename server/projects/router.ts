import "server-only";
import { addOutcome, deleteOutcome, reorderOutcomes, restoreOutcome, updateOutcome } from "./outcomes";
import { checkProjectBullet } from "./bullets";
import {
  createProject,
  deleteProject,
  listProjects,
  projectById,
  restoreProject,
  updateProject,
} from "./projects";
import { protectedProcedure, router } from "@/server/trpc/init";
import {
  addOutcomeInput,
  byIdInput,
  checkBulletInput,
  createProjectInput,
  listProjectsInput,
  reorderOutcomesInput,
  updateOutcomeInput,
  updateProjectInput,
  viewProjectInput,
} from "@/lib/projects/inputs";

const outcomesRouter = router({
  add: protectedProcedure
    .input(addOutcomeInput)
    .mutation(({ ctx, input }) => addOutcome(ctx.db, ctx.actor, input)),
  update: protectedProcedure
    .input(updateOutcomeInput)
    .mutation(({ ctx, input }) => updateOutcome(ctx.db, ctx.actor, input)),
  delete: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => deleteOutcome(ctx.db, ctx.actor, input.id)),
  restore: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => restoreOutcome(ctx.db, ctx.actor, input.id)),
  reorder: protectedProcedure
    .input(reorderOutcomesInput)
    .mutation(({ ctx, input }) => reorderOutcomes(ctx.db, ctx.actor, input)),
});

export const projectsRouter = router({
  list: protectedProcedure
    .input(listProjectsInput)
    .query(({ ctx, input }) => listProjects(ctx.db, ctx.actor, input)),
  byId: protectedProcedure
    .input(viewProjectInput)
    .query(({ ctx, input }) => projectById(ctx.db, ctx.actor, input)),
  create: protectedProcedure
    .input(createProjectInput)
    .mutation(({ ctx, input }) => createProject(ctx.db, ctx.actor, input)),
  update: protectedProcedure
    .input(updateProjectInput)
    .mutation(({ ctx, input }) => updateProject(ctx.db, ctx.actor, input)),
  delete: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => deleteProject(ctx.db, ctx.actor, input.id)),
  restore: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => restoreProject(ctx.db, ctx.actor, input.id)),
  outcomes: outcomesRouter,
  checkBullet: protectedProcedure
    .input(checkBulletInput)
    .mutation(({ ctx, input }) => checkProjectBullet(ctx.db, ctx.actor, input)),
});
