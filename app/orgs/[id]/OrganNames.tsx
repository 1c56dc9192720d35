import Link from "next/link";
import type { LineageKind } from "@/lib/domain/lineage";
import type { AnnouncementRef, LineageStep, OrganNames as Names, PrintedName } from "@/lib/queries/organNames";

const KIND_LABELS: Record<LineageKind, string> = {
  rename: "更名为",
  alias: "加挂牌子（一个机构两块牌子）：",
  merger: "合并为",
  abolition: "撤销",
};

function AnnouncementLink({ a }: { a: AnnouncementRef }) {
  return (
    <Link href={`/announcements/${a.id}`} className="text-blue-800 hover:underline">
      {a.date ?? "日期不详"} {a.number ? `公告${a.number}` : `公告 #${a.id}`}
    </Link>
  );
}

function Evidence({ e }: { e: LineageStep }) {
  return (
    <span className="text-stone-600">
      依据：{e.source}
      {e.url ? (
        <>
          {" "}
          <a href={e.url} className="text-blue-800 hover:underline" rel="noreferrer noopener" target="_blank">
            来源
          </a>
        </>
      ) : null}
      <span className="text-xs text-stone-500">（核对方式：{e.checked}）</span>
    </span>
  );
}

function OtherOrgan({ name, id }: { name: string; id: number | null }) {
  return id === null ? (
    name
  ) : (
    <Link href={`/orgs/${id}`} className="text-blue-800 hover:underline">
      {name}
    </Link>
  );
}

/** Renames or second names of this organ: the earlier name, the date, the new name, the evidence. */
function Steps({ steps }: { steps: LineageStep[] }) {
  return (
    <ul className="space-y-1">
      {steps.map((e) => (
        <li key={e.from}>
          {e.fromName}（{e.date} {KIND_LABELS[e.kind]}
          {e.toName}） <Evidence e={e} />
        </li>
      ))}
    </ul>
  );
}

function Printed({ list }: { list: PrintedName[] }) {
  return (
    <ul className="list-inside list-disc">
      {list.map((p) => (
        <li key={p.name}>
          {p.name}
          {p.announcement ? (
            <span className="text-stone-600">
              （见 <AnnouncementLink a={p.announcement} />）
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** An organ's names over time: earlier names and second names, mergers, its end, and the forms announcements print. */
export function OrganNames({ names }: { names: Names }) {
  const renames = names.formerNames.filter((e) => e.kind === "rename");
  const seconds = names.formerNames.filter((e) => e.kind === "alias");
  return (
    <section aria-labelledby="names-heading" className="space-y-2 text-sm">
      <h2 id="names-heading" className="text-lg font-semibold">
        名称与沿革
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
        {renames.length ? (
          <>
            <dt className="text-stone-500">现名</dt>
            <dd>{names.name}</dd>
            <dt className="text-stone-500">曾用名</dt>
            <dd>
              <Steps steps={renames} />
            </dd>
          </>
        ) : null}
        {seconds.length ? (
          <>
            <dt className="text-stone-500">另一名称</dt>
            <dd>
              <Steps steps={seconds} />
            </dd>
          </>
        ) : null}
        {names.mergedFrom.length ? (
          <>
            <dt className="text-stone-500">由合并而来</dt>
            <dd>
              <ul className="space-y-1">
                {names.mergedFrom.map((e) => (
                  <li key={e.from}>
                    <OtherOrgan name={e.fromName} id={e.otherId} />（{e.date} {KIND_LABELS.merger}本机构；原机构的任职不延续到本机构）{" "}
                    <Evidence e={e} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {names.ended ? (
          <>
            <dt className="text-stone-500">{names.ended.to ? "已并入" : "已撤销"}</dt>
            <dd>
              {names.ended.toName ? <OtherOrgan name={names.ended.toName} id={names.ended.otherId} /> : null}（{names.ended.date}）{" "}
              <Evidence e={names.ended} />
            </dd>
          </>
        ) : null}
        {names.aliases.length ? (
          <>
            <dt className="text-stone-500">公告括注的名称</dt>
            <dd>
              <Printed list={names.aliases} />
            </dd>
          </>
        ) : null}
        <dt className="text-stone-500">公告中的写法</dt>
        <dd>
          {names.printed.length ? (
            <Printed list={names.printed} />
          ) : (
            <span className="text-stone-600">未见于已导入的公告（由上下级关系推知）</span>
          )}
        </dd>
      </dl>
      {renames.length || seconds.length ? (
        <p className="text-xs text-stone-500">以上各名称下的任免合并为同一机构的名单和变动记录。</p>
      ) : null}
    </section>
  );
}
