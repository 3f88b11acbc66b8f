import { Select } from "antd";
import { SHORTLIST_STATUSES, type ShortlistStatus } from "../api/types";

export const STATUS_COLORS: Record<ShortlistStatus, string> = {
  待联系: "default",
  已联系: "processing",
  洽谈中: "warning",
  已放弃: "error",
  已签约: "success",
};

export function StatusSelect({
  value,
  onChange,
  disabled,
  label,
}: {
  value: ShortlistStatus;
  onChange: (status: ShortlistStatus) => void;
  disabled?: boolean;
  label: string;
}) {
  return (
    <Select<ShortlistStatus>
      aria-label={label}
      size="small"
      value={value}
      onChange={onChange}
      disabled={disabled}
      options={SHORTLIST_STATUSES.map((s) => ({ value: s, label: s }))}
      style={{ width: 96 }}
      data-testid="status-select"
    />
  );
}
