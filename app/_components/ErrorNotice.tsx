// What users see when a page fails: a friendly message, the error number, retry and home.
// The stack and any SQL stay in the server log (Next.js logs the error under the same digest).
export function ErrorNotice({ digest, reset }: { digest?: string; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">出错了</h1>
      <p>页面暂时无法显示，错误详情已记录在服务器日志中。请稍后重试。</p>
      {digest ? <p className="text-sm text-stone-600">错误编号 {digest}</p> : null}
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
