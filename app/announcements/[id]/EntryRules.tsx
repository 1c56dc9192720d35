import type { ExplainedEntry } from "@/lib/parse/explain";

/** Which parser rules read an entry (re-read from the stored text), with their reasons and the line joins inside its clause. */
export function EntryRules({ explained }: { explained: ExplainedEntry | null }) {
  if (!explained) return <span className="text-stone-500">现行解析规则未在此处读出</span>;
  const [first, last] = explained.lines;
  return (
    <details className="entry-rules">
      <summary className="cursor-pointer text-blue-800">{explained.rules.map((r) => r.name).join(" · ")}</summary>
      <ul className="mt-1 list-disc pl-5 text-xs text-stone-700">
        {explained.rules.map((r) => (
          <li key={r.name}>
            <span className="font-medium">{r.name}</span>：{r.reason}
          </li>
        ))}
        {explained.joins.map((j) => (
          <li key={`${j.name}-${j.line}`}>
            <span className="font-medium">
              第 {j.line} 行接上行（{j.name}）
            </span>
            ：{j.reason}
          </li>
        ))}
        <li>原文第 {first === last ? first : `${first}–${last}`} 行</li>
      </ul>
    </details>
  );
}
