import "server-only";
import { reviewPacket } from "./packet";
import { protectedProcedure, router } from "@/server/trpc/init";
import { packetInput } from "@/lib/packet/inputs";

export const packetRouter = router({
  get: protectedProcedure
    .input(packetInput)
    .query(({ ctx, input }) => reviewPacket(ctx.db, ctx.actor, input)),
});
