/** Rows per "Load more" on the activity log and notifications; the server prefetch and the client agree on it. */
export const MENTORING_PAGE_SIZE = 20;

export const cursorPaging = {
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor,
};
