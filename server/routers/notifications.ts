import { router } from "../trpc/init";

export const notificationsRouter = router({});
