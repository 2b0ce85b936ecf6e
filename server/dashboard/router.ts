import "server-only";
import { getDashboard } from "./dashboard";
import { protectedProcedure, router } from "@/server/trpc/init";

export const dashboardRouter = router({
  summary: protectedProcedure.query(({ ctx }) => getDashboard(ctx.db, ctx.actor)),
});
