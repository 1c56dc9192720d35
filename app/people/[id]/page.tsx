import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { feedAlternates } from "@/app/_site/feeds";
import { db } from "@/lib/db/client";
import { ACTING_CONFIRMED, HANDOVER, TRANSFER } from "@/lib/derive/inferences";
import { opensTenure } from "@/lib/derive/kinds";
import { todayIso } from "@/lib/queries/common";
import { identityInferencesByAnnouncement, identitySuggestions } from "@/lib/queries/identity";
import { type ActionRef, type PostChange, personTimeline, survivingPersonId, type TimelineItem } from "@/lib/queries/person";
import { sameNamePeople } from "@/lib/queries/search";
import { SUCCESSION_RULE, type TenureNeighbours, tenureNeighbours } from "@/lib/queries/succession";
import { RecordId } from "@/lib/security/ids";
import { coverageText, UnknownStart } from "../../_components/Coverage";
import { CareerChart } from "../../_components/charts/CareerChart";
import { announcementLabel, dateOrUnknown, orgName } from "../../_components/labels";
import { LINK_CLASS, TextLink } from "../../_components/links";
import { IdentitySuggestions, Inferred } from "./_identity";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  return loadPerson((await params).id);
}

// Once per request, for the metadata and the page alike.
const loadPerson = cache(async (rawId: string) => {
  const id = RecordId.safeParse(rawId);
  if (!id.success) notFound();
  const surviving = await survivingPersonId(db(), id.data);
  if (surviving === null) notFound();
  // A person merged into another keeps its URL: it leads to the surviving person.
  if (surviving !== id.data) redirect(`/people/${surviving}`);
  const timeline = await personTimeline(db(), surviving);
  if (!timeline) notFound();
  return timeline;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await load(params);
  return { title: t.person.name, alternates: await feedAlternates(`/people/${t.person.id}/feed.atom`, `${t.person.name}：人事任免`) };
}

function clauseHref(ref: { announcementId: number; actionId: number }) {
  return `/announcements/${ref.announcementId}#clause-${ref.actionId}`;
}

function AnnouncementLink({ at }: { at: ActionRef }) {
  return (
    <TextLink href={clauseHref(at)}>
      {dateOrUnknown(at.date)}
      <span className="text-stone-600">
        （{announcementLabel({ id: at.announcementId, number: at.number })}，{at.kind}）
      </span>
    </TextLink>
  );
}

function Span({ item }: { item: TimelineItem }) {
  return (
    <p className="text-sm">
      {item.start ? (
        <>
          <AnnouncementLink at={item.start} /> 起
        </>
      ) : (
        <UnknownStart kind={item.unknownStart} endDate={item.endDate} coverageStart={item.coverageStart} />
      )}
      {" — "}
      {item.end ? (
        <>
          至 <AnnouncementLink at={item.end} />
          {item.acting && opensTenure(item.end.kind) ? <Inferred inference={ACTING_CONFIRMED} /> : null}
        </>
      ) : item.endDate ? (
        <>
          至 {item.endDate}
          <Inferred inference={HANDOVER} />
        </>
      ) : item.asOf ? (
        <span className="font-medium text-green-800" title="已收录的该发布机关最新一份公告的日期；此后的任免未收录">
          至今（截至 {item.asOf}）
        </span>
      ) : (
        <span className="font-medium text-green-800">未见免职（已收录公告均未载日期）</span>
      )}
    </p>
  );
}

function Changes({ label, changes }: { label: string; changes: PostChange[] }) {
  if (!changes.length) return null;
  return (
    <p>
      <span className="text-stone-500">{label}</span>
      {changes.map((c, i) => (
        <span key={c.actionId}>
          {i > 0 ? "；" : ""}
          <TextLink href={`/orgs/${c.organization.id}`}>{orgName(c.organization.name)}</TextLink>
          {c.titles.join("、")}
          <span className="text-stone-500">（{c.kind}）</span>
        </span>
      ))}
    </p>
  );
}

function Neighbours({ item, neighbours }: { item: TimelineItem; neighbours: Map<number, TenureNeighbours> }) {
  const lines = item.posts.flatMap((p) => {
    const n = neighbours.get(p.tenureId);
    if (!n?.predecessor && !n?.successor) return [];
    return [{ title: p.title, n, id: p.tenureId }];
  });
  if (!lines.length) return null;
  return (
    <ul className="mt-1 text-sm text-stone-600">
      {lines.map(({ title, n, id }) => (
        <li key={id}>
          {title}
          {n.predecessor ? (
            <>
              {" · 前任："}
              <TextLink href={`/people/${n.predecessor.personId}`}>{n.predecessor.name}</TextLink>
              （至 {n.predecessor.endDate}）
            </>
          ) : null}
          {n.successor ? (
            <>
              {" · 继任："}
              <TextLink href={`/people/${n.successor.personId}`}>{n.successor.name}</TextLink>（{n.successor.startDate} 起）
            </>
          ) : null}
        </li>
      ))}
      <li className="text-xs text-stone-500">{SUCCESSION_RULE}</li>
    </ul>
  );
}

const EVENT_LABELS = { move: "调任", appointed: "任职", left: "离任" } as const;

export default async function PersonPage({ params }: Props) {
  const t = await load(params);
  const { person } = t;
  const [neighbours, sameName, suggestions, identityInferences] = await Promise.all([
    tenureNeighbours(db(), t.tenureIds),
    sameNamePeople(db(), person.nameKey, person.id),
    identitySuggestions(db(), person.id),
    identityInferencesByAnnouncement(db(), person.id),
  ]);
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          {person.name} <span className="text-base font-normal text-stone-500">{person.pinyin}</span>
        </h1>
        {(() => {
          const current = t.organs.flatMap((o) =>
            o.items
              .filter((i) => !i.end)
              .map((i) => `${o.organization.name}${i.acting ? "代理" : ""}${i.posts.map((p) => p.title).join("、")}`),
          );
          return current.length ? (
            <p className="text-stone-800">
              现任{t.asOf ? `（截至 ${t.asOf}）` : ""}：{current.join("；")}
            </p>
          ) : (
            <p className="text-stone-600">无现任职务记录{t.asOf ? `（截至 ${t.asOf}）` : ""}</p>
          );
        })()}
        <p className="text-sm text-stone-600" data-testid="person-coverage">
          资料范围：{t.coverage.map(coverageText).join("；")}。在任情况均截至该发布机关已收录的最新一份公告。
        </p>
        <p className="text-sm text-stone-600">
          {t.actionCount} 项任免记录 · 人员编号 {person.id}
        </p>
        {sameName.length ? (
          <p className="text-sm text-stone-600">
            同名的其他人员：
            {sameName.map((h, i) => (
              <span key={h.id}>
                {i > 0 ? "、" : ""}
                <TextLink href={`/people/${h.id}`}>
                  {h.name}
                  {(h.currentPosts[0]?.organization ?? h.organs[0]?.name)
                    ? ` · ${h.currentPosts[0]?.organization ?? h.organs[0]?.name}`
                    : ""}
                </TextLink>
              </span>
            ))}
          </p>
        ) : null}
        <p className="flex flex-wrap gap-4 text-sm">
          <TextLink href={`/people/${person.id}/corrections`}>更正身份</TextLink>
          <a href={`/people/${person.id}/timeline.csv`} className={LINK_CLASS} download>
            导出任职经历 CSV
          </a>
          <TextLink href={`/actions?person=${encodeURIComponent(person.nameKey)}`}>同名人员的全部任免记录</TextLink>
        </p>
        <IdentitySuggestions personId={person.id} suggestions={suggestions} />
      </header>

      {t.organs.length ? (
        <section aria-labelledby="career-heading">
          <h2 id="career-heading" className="mb-3 text-lg font-semibold">
            任职时间图
          </h2>
          <CareerChart organs={t.organs} person={person.name} asOf={t.asOf ?? todayIso()} />
        </section>
      ) : null}

      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading" className="mb-3 text-lg font-semibold">
          任职经历（按机构，新的在前）
        </h2>
        {t.organs.length === 0 ? <p className="text-stone-600">暂无任职记录。</p> : null}
        <div className="space-y-4">
          {t.organs.map((o) => (
            <section key={o.organization.id} aria-label={o.organization.name} className="rounded border border-stone-200 bg-white p-3">
              <h3 className="mb-2 font-semibold">
                <TextLink href={`/orgs/${o.organization.id}`}>{orgName(o.organization.name)}</TextLink>
              </h3>
              <ol className="space-y-3">
                {o.items.map((item) => (
                  <li key={item.posts[0].tenureId} className="border-l-4 border-stone-200 pl-3" data-status={item.status}>
                    <p className="font-medium">
                      {item.acting ? "代理" : ""}
                      {item.posts.map((p) => p.title).join("、")}
                    </p>
                    <Span item={item} />
                    <Neighbours item={item} neighbours={neighbours} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      </section>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading" className="mb-3 text-lg font-semibold">
          任免时间线（新的在前）
        </h2>
        <ol className="space-y-3">
          {t.events.map((e) => {
            const first = e.closed[0] ?? e.opened[0];
            return (
              <li key={e.announcement.id} className="rounded border border-stone-200 bg-white p-3 text-sm">
                <p className="mb-1">
                  <span className="mr-2 rounded bg-red-50 px-1.5 py-0.5 font-medium text-red-900">{EVENT_LABELS[e.type]}</span>
                  {e.type === "move" ? <Inferred inference={TRANSFER} /> : null}
                  <TextLink href={`/announcements/${e.announcement.id}#clause-${first.actionId}`}>
                    {dateOrUnknown(e.announcement.date)} {announcementLabel({ id: e.announcement.id, number: e.announcement.number })}
                  </TextLink>
                </p>
                <Changes label={e.type === "move" ? "由 " : "免去/离任："} changes={e.closed} />
                <Changes label={e.type === "move" ? "调任 " : "任："} changes={e.opened} />
                {identityInferences.has(e.announcement.id) ? (
                  <p className="mt-1">
                    <Inferred inference={identityInferences.get(e.announcement.id)!} prefix="身份 · " />
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
