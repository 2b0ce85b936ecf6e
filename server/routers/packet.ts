import { reviewPacket } from "../services/packet";
import { protectedProcedure, router } from "../trpc/init";
import { packetInput } from "../validators/packet";

export const packetRouter = router({
  get: protectedProcedure
    .input(packetInput)
    .query(({ ctx, input }) => reviewPacket(ctx.db, ctx.actor, input)),
});
