import { useEffect, useRef, useState } from "react";
import { Select, Spin } from "antd";
import { api } from "../../api/client";
import type { Page } from "../../api/types";

export interface EnterpriseOption {
  id: number;
  name: string;
  /** Shown after the name, e.g. a dedup score. */
  hint?: string;
}

interface EnterpriseRow {
  id: number;
  name: string;
  creditCode: string | null;
  cityName: string | null;
}

/**
 * Picks an enterprise of the library by name (the database list, so a just-created enterprise is found
 * before the search index has caught up). `suggestions` are offered before anything is typed.
 */
export function EnterprisePicker({
  value,
  onChange,
  suggestions = [],
  id,
  placeholder = "输入企业名称查找",
  testId,
}: {
  value?: number | null;
  onChange: (id: number | null, option?: EnterpriseOption) => void;
  suggestions?: EnterpriseOption[];
  id?: string;
  placeholder?: string;
  testId?: string;
}) {
  const [found, setFound] = useState<EnterpriseOption[]>([]);
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const controller = useRef<AbortController>(undefined);

  useEffect(() => () => {
    clearTimeout(timer.current);
    controller.current?.abort();
  }, []);

  const search = (text: string) => {
    clearTimeout(timer.current);
    const q = text.trim();
    if (!q) {
      setFound([]);
      return;
    }
    timer.current = setTimeout(() => {
      controller.current?.abort();
      const c = new AbortController();
      controller.current = c;
      setSearching(true);
      api<Page<EnterpriseRow>>("/enterprises", { signal: c.signal, query: { q, limit: 20 } })
        .then((page) => {
          if (c.signal.aborted) return;
          setFound(page.items.map((e) => ({ id: e.id, name: e.name, hint: [e.creditCode, e.cityName].filter(Boolean).join(" · ") })));
          setSearching(false);
        })
        .catch(() => !c.signal.aborted && setSearching(false));
    }, 250);
  };

  const all = new Map<number, EnterpriseOption>();
  for (const o of [...suggestions, ...found]) if (!all.has(o.id)) all.set(o.id, o);
  const options = [...all.values()].map((o) => ({ value: o.id, label: o.hint ? `${o.name}（${o.hint}）` : o.name }));

  return (
    <Select<number>
      id={id}
      showSearch
      allowClear
      filterOption={false}
      placeholder={placeholder}
      value={value ?? undefined}
      onSearch={search}
      onChange={(v) => onChange(v ?? null, v === undefined ? undefined : all.get(v))}
      notFoundContent={searching ? <Spin size="small" /> : "未找到企业，请换个名称试试"}
      options={options}
      style={{ width: "100%" }}
      data-testid={testId}
    />
  );
}
