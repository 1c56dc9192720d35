import type { Metadata } from "next";
import { editorStatus, NO_TOKEN_MESSAGE } from "@/app/_auth/editor";
import { safeNextPath } from "@/lib/auth/token";
import { loginAction, logoutAction } from "./actions";

export const metadata: Metadata = { title: "编辑登录" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ERRORS: Record<string, string> = {
  "wrong-token": "令牌不正确，请重新输入。",
  "not-configured": NO_TOKEN_MESSAGE,
};

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const next = safeNextPath(one(params.next), "/import");
  const error = ERRORS[one(params.error) ?? ""];
  const status = await editorStatus();

  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">编辑登录</h1>
      <p className="text-stone-700">浏览数据无需登录。导入文本、合并或拆分人员等修改数据的操作，需要运营者设置的编辑令牌。</p>
      {one(params.signedOut) ? <p role="status">已退出登录。</p> : null}
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
          <p role="status">你已登录，可以修改数据。</p>
          <form action={logoutAction}>
            <button type="submit" className="rounded border border-stone-400 px-3 py-1">
              退出登录
            </button>
          </form>
        </div>
      ) : (
        <form action={loginAction} className="space-y-3">
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
