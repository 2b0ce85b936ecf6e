import { listNotifications, markRead, unreadCount } from "../services/notifications";
import { protectedProcedure, router } from "../trpc/init";
import { markReadInput, notificationsListInput } from "../validators/notifications";

export const notificationsRouter = router({
  list: protectedProcedure
    .input(notificationsListInput)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input)),
  unreadCount: protectedProcedure.query(({ ctx }) => unreadCount(ctx.db, ctx.actor)),
  markRead: protectedProcedure
    .input(markReadInput)
    .mutation(({ ctx, input }) => markRead(ctx.db, ctx.actor, input)),
});
