import { Segmented } from "antd";
import { useLocation, useNavigate } from "react-router-dom";
import { useAuth } from "../../auth/auth-context";

/** 审核队列 / 商协会统计: shown to administrators, who see both. */
export function LeadsNav() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (!can("lead:stats") || !can("lead:read")) return null;
  const current = pathname.startsWith("/leads/stats") ? "/leads/stats" : "/leads";
  return (
    <Segmented
      className="filter-bar"
      value={current}
      onChange={(path) => navigate(String(path))}
      options={[
        { value: "/leads", label: "审核队列" },
        { value: "/leads/stats", label: "商协会统计与报送链接" },
      ]}
      data-testid="leads-nav"
    />
  );
}
