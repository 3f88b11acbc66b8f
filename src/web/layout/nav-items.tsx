import type { ReactNode } from "react";
import { AuditOutlined, BankOutlined, DashboardOutlined, ProjectOutlined, UnorderedListOutlined } from "@ant-design/icons";

export interface NavItem {
  /** First path segment; the menu highlights it for every page below it. */
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown when the user holds any of these permissions. */
  anyOf: string[];
}

/**
 * The side menu. 线索审核 and 项目推进/驾驶舱 are slots for the leads and pipeline pages (their routes in
 * app.tsx show a placeholder until those pages land).
 */
export const NAV_ITEMS: NavItem[] = [
  { path: "/projects", label: "项目库", icon: <ProjectOutlined />, anyOf: ["project:read"] },
  { path: "/enterprises", label: "企业库", icon: <BankOutlined />, anyOf: ["enterprise:read"] },
  { path: "/shortlists", label: "目标清单", icon: <UnorderedListOutlined />, anyOf: ["shortlist:read"] },
  { path: "/leads", label: "线索审核", icon: <AuditOutlined />, anyOf: ["lead:read", "lead:read-own", "lead:review"] },
  { path: "/pipeline", label: "项目推进", icon: <DashboardOutlined />, anyOf: ["pipeline:read"] },
];
