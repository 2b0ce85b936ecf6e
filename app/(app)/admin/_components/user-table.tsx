"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/dates";
import { adminPaging } from "@/lib/admin/paging";

/** Every account, searchable, newest first; each but the admin's own can be disabled and enabled again. */
export function UserTable({ timeZone, selfId }: { timeZone: string; selfId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim());
  const [notice, setNotice] = useState<string>();
  const list = useInfiniteQuery(trpc.admin.users.infiniteQueryOptions(query ? { query } : {}, adminPaging));
  const refresh = () =>
    Promise.all(
      [trpc.admin.users, trpc.admin.overview, trpc.admin.auditLog].map((procedure) =>
        queryClient.invalidateQueries({ queryKey: procedure.pathKey() }),
      ),
    );
  const disable = useMutation(trpc.admin.disableUser.mutationOptions({ onSuccess: refresh }));
  const enable = useMutation(trpc.admin.enableUser.mutationOptions({ onSuccess: refresh }));
  const users = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card className="grid gap-4" aria-labelledby="users-title">
      <CardTitle id="users-title">Accounts</CardTitle>
      <Input
        type="search"
        aria-label="Search accounts by email or name"
        placeholder="Search by email or name"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        className="max-w-sm"
      />
      <FormMessage
        error={disable.error?.message ?? enable.error?.message ?? list.error?.message}
        notice={notice}
      />
      <div className="overflow-x-auto">
        <Table aria-label="Accounts">
          <TableHeader>
            <TableRow>
              <TableHead>Email</TableHead>
              <TableHead>Created</TableHead>
              <TableHead>Last seen</TableHead>
              <TableHead>Two-step</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((user) => (
              <TableRow key={user.id}>
                <TableCell className="max-w-64">
                  <div className="truncate font-medium">{user.email}</div>
                  {user.name && <div className="truncate text-xs text-muted-foreground">{user.name}</div>}
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  {formatDateTime(user.createdAt, timeZone)}
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  {user.lastSeenAt ? formatDateTime(user.lastSeenAt, timeZone) : "Never"}
                </TableCell>
                <TableCell>{user.mfa ? "On" : "Off"}</TableCell>
                <TableCell>
                  {user.disabledAt ? "Disabled" : "Active"}
                  {user.isAdmin && " · Admin"}
                </TableCell>
                <TableCell className="text-right">
                  {user.id === selfId ? null : user.disabledAt ? (
                    <Button
                      variant="outline"
                      size="sm"
                      aria-label={`Enable ${user.email}`}
                      disabled={enable.isPending}
                      onClick={() =>
                        enable.mutate(
                          { userId: user.id },
                          { onSuccess: () => setNotice(`${user.email} can sign in again.`) },
                        )
                      }
                    >
                      Enable
                    </Button>
                  ) : (
                    <ConfirmDialog
                      trigger={
                        <Button
                          variant="outline"
                          size="sm"
                          aria-label={`Disable ${user.email}`}
                          disabled={disable.isPending}
                        >
                          Disable
                        </Button>
                      }
                      title={`Disable ${user.email}?`}
                      description="They are signed out everywhere and their API tokens are revoked now; they cannot sign in until you enable the account again. Their data is kept."
                      confirmLabel="Disable"
                      onConfirm={() =>
                        disable.mutate(
                          { userId: user.id },
                          {
                            onSuccess: () =>
                              setNotice(`${user.email} is disabled and signed out everywhere.`),
                          },
                        )
                      }
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {!list.isPending && users.length === 0 && (
        <p className="text-sm text-muted-foreground">No account matches “{query}”.</p>
      )}
      {list.hasNextPage && (
        <Button
          variant="outline"
          onClick={() => void list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
        >
          Load more
        </Button>
      )}
    </Card>
  );
}
