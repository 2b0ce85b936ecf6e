import "server-only";
import { acceptInvitation, invitationByToken } from "./accept";
import { invite, listInvitations, revokeInvitation } from "./invitations";
import { listMentees } from "./mentees";
import { auditLog, endMentorship, leaveMentorship, listMentors, setScopes, viewing } from "./mentorships";
import { protectedProcedure, router } from "@/server/trpc/init";
import { byIdInput } from "@/lib/validation";
import {
  auditLogInput,
  invitationTokenInput,
  inviteInput,
  mentorshipInput,
  setScopesInput,
  viewingInput,
} from "@/lib/mentoring/inputs";

export const mentoringRouter = router({
  invite: protectedProcedure
    .input(inviteInput)
    .mutation(({ ctx, input }) => invite(ctx.db, ctx.actor, input, { log: ctx.log })),
  invitations: protectedProcedure.query(({ ctx }) => listInvitations(ctx.db, ctx.actor)),
  revokeInvitation: protectedProcedure
    .input(byIdInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.actor, input)),
  invitation: protectedProcedure
    .input(invitationTokenInput)
    .query(({ ctx, input }) => invitationByToken(ctx.db, ctx.actor, input)),
  accept: protectedProcedure
    .input(invitationTokenInput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.actor, input)),
  mentors: protectedProcedure.query(({ ctx }) => listMentors(ctx.db, ctx.actor)),
  mentees: protectedProcedure.query(async ({ ctx }) => {
    const mentees = await listMentees(ctx.db, ctx.actor);
    // The dashboard reads each mentee's readiness and activity: one audit row each, one insert per request.
    for (const mentee of mentees)
      await ctx.audit.read({
        menteeId: mentee.menteeId,
        actorId: ctx.actor.userId,
        action: "read mentoring.mentees",
        detail: { scopes: mentee.scopes },
      });
    return mentees;
  }),
  setScopes: protectedProcedure
    .input(setScopesInput)
    .mutation(({ ctx, input }) => setScopes(ctx.db, ctx.actor, input)),
  end: protectedProcedure
    .input(mentorshipInput)
    .mutation(({ ctx, input }) => endMentorship(ctx.db, ctx.actor, input)),
  leave: protectedProcedure
    .input(mentorshipInput)
    .mutation(({ ctx, input }) => leaveMentorship(ctx.db, ctx.actor, input)),
  viewing: protectedProcedure
    .input(viewingInput)
    .query(({ ctx, input }) => viewing(ctx.db, ctx.actor, input)),
  auditLog: protectedProcedure
    .input(auditLogInput)
    .query(({ ctx, input }) => auditLog(ctx.db, ctx.actor, input)),
});
