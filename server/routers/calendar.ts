import { router } from "../trpc/init";

export const calendarRouter = router({});
