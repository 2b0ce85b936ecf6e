import { getProfile, updateProfile } from "../services/account";
import { protectedProcedure, router } from "../trpc/init";
import { updateProfileInput } from "../validators/account";

export const accountRouter = router({
  profile: protectedProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.actor)),
  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.actor, input)),
});
