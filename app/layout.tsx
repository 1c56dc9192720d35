import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "任免 Renmian", template: "%s · 任免 Renmian" },
  description:
    "Who holds which public post in Chongqing, and why it changed: personnel decisions of the people's congress standing committee.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

const NAV = [
  { href: "/", label: "首页" },
  { href: "/orgs", label: "机构" },
  { href: "/actions", label: "任免记录" },
  { href: "/import", label: "导入" },
];

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          跳到正文
        </a>
        <header className="border-b border-stone-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-xl font-bold text-red-800">
              任免 <span className="text-sm font-normal text-stone-500">Renmian</span>
            </Link>
            <nav aria-label="主导航">
              <ul className="flex gap-4 text-sm">
                {NAV.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="hover:underline">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            {/* biome-ignore lint/a11y/useSemanticElements: <search> is not announced by every screen reader yet; role="search" is */}
            <form action="/search" method="get" role="search" className="flex w-full gap-2 sm:ml-auto sm:w-auto">
              <label htmlFor="site-search" className="sr-only">
                搜索人员（姓名或拼音）或机构
              </label>
              <input
                id="site-search"
                name="q"
                type="search"
                placeholder="姓名 / 拼音 / 机构"
                className="w-full min-w-0 rounded border border-stone-300 px-2 py-1 text-sm sm:w-64"
              />
              <button type="submit" className="rounded bg-red-800 px-3 py-1 text-sm text-white hover:bg-red-900">
                搜索
              </button>
            </form>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
