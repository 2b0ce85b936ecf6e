import { handleTRPCRequest } from "@/server/trpc/http";

export const GET = handleTRPCRequest;
export const POST = handleTRPCRequest;
