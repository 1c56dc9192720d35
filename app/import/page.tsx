import type { Metadata } from "next";
import Link from "next/link";
import { editorStatus, NO_TOKEN_MESSAGE } from "@/app/_auth/editor";
import { LIMITS_TEXT, MAX_SOURCE_BYTES, MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from "@/lib/import/limits";
import { FetchForm } from "./FetchForm";
import { ImportClient } from "./ImportClient";

export const metadata: Metadata = { title: "导入" };
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  const status = await editorStatus();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">导入公告</h1>
      <p className="text-stone-700">
        上传报纸版面或网页的文本文件，或直接粘贴公告文字。先预览将要写入的公告、任免事项、新人员和新机构，确认后再导入；同一文件或同一公告不会重复导入。
      </p>
      <p className="text-sm text-stone-600">{LIMITS_TEXT}</p>
      {!status.configured ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {NO_TOKEN_MESSAGE}
        </p>
      ) : !status.signedIn ? (
        <p className="rounded border border-stone-300 bg-white p-3">
          导入会修改数据，需要编辑令牌。
          <Link href="/login?next=/import" className="ml-1 text-blue-800 underline">
            登录后导入
          </Link>
        </p>
      ) : (
        <>
          <ImportClient limits={{ maxSourceBytes: MAX_SOURCE_BYTES, maxUploadBytes: MAX_UPLOAD_BYTES, maxFiles: MAX_UPLOAD_FILES }} />
          <FetchForm />
          <form action="/login/signout" method="post">
            <button type="submit" className="text-sm text-stone-600 underline">
              退出登录
            </button>
          </form>
        </>
      )}
    </div>
  );
}
