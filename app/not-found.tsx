import type { Metadata } from "next";
import { connection } from "next/server";
import { TextLink } from "./_components/links";

export const metadata: Metadata = { title: "找不到页面" };

export default async function NotFound() {
  // Rendered per request, like every page: the nonce-based CSP (proxy.ts) needs that, a static
  // page's scripts carry no nonce and would be blocked.
  await connection();
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">找不到这个页面</h1>
      <p>链接可能有误，或者这条记录已不存在。</p>
      <TextLink href="/">返回首页</TextLink>
    </div>
  );
}
