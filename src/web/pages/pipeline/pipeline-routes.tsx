import { Route, Routes } from "react-router-dom";
import { NotFoundPage } from "../not-found-page";
import { DashboardPage } from "./dashboard-page";
import { ApprovalsPage } from "./approvals-page";
import { AlertsPage } from "./alerts-page";
import { ProjectPipelinePage } from "./project-pipeline-page";
import "./pipeline.css";

/** /pipeline/*: 驾驶舱, 审批, 预警 and each project's 推进 page (/pipeline/projects/:id). */
export function PipelineRoutes() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="approvals" element={<ApprovalsPage />} />
      <Route path="alerts" element={<AlertsPage />} />
      <Route path="projects/:id" element={<ProjectPipelinePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
