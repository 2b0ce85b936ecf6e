import "server-only";
import { adminProcedure, router } from "@/server/trpc/init";
import {
  auditLogInput,
  invitationIdInput,
  inviteToInstanceInput,
  listUsersInput,
  userIdInput,
} from "@/lib/admin/inputs";
import { adminAuditLog } from "./audit";
import { inviteToInstance, listInstanceInvitations, revokeInstanceInvitation } from "./invitations";
import { signUpMode } from "./sign-up-policy";
import { disableUser, enableUser, instanceFigures, listUsers } from "./users";

export const adminRouter = router({
  overview: adminProcedure.query(async ({ ctx }) => ({
    signUpMode: signUpMode(),
    figures: await instanceFigures(ctx.db),
  })),
  users: adminProcedure.input(listUsersInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
  disableUser: adminProcedure
    .input(userIdInput)
    .mutation(({ ctx, input }) => disableUser(ctx.db, ctx.actor, input)),
  enableUser: adminProcedure
    .input(userIdInput)
    .mutation(({ ctx, input }) => enableUser(ctx.db, ctx.actor, input)),
  invitations: adminProcedure.query(({ ctx }) => listInstanceInvitations(ctx.db)),
  invite: adminProcedure
    .input(inviteToInstanceInput)
    .mutation(({ ctx, input }) => inviteToInstance(ctx.db, ctx.actor, input)),
  revokeInvitation: adminProcedure
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => revokeInstanceInvitation(ctx.db, ctx.actor, input)),
  auditLog: adminProcedure.input(auditLogInput).query(({ ctx, input }) => adminAuditLog(ctx.db, input)),
});
