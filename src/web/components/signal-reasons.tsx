import { Tag, Typography } from "antd";
import type { MatchSignal } from "../api/types";
import { formatSignalValue } from "../lib/format";

/** Each signal's Chinese reason citing the fields used; 数据缺失 says so plainly instead of a score. */
export function SignalReasons({ signals }: { signals: MatchSignal[] }) {
  return (
    <ul className="signal-reasons" data-testid="signal-reasons">
      {signals.map((s) => (
        <li key={s.key}>
          <Typography.Text strong>{s.label}</Typography.Text>{" "}
          {s.value === null ? <Tag className="missing-tag">数据缺失</Tag> : <Tag color="blue">{formatSignalValue(s.value)}</Tag>}
          <Typography.Text type={s.value === null ? "secondary" : undefined}>{s.reason.replace(/^数据缺失：/, "")}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
