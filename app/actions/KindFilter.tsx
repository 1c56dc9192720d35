// The 事项 filter: the groups people think in (任, 免, 辞), each opening onto its kinds. Works
// without script: a group's checkbox sends group=免, a kind's sends kind=决定免去.
import { ACTION_GROUP_KEYS, ACTION_GROUP_LABELS, ACTION_GROUPS } from "@/lib/domain/actionGroups";

export function KindFilter({ groups, kinds }: { groups: string[]; kinds: string[] }) {
  return (
    <fieldset className="space-y-1 text-sm">
      <legend className="mb-1 text-stone-600">事项（可多选；勾选一组即包括其下各项）</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {ACTION_GROUP_KEYS.map((g) => {
          const own = ACTION_GROUPS[g] as readonly string[];
          const picked = own.filter((k) => kinds.includes(k));
          return (
            <div key={g} className="min-w-0">
              <label className="flex items-center gap-1 font-medium">
                <input type="checkbox" name="group" value={g} defaultChecked={groups.includes(g)} aria-describedby={`group-${g}-kinds`} />
                <span className="keep-words">{g}</span>
                <span className="font-normal text-stone-500" id={`group-${g}-kinds`}>
                  {ACTION_GROUP_LABELS[g].slice(2)}
                </span>
              </label>
              <details open={picked.length > 0} className="ml-5">
                <summary className="cursor-pointer text-stone-600">
                  {g}组细分（{own.length} 项{picked.length ? `，已选 ${picked.length}` : ""}）
                </summary>
                <div className="flex flex-wrap gap-x-3 gap-y-1 py-1">
                  {own.map((k) => (
                    <label key={k} className="keep-words flex items-center gap-1">
                      <input type="checkbox" name="kind" value={k} defaultChecked={kinds.includes(k)} />
                      {k}
                    </label>
                  ))}
                </div>
              </details>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
