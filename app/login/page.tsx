import type { Metadata } from "next";
import { editorStatus, NO_TOKEN_MESSAGE } from "@/app/_auth/editor";
import { activeSessions, SESSION_POLICY, sessionLabel } from "@/lib/auth/sessions";
import { THROTTLE } from "@/lib/auth/throttle";
import { configuredToken, safeNextPath } from "@/lib/auth/token";
import { db } from "@/lib/db/client";
import { endSessionAction } from "./actions";

export const metadata: Metadata = { title: "编辑登录" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ERRORS: Record<string, string> = {
  "wrong-token": "令牌不正确，请重新输入。",
  "not-configured": NO_TOKEN_MESSAGE,
  throttled: `登录尝试过于频繁（${THROTTLE.windowMs / 60_000} 分钟内最多 ${THROTTLE.maxAttempts} 次），请稍后再试。`,
};

const when = (d: Date) => d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const next = safeNextPath(one(params.next), "/import");
  const error = ERRORS[one(params.error) ?? ""];
  const status = await editorStatus();
  const sessions = status.signedIn ? await activeSessions(db(), configuredToken()) : [];

  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">编辑登录</h1>
      <p className="text-stone-700">浏览数据无需登录。导入文本、合并或拆分人员等修改数据的操作，需要运营者设置的编辑令牌。</p>
      {one(params.signedOut) ? <p role="status">已退出登录。</p> : null}
      {one(params.ended) ? <p role="status">已结束该会话。</p> : null}
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      ) : null}
      {!status.configured ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {NO_TOKEN_MESSAGE}
        </p>
      ) : status.signedIn ? (
        <div className="space-y-3">
          <p role="status">
            你已登录，可以修改数据。登录 {SESSION_POLICY.absoluteMs / 3_600_000} 小时后，或闲置 {SESSION_POLICY.idleMs / 60_000}{" "}
            分钟后，需要重新登录。
          </p>
          <form action="/login/signout" method="post">
            <button type="submit" className="rounded border border-stone-400 px-3 py-1">
              退出登录
            </button>
          </form>
          <section aria-labelledby="sessions-heading" className="space-y-2">
            <h2 id="sessions-heading" className="text-lg font-semibold">
              当前有效的编辑会话
            </h2>
            <p className="text-sm text-stone-600">每次导入和更正都记录做出它的会话编号。结束一个会话后，持有它的浏览器需要重新登录。</p>
            <table className="w-full text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col">会话</th>
                  <th scope="col">登录时间</th>
                  <th scope="col">最近使用</th>
                  <th scope="col">浏览器</th>
                  <th scope="col">
                    <span className="sr-only">操作</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id} className="border-t border-stone-200">
                    <td className="font-mono">
                      {sessionLabel(s.id)}
                      {s.id === status.session?.id ? "（本浏览器）" : ""}
                    </td>
                    <td>{when(s.createdAt)}</td>
                    <td>{when(s.lastUsedAt)}</td>
                    <td className="max-w-[16rem] truncate" title={s.userAgent}>
                      {[s.client, s.userAgent].filter(Boolean).join(" · ")}
                    </td>
                    <td>
                      <form action={endSessionAction}>
                        <input type="hidden" name="sessionId" value={s.id} />
                        <button type="submit" className="text-red-800 hover:underline" aria-label={`结束会话 ${sessionLabel(s.id)}`}>
                          结束
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      ) : (
        <form action="/login/session" method="post" className="space-y-3">
          <input type="hidden" name="next" value={next} />
          <div className="flex flex-col gap-1">
            <label htmlFor="token" className="font-medium">
              编辑令牌
            </label>
            <input
              id="token"
              name="token"
              type="password"
              required
              autoComplete="current-password"
              className="rounded border border-stone-300 px-2 py-1"
            />
          </div>
          <button type="submit" className="rounded bg-red-800 px-3 py-1 text-white hover:bg-red-900">
            登录
          </button>
        </form>
      )}
    </div>
  );
}
