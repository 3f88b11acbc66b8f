import { useEffect, useState } from "react";
import { Cascader } from "antd";
import { fetchRegionChildren, regionPrefix, useProvinces } from "../hooks/use-reference";
import type { Region } from "../api/types";

interface Option {
  value: string;
  label: string;
  isLeaf?: boolean;
  children?: Option[];
}

const toOption = (r: Region, leaf: boolean): Option => ({ value: r.code, label: r.name, isLeaf: leaf });

/** The 6-digit codes along the way to a prefix: 4403 → [440000, 440300]. */
function pathOf(prefix: string | undefined): string[] {
  if (!prefix) return [];
  const path = [prefix.slice(0, 2).padEnd(6, "0")];
  if (prefix.length >= 4) path.push(prefix.slice(0, 4).padEnd(6, "0"));
  if (prefix.length >= 6) path.push(prefix);
  return path;
}

/** Province → city → county, any level selectable; the value is the API's region prefix (44, 4403, 440305). */
export function RegionSelect({
  value,
  onChange,
  placeholder = "地区",
  maxLevel = 3,
  id,
}: {
  value?: string;
  onChange: (prefix: string | undefined) => void;
  placeholder?: string;
  maxLevel?: 1 | 2 | 3;
  id?: string;
}) {
  const provinces = useProvinces();
  const [options, setOptions] = useState<Option[]>([]);

  useEffect(() => {
    setOptions(provinces.map((p) => toOption(p, maxLevel === 1)));
  }, [provinces, maxLevel]);

  // A link with ?province=4403 needs the path's children loaded to show its names.
  useEffect(() => {
    const path = pathOf(value);
    if (path.length < 2 || !provinces.length) return;
    let live = true;
    (async () => {
      const cities = await fetchRegionChildren(path[0]);
      const counties = path.length > 2 ? await fetchRegionChildren(path[1]) : [];
      if (!live) return;
      setOptions((current) =>
        current.map((p) =>
          p.value !== path[0]
            ? p
            : {
                ...p,
                children: cities.map((c) => ({
                  ...toOption(c, maxLevel <= 2),
                  ...(c.code === path[1] && counties.length ? { children: counties.map((k) => toOption(k, true)) } : {}),
                })),
              },
        ),
      );
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [value, provinces, maxLevel]);

  const loadData = async (selected: Option[]) => {
    const target = selected[selected.length - 1];
    const children = await fetchRegionChildren(target.value);
    const leaf = selected.length + 1 >= maxLevel;
    setOptions((current) => attach(current, target.value, children.length ? children.map((c) => toOption(c, leaf)) : undefined));
  };

  return (
    <Cascader<Option>
      id={id}
      options={options}
      loadData={loadData}
      changeOnSelect
      showSearch={false}
      allowClear
      placeholder={placeholder}
      value={pathOf(value)}
      onChange={(path) => onChange(path && path.length ? regionPrefix(String(path[path.length - 1])) : undefined)}
      style={{ width: 200 }}
    />
  );
}

function attach(options: Option[], code: string, children: Option[] | undefined): Option[] {
  return options.map((o) => {
    if (o.value === code) return children ? { ...o, children } : { ...o, isLeaf: true };
    return o.children ? { ...o, children: attach(o.children, code, children) } : o;
  });
}
