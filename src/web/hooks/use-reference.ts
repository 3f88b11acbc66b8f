import { useEffect, useState } from "react";
import { api } from "../api/client";
import type { IndustryGroup, Region } from "../api/types";

/** Reference tables change only with an import: loaded once per page load and shared. */
const cache = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = load();
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}

function useOnce<T>(key: string, load: () => Promise<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    once(key, load)
      .then((v) => live && setValue(v))
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return value;
}

export function useIndustryGroups(): IndustryGroup[] {
  return useOnce("industry-groups", () => api<{ items: IndustryGroup[] }>("/industry-groups").then((r) => r.items), []);
}

export function useProvinces(): Region[] {
  return useOnce("provinces", () => api<{ items: Region[] }>("/regions").then((r) => r.items), []);
}

export function fetchRegionChildren(parent: string): Promise<Region[]> {
  return once(`regions:${parent}`, () => api<{ items: Region[] }>("/regions", { query: { parent } }).then((r) => r.items));
}

export interface IndustryCode {
  code: string;
  name: string;
  parentCode: string | null;
  level: number;
}

export function fetchIndustryChildren(parent: string | null): Promise<IndustryCode[]> {
  return once(`industries:${parent ?? ""}`, () =>
    api<{ items: IndustryCode[] }>("/industries", { query: { parent: parent ?? undefined } }).then((r) => r.items),
  );
}

function fetchIndustryName(code: string): Promise<string | null> {
  return once(`industry:${code}`, () =>
    api<{ items: IndustryCode[] }>("/industries", { query: { q: code } }).then((r) => r.items.find((i) => i.code === code)?.name ?? null),
  );
}

/** Names of GB/T codes (for facets and labels), fetched as needed and cached. */
export function useIndustryNames(codes: string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(codes)].sort().join(",");
  useEffect(() => {
    let live = true;
    const list = key ? key.split(",") : [];
    Promise.all(list.map((code) => fetchIndustryName(code).then((name) => [code, name] as const).catch(() => [code, null] as const))).then(
      (pairs) => {
        if (!live) return;
        setNames(Object.fromEntries(pairs.filter(([, name]) => name).map(([code, name]) => [code, name as string])));
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}

/** 440000 → 44, 440300 → 4403, 440305 → 440305: the prefix the API filters on. */
export function regionPrefix(code: string): string {
  if (code.endsWith("0000")) return code.slice(0, 2);
  if (code.endsWith("00")) return code.slice(0, 4);
  return code;
}
