import { router } from "../trpc/init";

export const tokensRouter = router({});
