// The person page's inference labels and its "可能是同一人" suggestions (with the editor's one-click confirm).
import Link from "next/link";
import type { Inference } from "@/lib/derive/inferences";
import type { SuggestionView } from "@/lib/queries/identity";
import { confirmSuggestionAction } from "./corrections/actions";

/** "推断：调任" with the rule that inferred it, written out (not only in a tooltip). */
export function Inferred({ inference, prefix = "" }: { inference: Inference; prefix?: string }) {
  return (
    <span
      className="ml-2 inline-block rounded border border-amber-300 bg-amber-50 px-1.5 py-0.5 text-xs text-amber-900"
      data-rule={inference.rule}
    >
      推断：{prefix}
      {inference.label}
      <span className="text-amber-800">
        （规则 {inference.rule}：{inference.basis}）
      </span>
    </span>
  );
}

export function IdentitySuggestions({ personId, suggestions }: { personId: number; suggestions: SuggestionView[] }) {
  if (!suggestions.length) return null;
  return (
    <section aria-labelledby="same-person-heading" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <h2 id="same-person-heading" className="mb-1 font-semibold">
        可能是同一人
      </h2>
      <p className="mb-2 text-stone-700">
        以下同名者与此人可能是同一人，但公告未载明二者关系，系统按“精确优先”规则未合并（规则
        no-evidence-new-person）。编辑核实后可一键确认，确认记入更正记录，可撤销。
      </p>
      <ul className="space-y-2">
        {suggestions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-start gap-2">
            <div className="min-w-0 flex-1">
              <Link href={`/people/${s.other.id}`} className="font-medium text-blue-800 hover:underline">
                {s.other.name} #{s.other.id}
              </Link>
              {s.other.latestOrgan ? (
                <span className="text-stone-600">
                  {" "}
                  · {s.other.latestOrgan}（{s.other.latestDate ?? "日期不详"}）
                </span>
              ) : null}
              <p className="text-stone-700">依据：{s.evidence}</p>
            </div>
            <form action={confirmSuggestionAction}>
              <input type="hidden" name="personId" value={personId} />
              <input type="hidden" name="suggestionId" value={s.id} />
              <button
                type="submit"
                className="rounded bg-red-800 px-3 py-1 text-white hover:bg-red-900"
                aria-label={`确认与 ${s.other.name} #${s.other.id} 是同一人`}
              >
                确认是同一人
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
