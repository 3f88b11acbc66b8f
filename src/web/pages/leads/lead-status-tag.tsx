import { Tag } from "antd";
import { LEAD_STATUS_COLORS, LEAD_STATUS_LABELS } from "./lead-labels";
import type { LeadStatus } from "./lead-types";

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  return (
    <Tag color={LEAD_STATUS_COLORS[status]} data-testid="lead-status">
      {LEAD_STATUS_LABELS[status] ?? status}
    </Tag>
  );
}
