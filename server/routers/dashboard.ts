import { getDashboard } from "../services/dashboard";
import { protectedProcedure, router } from "../trpc/init";

export const dashboardRouter = router({
  summary: protectedProcedure.query(({ ctx }) => getDashboard(ctx.db, ctx.actor)),
});
