import "server-only";
import { appUrlOf, env } from "@/server/env";
import { createFeed, feedStatus, revokeFeed } from "./feeds";
import { protectedProcedure, router } from "@/server/trpc/init";

export const calendarRouter = router({
  feed: protectedProcedure.query(({ ctx }) => feedStatus(ctx.db, ctx.actor)),
  createFeed: protectedProcedure.mutation(({ ctx }) => createFeed(ctx.db, ctx.actor, appUrlOf(env()))),
  revokeFeed: protectedProcedure.mutation(({ ctx }) => revokeFeed(ctx.db, ctx.actor)),
});
