import { Card, Tag, Typography } from "antd";

export interface FacetGroup {
  /** Facet name in the API, e.g. stage. */
  field: string;
  title: string;
  counts: Record<string, number>;
  selected: string[];
  /** Display name of a value (industry code → name, province code → name). */
  nameOf?: (value: string) => string;
  /** Without it the facet is shown for information only. */
  onToggle?: (value: string) => void;
  /** Most frequent values shown. */
  max?: number;
}

/** Counts of the current result per value; click a value to filter by it (again to remove it). */
export function FacetPanel({ groups }: { groups: FacetGroup[] }) {
  const shown = groups.filter((g) => Object.keys(g.counts).length > 0);
  if (!shown.length) return null;
  return (
    <Card size="small" title="分面统计" className="facet-panel" data-testid="facets">
      {shown.map((group) => {
        const values = Object.entries(group.counts)
          .sort((a, b) => b[1] - a[1])
          .slice(0, group.max ?? 12);
        return (
          <div key={group.field} className="facet-group">
            <Typography.Text strong className="facet-title">
              {group.title}
            </Typography.Text>
            <div className="facet-values">
              {values.map(([value, count]) => {
                const label = `${group.nameOf?.(value) ?? value} ${count}`;
                const checked = group.selected.includes(value);
                return group.onToggle ? (
                  <Tag.CheckableTag key={value} checked={checked} onChange={() => group.onToggle?.(value)}>
                    {label}
                  </Tag.CheckableTag>
                ) : (
                  <Tag key={value}>{label}</Tag>
                );
              })}
            </div>
          </div>
        );
      })}
    </Card>
  );
}
