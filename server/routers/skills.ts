import { listCatalogue } from "../services/skills";
import { protectedProcedure, router } from "../trpc/init";

export const skillsRouter = router({
  catalogue: protectedProcedure.query(({ ctx }) => listCatalogue(ctx.db, ctx.actor)),
});
