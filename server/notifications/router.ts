import "server-only";
import { listNotifications, markRead, unreadCount } from "./notifications";
import { protectedProcedure, router } from "@/server/trpc/init";
import { markReadInput, notificationsListInput } from "@/lib/notifications/inputs";

export const notificationsRouter = router({
  list: protectedProcedure
    .input(notificationsListInput)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input)),
  unreadCount: protectedProcedure.query(({ ctx }) => unreadCount(ctx.db, ctx.actor)),
  markRead: protectedProcedure
    .input(markReadInput)
    .mutation(({ ctx, input }) => markRead(ctx.db, ctx.actor, input)),
});
