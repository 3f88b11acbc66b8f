import { InputNumber, Space } from "antd";
import type { useUrlQuery } from "../hooks/use-url-query";

/** A ≥ / ≤ pair of amounts (万元) kept in the URL under two keys, e.g. minCapital and maxCapital. */
export function RangeFilter({ url, minKey, maxKey, label }: { url: ReturnType<typeof useUrlQuery>; minKey: string; maxKey: string; label: string }) {
  const box = (key: string, sign: "≥" | "≤", bound: string) => (
    <InputNumber
      aria-label={`${label}${bound}（万元）`}
      placeholder={`${label}${sign}（万元）`}
      min={0}
      value={url.getNumber(key)}
      onChange={(v) => url.set({ [key]: v ?? undefined })}
      style={{ width: 160 }}
    />
  );
  return (
    <Space.Compact>
      {box(minKey, "≥", "下限")}
      {box(maxKey, "≤", "上限")}
    </Space.Compact>
  );
}
