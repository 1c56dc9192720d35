"use client";

// Replaces the root layout when it fails. Users see a friendly message and an error number;
// the stack and any SQL stay in the server log (Next.js logs the error with the same digest).
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-stone-50 p-6 text-stone-900">
        <main role="alert" className="mx-auto max-w-xl space-y-3">
          <h1 className="text-2xl font-bold">出错了</h1>
          <p>网站暂时无法显示这个页面，错误详情已记录在服务器日志中。请稍后重试。</p>
          {error.digest ? <p className="text-sm text-stone-600">错误编号 {error.digest}</p> : null}
          <div className="flex gap-3">
            <button type="button" onClick={reset} className="rounded bg-red-800 px-3 py-1 text-white">
              重试
            </button>
            <a href="/" className="rounded border border-stone-400 px-3 py-1">
              返回首页
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
