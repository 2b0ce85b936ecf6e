import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { FreshAfterWriteQueryClient, makeQueryClient } from "@/components/trpc/query-client";

/** A server whose reads answer only when released, so a read can start before a write and finish after it. */
function slowServer() {
  let stored = "before the write";
  const releases: (() => void)[] = [];
  return {
    write: (value: string) => {
      stored = value;
    },
    read: () => {
      const seen = stored;
      return new Promise<string>((resolve) => releases.push(() => resolve(seen)));
    },
    releaseAll: () => releases.splice(0).forEach((release) => release()),
  };
}

/** Mounts a query (an active observer), writes while its first read is in flight, then invalidates. */
async function dataAfterWrite(client: QueryClient) {
  const server = slowServer();
  const observer = new QueryObserver(client, { queryKey: ["drift"], queryFn: server.read, retry: false });
  const unsubscribe = observer.subscribe(() => undefined);
  server.write("after the write");
  const invalidated = client.invalidateQueries({ queryKey: ["drift"] });
  // Release reads until every fetch has settled, whichever ones the client started.
  while (client.isFetching() > 0) {
    server.releaseAll();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await invalidated;
  unsubscribe();
  return client.getQueryData(["drift"]);
}

describe("the browser's query client after a write", () => {
  it("shows what the server holds even when the first read was still in flight", async () => {
    expect(await dataAfterWrite(makeQueryClient())).toBe("after the write");
  });

  it("differs from React Query's default, which keeps the read that began before the write", async () => {
    expect(await dataAfterWrite(new QueryClient())).toBe("before the write");
  });

  it("still refetches a query that already has data", async () => {
    const client = new FreshAfterWriteQueryClient();
    let stored = 1;
    const observer = new QueryObserver(client, { queryKey: ["count"], queryFn: async () => stored });
    const unsubscribe = observer.subscribe(() => undefined);
    await client.refetchQueries({ queryKey: ["count"] });
    stored = 2;
    await client.invalidateQueries({ queryKey: ["count"] });
    expect(client.getQueryData(["count"])).toBe(2);
    unsubscribe();
  });

  it("puts a failed restarted read into the query's error state", async () => {
    const client = new FreshAfterWriteQueryClient();
    let calls = 0;
    let releaseFirst: () => void = () => undefined;
    const observer = new QueryObserver(client, {
      queryKey: ["broken"],
      retry: false,
      queryFn: () => {
        calls += 1;
        if (calls === 1) return new Promise<string>((resolve) => (releaseFirst = () => resolve("old")));
        return Promise.reject(new Error("the database is down"));
      },
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await client.invalidateQueries({ queryKey: ["broken"] });
    releaseFirst();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const state = client.getQueryState(["broken"]);
    expect(state?.status).toBe("error");
    expect(state?.error).toEqual(new Error("the database is down"));
    expect(state?.fetchStatus).toBe("idle");
    unsubscribe();
  });
});
