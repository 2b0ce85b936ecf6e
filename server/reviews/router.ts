import "server-only";
import { deleteEndorsement, endorse } from "./endorsements";
import { addComment, deleteComment, reviewThread } from "./comments";
import { closeRequest, requestReview } from "./requests";
import { listRequests } from "./requests-list";
import { protectedProcedure, router } from "@/server/trpc/init";
import {
  byIdInput,
  closeRequestInput,
  commentInput,
  endorseInput,
  requestReviewInput,
  requestsInput,
  threadInput,
} from "@/lib/reviews/inputs";

export const reviewsRouter = router({
  thread: protectedProcedure
    .input(threadInput)
    .query(({ ctx, input }) => reviewThread(ctx.db, ctx.actor, input)),
  comment: protectedProcedure
    .input(commentInput)
    .mutation(({ ctx, input }) => addComment(ctx.db, ctx.actor, input)),
  deleteComment: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => deleteComment(ctx.db, ctx.actor, input)),

  requestReview: protectedProcedure
    .input(requestReviewInput)
    .mutation(({ ctx, input }) => requestReview(ctx.db, ctx.actor, input)),
  closeRequest: protectedProcedure
    .input(closeRequestInput)
    .mutation(({ ctx, input }) => closeRequest(ctx.db, ctx.actor, input)),
  requests: protectedProcedure.input(requestsInput).query(async ({ ctx, input }) => {
    const requests = await listRequests(ctx.db, ctx.actor, input);
    // With a mentee named the middleware logs the read; across all mentees, each mentee read gets a row.
    if (!input.menteeId)
      for (const menteeId of new Set(requests.filter((r) => r.asMentor).map((r) => r.menteeId)))
        await ctx.audit.read({ menteeId, actorId: ctx.actor.userId, action: "read reviews.requests" });
    return requests;
  }),

  endorse: protectedProcedure
    .input(endorseInput)
    .mutation(({ ctx, input }) => endorse(ctx.db, ctx.actor, input)),
  deleteEndorsement: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => deleteEndorsement(ctx.db, ctx.actor, input)),
});
