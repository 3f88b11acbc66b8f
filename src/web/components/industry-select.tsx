import { useEffect, useState } from "react";
import { TreeSelect } from "antd";
import { fetchIndustryChildren, useIndustryNames, type IndustryCode } from "../hooks/use-reference";

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

const toNode = (i: IndustryCode): Node => ({ id: i.code, pId: i.parentCode, value: i.code, title: `${i.code} ${i.name}`, isLeaf: i.code.length >= 4 });

/** GB/T 4754 industries, loaded level by level; any level can be chosen (the API filters on the prefix). */
export function IndustrySelect({ value, onChange, id }: { value?: string; onChange: (code: string | undefined) => void; id?: string }) {
  const [nodes, setNodes] = useState<Node[]>([]);
  const names = useIndustryNames(value ? [value] : []);

  useEffect(() => {
    fetchIndustryChildren(null)
      .then((sections) => setNodes(sections.map(toNode)))
      .catch(() => undefined);
  }, []);

  const loadData = async (node: object) => {
    const parent = (node as { id?: string }).id;
    if (!parent) return;
    const children = await fetchIndustryChildren(parent);
    setNodes((current) => {
      const known = new Set(current.map((n) => n.id));
      const added = children.filter((c) => !known.has(c.code)).map(toNode);
      return added.length ? [...current, ...added] : current.map((n) => (n.id === parent ? { ...n, isLeaf: true } : n));
    });
  };

  const known = value ? nodes.some((n) => n.value === value) : true;
  return (
    <TreeSelect
      id={id}
      treeDataSimpleMode
      treeData={known || !value ? nodes : [...nodes, { id: value, pId: null, value, title: `${value} ${names[value] ?? ""}`, isLeaf: true }]}
      loadData={loadData}
      value={value}
      onChange={(v) => onChange(v || undefined)}
      allowClear
      placeholder="行业（国民经济行业分类）"
      style={{ width: 240 }}
      popupMatchSelectWidth={360}
    />
  );
}
