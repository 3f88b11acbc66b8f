import { Segmented } from "antd";
import { useLocation, useNavigate } from "react-router-dom";

const SECTIONS = [
  { value: "/pipeline", label: "驾驶舱" },
  { value: "/pipeline/approvals", label: "审批" },
  { value: "/pipeline/alerts", label: "预警" },
];

/** 驾驶舱 / 审批 / 预警 of the 项目推进 menu entry (a project's own page is reached from the project). */
export function PipelineNav() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = SECTIONS.find((s) => s.value !== "/pipeline" && pathname.startsWith(s.value))?.value ?? "/pipeline";
  return <Segmented className="filter-bar" value={current} onChange={(path) => navigate(String(path))} options={SECTIONS} data-testid="pipeline-nav" />;
}
