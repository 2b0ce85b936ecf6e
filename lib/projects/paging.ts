/** Projects per "Load more"; the server page and the client query must agree on it. */
export const PROJECTS_PAGE_SIZE = 10;

/** The cursor of the next keyset page, shared by the server prefetch and the client query. */
export const projectsPaging = {
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor,
};
