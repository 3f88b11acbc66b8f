/** Who may do what. Every route names one permission in `access-rules.ts`; roles grant permissions here. */
export const ROLES = ["admin", "analyst", "group_lead", "viewer", "chamber"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "管理员",
  analyst: "招商分析员",
  group_lead: "产业链组长",
  viewer: "只读用户",
  chamber: "商协会",
};

export const PERMISSIONS = [
  "reference:read",
  "enterprise:read",
  "enterprise:write",
  "project:read",
  "project:write",
  "search:read",
  "match:read",
  "match:write",
  "import:read",
  "import:write",
  /** Contact persons, phones and e-mails (personal data). */
  "contact:read",
  "shortlist:read",
  "shortlist:write",
  "lead:submit",
  "lead:read-own",
  "lead:read",
  "lead:review",
  /** Response-time figures of every chamber (admins). */
  "lead:stats",
  "pipeline:read",
  "pipeline:write",
  /** Approve stage changes of projects in one's own industry groups. */
  "pipeline:approve",
  /** Scoring weights, chain map, negative list, thresholds. */
  "settings:write",
  "user:admin",
  "apikey:admin",
  "audit:read",
  /** Reindex, backups. */
  "system:admin",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = [
  "reference:read", "enterprise:read", "project:read", "search:read", "match:read", "import:read",
  "shortlist:read", "lead:read", "pipeline:read",
];
const ANALYST: Permission[] = [
  ...READ, "contact:read", "enterprise:write", "project:write", "match:write", "import:write", "shortlist:write",
  "lead:review", "pipeline:write",
];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set(PERMISSIONS.filter((p) => p !== "lead:submit" && p !== "lead:read-own")),
  analyst: new Set(ANALYST),
  group_lead: new Set<Permission>([...ANALYST, "pipeline:approve"]),
  viewer: new Set(READ),
  chamber: new Set<Permission>(["reference:read", "lead:submit", "lead:read-own"]),
};

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}
