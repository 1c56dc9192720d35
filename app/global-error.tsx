"use client";

import { ErrorNotice } from "./_components/ErrorNotice";

// Replaces the root layout when that fails, so it brings its own <html> and <body>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-stone-50 p-6 text-stone-900">
        <main className="mx-auto max-w-xl">
          <ErrorNotice digest={error.digest} reset={reset} />
        </main>
      </body>
    </html>
  );
}
