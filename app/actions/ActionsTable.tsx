"use client";
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type SortingState,
  type Updater,
  useReactTable,
  type VisibilityState,
} from "@tanstack/react-table";
// The actions table: TanStack Table renders the rows the server already filtered, sorted and paged;
// sorting and column visibility change the URL (the server renders the new state), never the data here.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { groupOfKind } from "@/lib/domain/actionGroups";
import { AnnouncementLink, OrgLink, PersonLink } from "../_components/links";

export interface ActionTableRow {
  id: number;
  date: string | null;
  kind: string;
  personName: string;
  personId: number;
  announcement: { id: number; number: string | null };
  post: { title: string; organization: { id: number; name: string } };
}

type ColumnId = "date" | "announcement" | "person" | "kind" | "org" | "post";

const LABELS: Record<ColumnId, string> = { date: "日期", announcement: "公告", person: "姓名", kind: "事项", org: "机构", post: "职务" };

const columns: ColumnDef<ActionTableRow>[] = [
  { id: "date", header: LABELS.date, sortDescFirst: true, accessorFn: (r) => r.date, cell: (c) => c.row.original.date ?? "日期不详" },
  {
    id: "announcement",
    header: LABELS.announcement,
    enableSorting: false,
    accessorFn: (r) => r.announcement.number,
    cell: ({ row: { original: r } }) => <AnnouncementLink id={r.announcement.id} number={r.announcement.number} actionId={r.id} />,
  },
  {
    id: "person",
    header: LABELS.person,
    accessorFn: (r) => r.personName,
    cell: ({ row: { original: r } }) => <PersonLink id={r.personId} name={r.personName} />,
  },
  {
    id: "kind",
    header: LABELS.kind,
    accessorFn: (r) => r.kind,
    cell: ({ row: { original: r } }) => {
      const group = groupOfKind(r.kind);
      return (
        <>
          {group ? (
            <span className="mr-1 rounded bg-stone-100 px-1 text-xs text-stone-600" title={`${group}组`}>
              {group}
            </span>
          ) : null}
          {r.kind}
        </>
      );
    },
  },
  {
    id: "org",
    header: LABELS.org,
    accessorFn: (r) => r.post.organization.name,
    cell: ({ row: { original: r } }) => <OrgLink id={r.post.organization.id} name={r.post.organization.name} />,
  },
  { id: "post", header: LABELS.post, accessorFn: (r) => r.post.title },
];

/** Columns whose values never break inside: dates, announcement numbers, names, action words. */
const KEEP = new Set(["date", "announcement", "person", "kind"]);

interface Props {
  rows: ActionTableRow[];
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  dir: "asc" | "desc";
  hidden: string[];
  /** The current query string (without leading ?). */
  query: string;
}

export function ActionsTable({ rows, total, page, pageSize, sort, dir, hidden, query }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const sorting: SortingState = [{ id: sort, desc: dir === "desc" }];
  // Shown at once, then kept in the URL (the page remounts this table when `hide` changes).
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(() => Object.fromEntries(hidden.map((h) => [h, false])));

  const go = (change: (q: URLSearchParams) => void) => {
    const q = new URLSearchParams(query);
    change(q);
    const s = q.toString();
    startTransition(() => router.push(s ? `/actions?${s}` : "/actions", { scroll: false }));
  };

  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => String(r.id),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    rowCount: total,
    enableMultiSort: false,
    sortDescFirst: false,
    state: { sorting, columnVisibility, pagination: { pageIndex: page - 1, pageSize } },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const s = next[0];
      go((q) => {
        q.delete("page");
        if (!s || (s.id === "date" && s.desc)) {
          q.delete("sort");
          q.delete("dir");
        } else {
          if (s.id === "date") q.delete("sort");
          else q.set("sort", s.id);
          if (s.desc) q.delete("dir");
          else q.set("dir", "asc");
        }
      });
    },
    onColumnVisibilityChange: (updater: Updater<VisibilityState>) => {
      const next = typeof updater === "function" ? updater(columnVisibility) : updater;
      setColumnVisibility(next);
      const hide = Object.entries(next)
        .filter(([, v]) => v === false)
        .map(([k]) => k);
      go((q) => {
        if (hide.length) q.set("hide", hide.join(","));
        else q.delete("hide");
      });
    },
  });

  return (
    <div className="space-y-3" aria-busy={pending}>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 text-stone-600">显示的列</legend>
        {table.getAllLeafColumns().map((column) => (
          <label key={column.id} className="flex items-center gap-1">
            <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
            {LABELS[column.id as ColumnId]}
          </label>
        ))}
      </fieldset>
      <div className="overflow-x-auto" id="actions-table" tabIndex={-1}>
        <table className={`stacked w-full min-w-[44rem] border-collapse bg-white text-sm ${pending ? "opacity-60" : ""}`}>
          <caption className="sr-only">任免记录，第 {page} 页</caption>
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id} className="border-b border-stone-300 text-left">
                {hg.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="whitespace-nowrap p-2"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 hover:underline"
                        >
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden="true" className="text-stone-400">
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                          <span className="sr-only">（点击排序）</span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="border-b border-stone-100">
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    data-label={LABELS[cell.column.id as ColumnId]}
                    className={`p-2 ${KEEP.has(cell.column.id) ? "keep-words" : ""}`}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? <p className="text-stone-600">没有符合条件的记录。</p> : null}
    </div>
  );
}
