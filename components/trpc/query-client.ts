import {
  defaultShouldDehydrateQuery,
  type InvalidateOptions,
  type InvalidateQueryFilters,
  QueryClient,
} from "@tanstack/react-query";
import superjson from "superjson";

/**
 * React Query hands an invalidation the first fetch still in flight when the query has no data yet, and that
 * fetch may have read before the write being reported (a chart mounted just before a save kept the old numbers).
 * Here such a fetch is restarted, so after a write every matching query shows what the server now holds.
 */
export class FreshAfterWriteQueryClient extends QueryClient {
  override invalidateQueries(filters: InvalidateQueryFilters = {}, options: InvalidateOptions = {}) {
    for (const query of this.getQueryCache().findAll(filters)) {
      if (query.state.data !== undefined || query.state.fetchStatus !== "fetching") continue;
      void query.cancel({ silent: true });
      // Its failure, if any, lands in the query's state for the components that read it.
      query.fetch().catch(() => undefined);
    }
    return super.invalidateQueries(filters, options);
  }
}

/** One factory for the server (per request) and the browser (per tab). */
export function makeQueryClient(): QueryClient {
  return new FreshAfterWriteQueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000 },
      dehydrate: {
        serializeData: superjson.serialize,
        // Pending prefetches stream to the client instead of blocking the page.
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}
