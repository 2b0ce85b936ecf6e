import "server-only";
import { getProfile, updateProfile } from "./account";
import { endOtherSessions, endSession, listSessions } from "./sessions";
import { confirmMfaEnrolment, disableMfa, mfaStatus, startMfaEnrolment } from "./mfa";
import { protectedProcedure, router, sessionOnlyProcedure } from "@/server/trpc/init";
import {
  endOtherSessionsInput,
  endSessionInput,
  mfaCodeInput,
  updateProfileInput,
} from "@/lib/account/inputs";

export const accountRouter = router({
  profile: protectedProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.actor)),
  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.actor, input)),
  // Session management is for a signed-in browser only: a token must not sign its owner out or hide itself.
  sessions: sessionOnlyProcedure.query(({ ctx }) => listSessions(ctx.db, ctx.actor)),
  endSession: sessionOnlyProcedure
    .input(endSessionInput)
    .mutation(({ ctx, input }) => endSession(ctx.db, ctx.actor, input)),
  endOtherSessions: sessionOnlyProcedure
    .input(endOtherSessionsInput)
    .mutation(({ ctx, input }) => endOtherSessions(ctx.db, ctx.actor, input)),
  mfa: sessionOnlyProcedure.query(({ ctx }) => mfaStatus(ctx.db, ctx.actor)),
  startMfa: sessionOnlyProcedure.mutation(({ ctx }) => startMfaEnrolment(ctx.db, ctx.actor)),
  confirmMfa: sessionOnlyProcedure
    .input(mfaCodeInput)
    .mutation(({ ctx, input }) => confirmMfaEnrolment(ctx.db, ctx.actor, input)),
  disableMfa: sessionOnlyProcedure
    .input(mfaCodeInput)
    .mutation(({ ctx, input }) => disableMfa(ctx.db, ctx.actor, input, { address: ctx.address })),
});
