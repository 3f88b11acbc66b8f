import { Input } from "antd";
import type { useUrlQuery } from "../hooks/use-url-query";

/** The list's text query, kept in the URL as `q` (Enter or the button searches). */
export function SearchBox({ url, label, placeholder, testId }: { url: ReturnType<typeof useUrlQuery>; label: string; placeholder: string; testId?: string }) {
  const q = url.get("q");
  return (
    <Input.Search
      aria-label={label}
      placeholder={placeholder}
      defaultValue={q}
      key={q ?? ""}
      allowClear
      enterButton="检索"
      onSearch={(text) => url.set({ q: text.trim() })}
      style={{ width: 360 }}
      data-testid={testId}
    />
  );
}
