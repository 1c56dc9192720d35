// Page links (previous / next and a few numbers) that keep the rest of the URL's query.
import Link from "next/link";

interface Props {
  page: number;
  pageSize: number;
  total: number;
  /** The query without `page`. */
  params: URLSearchParams;
  path: string;
  label?: string;
}

export function Pager({ page, pageSize, total, params, path, label = "分页" }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams(params);
    if (p > 1) q.set("page", String(p));
    else q.delete("page");
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  const cls = "rounded border border-stone-300 px-2 py-1 hover:bg-stone-100";
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={cls} rel="prev">
          上一页
        </Link>
      ) : null}
      {numbers.map((p, i) => (
        <span key={p} className="flex items-center gap-2">
          {i > 0 && p - numbers[i - 1] > 1 ? <span aria-hidden="true">…</span> : null}
          {p === page ? (
            <span aria-current="page" className="rounded bg-red-800 px-2 py-1 text-white">
              {p}
            </span>
          ) : (
            <Link href={href(p)} className={cls} aria-label={`第 ${p} 页`}>
              {p}
            </Link>
          )}
        </span>
      ))}
      {page < pages ? (
        <Link href={href(page + 1)} className={cls} rel="next">
          下一页
        </Link>
      ) : null}
      <span className="text-stone-500">
        共 {total.toLocaleString("zh-CN")} 条，{pages} 页
      </span>
    </nav>
  );
}
