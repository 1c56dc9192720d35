import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">找不到这个页面</h1>
      <p>链接可能有误，或者这条记录已不存在。</p>
      <Link href="/" className="text-blue-800 hover:underline">
        返回首页
      </Link>
    </div>
  );
}
