import "server-only";
import {
  applicationById,
  board,
  createApplication,
  deleteApplication,
  listApplications,
  restoreApplication,
  updateApplication,
} from "./applications";
import { interviewAgenda, interviewAnalytics } from "./analytics";
import { moveApplication } from "./board";
import { addRound, deleteRound, restoreRound, updateRound } from "./rounds";
import { protectedProcedure, router } from "@/server/trpc/init";
import { byIdInput, viewInput } from "@/lib/validation";
import {
  addRoundInput,
  createApplicationInput,
  listApplicationsInput,
  moveApplicationInput,
  updateApplicationInput,
  updateRoundInput,
  viewByIdInput,
} from "@/lib/interviews/inputs";

// Reads take an optional menteeId (a mentor reading under the interviews scope); writes stay the owner's.

export const interviewsRouter = router({
  list: protectedProcedure
    .input(listApplicationsInput)
    .query(({ ctx, input }) => listApplications(ctx.db, ctx.actor, input)),
  board: protectedProcedure.input(viewInput).query(({ ctx, input }) => board(ctx.db, ctx.actor, input)),
  byId: protectedProcedure
    .input(viewByIdInput)
    .query(({ ctx, input }) => applicationById(ctx.db, ctx.actor, input)),
  create: protectedProcedure
    .input(createApplicationInput)
    .mutation(({ ctx, input }) => createApplication(ctx.db, ctx.actor, input)),
  update: protectedProcedure
    .input(updateApplicationInput)
    .mutation(({ ctx, input }) => updateApplication(ctx.db, ctx.actor, input)),
  move: protectedProcedure
    .input(moveApplicationInput)
    .mutation(({ ctx, input }) => moveApplication(ctx.db, ctx.actor, input)),
  delete: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => deleteApplication(ctx.db, ctx.actor, input.id)),
  restore: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => restoreApplication(ctx.db, ctx.actor, input.id)),
  addRound: protectedProcedure
    .input(addRoundInput)
    .mutation(({ ctx, input }) => addRound(ctx.db, ctx.actor, input)),
  updateRound: protectedProcedure
    .input(updateRoundInput)
    .mutation(({ ctx, input }) => updateRound(ctx.db, ctx.actor, input)),
  deleteRound: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => deleteRound(ctx.db, ctx.actor, input.id)),
  restoreRound: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => restoreRound(ctx.db, ctx.actor, input.id)),
  analytics: protectedProcedure
    .input(viewInput)
    .query(({ ctx, input }) => interviewAnalytics(ctx.db, ctx.actor, input)),
  agenda: protectedProcedure
    .input(viewInput)
    .query(({ ctx, input }) => interviewAgenda(ctx.db, ctx.actor, input)),
});
