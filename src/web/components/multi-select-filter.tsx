import { Select } from "antd";
import type { useUrlQuery } from "../hooks/use-url-query";

/** A multiple-choice filter kept in the URL as a comma-separated list under `field`. */
export function MultiSelectFilter({
  url,
  field,
  label,
  options,
  minWidth = 140,
}: {
  url: ReturnType<typeof useUrlQuery>;
  field: string;
  label: string;
  options: { value: string; label: string }[];
  minWidth?: number;
}) {
  return (
    <Select
      aria-label={label}
      mode="multiple"
      allowClear
      placeholder={label}
      value={url.getList(field)}
      onChange={(v) => url.set({ [field]: v })}
      options={options}
      style={{ minWidth }}
    />
  );
}
