// What was wrong with the address's parameters (lib/queries/inputProblems.ts). The proxy answers
// such requests with HTTP 400; the page says why and shows what it could without the bad values.
import { type InputRules, inputProblems } from "@/lib/queries/inputProblems";

export function InputProblems({ rules, params }: { rules: InputRules; params: Record<string, string | string[] | undefined> }) {
  const problems = inputProblems(rules, params);
  if (!problems.length) return null;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
      <p className="font-medium">无法按这些条件查询：</p>
      <ul className="list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p className="mt-1 text-sm">以下内容未使用这些条件。</p>
    </div>
  );
}
