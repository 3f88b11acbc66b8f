import { Route, Routes } from "react-router-dom";
import { useAuth } from "../../auth/auth-context";
import { ErrorState } from "../../components/page-states";
import { ApiError } from "../../api/client";
import { NotFoundPage } from "../not-found-page";
import { LeadQueuePage } from "./lead-queue-page";
import { LeadDetailPage } from "./lead-detail-page";
import { LeadStatsPage } from "./lead-stats-page";
import { MyLeadsPage } from "./my-leads-page";
import "./leads.css";

const forbidden = <ErrorState error={new ApiError(403, "FORBIDDEN", "当前账号无权查看该页面")} />;

/**
 * /leads/*: analysts get the review queue and lead pages, administrators also the chambers' figures and form
 * links; a chamber account sees only 我的线索.
 */
export function LeadsRoutes() {
  const { can } = useAuth();
  const reviewer = can("lead:read");
  return (
    <Routes>
      <Route index element={reviewer ? <LeadQueuePage /> : can("lead:read-own") ? <MyLeadsPage /> : forbidden} />
      <Route path="mine" element={can("lead:read-own") ? <MyLeadsPage /> : forbidden} />
      <Route path="stats" element={can("lead:stats") ? <LeadStatsPage /> : forbidden} />
      <Route path=":id" element={reviewer ? <LeadDetailPage /> : forbidden} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
