"use client";

// Users see a friendly message; the detail is logged on the server, never shown.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">出错了</h1>
      <p>页面暂时无法显示，错误详情已记录在服务器日志中。请稍后重试。{error.digest ? `（错误编号 ${error.digest}）` : ""}</p>
      <div className="flex gap-3">
        <button type="button" onClick={reset} className="rounded bg-red-800 px-3 py-1 text-white">
          重试
        </button>
        <a href="/" className="rounded border border-stone-400 px-3 py-1">
          返回首页
        </a>
      </div>
    </div>
  );
}
