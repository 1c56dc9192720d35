"use client";
// The address and publication of a single imported source, shown on its announcement as 来源.

export function SourceAddressFields({
  value,
  disabled,
  onChange,
}: {
  value: { url: string; publication: string };
  disabled: boolean;
  onChange: (v: { url: string; publication: string }) => void;
}) {
  return (
    <fieldset className="grid gap-2 sm:grid-cols-2">
      <legend className="mb-1 font-medium">来源（可选，只导入一个文件或一段文字时填写）</legend>
      <label className="flex flex-col gap-1 text-sm">
        原文网址
        <input
          type="url"
          name="url"
          inputMode="url"
          placeholder="https://…"
          value={value.url}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, url: e.target.value })}
          className="rounded border border-stone-300 p-1.5"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        刊载媒体
        <input
          type="text"
          name="publication"
          maxLength={200}
          placeholder="如：重庆日报"
          value={value.publication}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, publication: e.target.value })}
          className="rounded border border-stone-300 p-1.5"
        />
      </label>
    </fieldset>
  );
}
