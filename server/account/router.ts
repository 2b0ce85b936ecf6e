import "server-only";
import { getProfile, updateProfile } from "./account";
import { protectedProcedure, router } from "@/server/trpc/init";
import { updateProfileInput } from "@/lib/account/inputs";

export const accountRouter = router({
  profile: protectedProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.actor)),
  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.actor, input)),
});
