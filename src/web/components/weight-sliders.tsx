import { Button, Card, InputNumber, Slider, Typography } from "antd";
import { UndoOutlined } from "@ant-design/icons";
import { SIGNAL_LABELS } from "../lib/labels";

/** The API accepts 0–10 per signal. */
const WEIGHT_RANGE = { min: 0, max: 10, step: 0.5 };

/**
 * One slider per signal (0–10, relative weights). Changes apply while dragging; the page debounces
 * the request. The number box beside each slider takes typed values for keyboard users.
 */
export function WeightSliders({
  weights,
  overridden,
  onChange,
  onReset,
}: {
  /** The weights in force (defaults of the project's industry group with the overrides applied). */
  weights: Record<string, number>;
  /** Keys the user changed. */
  overridden: string[];
  onChange: (key: string, value: number) => void;
  onReset: () => void;
}) {
  return (
    <Card
      size="small"
      title="信号权重"
      extra={
        <Button size="small" icon={<UndoOutlined />} onClick={onReset} disabled={!overridden.length}>
          恢复默认
        </Button>
      }
      className="weight-card"
      data-testid="weight-sliders"
    >
      <Typography.Paragraph type="secondary" className="weight-hint">
        拖动或输入 0–10，排名随即更新；数值只看相对大小。
      </Typography.Paragraph>
      {Object.keys(SIGNAL_LABELS).map((key) => {
        const value = weights[key] ?? 0;
        const label = SIGNAL_LABELS[key];
        return (
          <div key={key} className="weight-row" data-signal={key}>
            <Typography.Text className="weight-label" strong={overridden.includes(key)}>
              {label}
            </Typography.Text>
            <Slider
              className="weight-slider"
              {...WEIGHT_RANGE}
              value={value}
              onChange={(v) => onChange(key, v)}
              aria-label={`${label}权重`}
              tooltip={{ formatter: (v) => `${label} ×${v}` }}
            />
            <InputNumber
              size="small"
              {...WEIGHT_RANGE}
              value={value}
              onChange={(v) => v !== null && onChange(key, v)}
              aria-label={`${label}权重数值`}
              style={{ width: 64 }}
            />
          </div>
        );
      })}
    </Card>
  );
}
