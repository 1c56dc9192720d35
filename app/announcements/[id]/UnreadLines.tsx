import { storedWarnings, warningsWithin } from "@/lib/import/warnings";

/** What the parser could not read inside this announcement's text: "1 行未能识别：…". */
export function UnreadLines({ json, start, end }: { json: string; start: number; end: number }) {
  const warnings = warningsWithin(storedWarnings(json), start, end);
  if (!warnings.length) return null;
  const unread = warnings.filter((w) => w.code === "unreadable-line");
  const cut = warnings.filter((w) => w.code === "truncated-list");
  return (
    <section aria-label="解析警告" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      {unread.length ? (
        <>
          <p className="font-medium">{unread.length} 行未能识别，其中的任免事项没有列入下表：</p>
          <ul className="list-disc pl-5">
            {unread.map((w) => (
              <li key={w.offset}>
                第 {w.line} 行：“{w.text}”
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {cut.map((w) => (
        <p key={w.offset}>
          名单在第 {w.line} 行中断（“{w.text}”），只列入完整的条目。
        </p>
      ))}
    </section>
  );
}
