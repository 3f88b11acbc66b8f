import { match, type MatchFunction } from "path-to-regexp";
import type { Permission } from "./roles";

/**
 * The one table of who may call which API route. `public` needs no credentials, `signed-in` any valid
 * credentials, otherwise the named permission. A request to an /api route with no rule here is refused for
 * everyone (deny by default), and the authorization matrix test fails on any mounted route without a rule.
 * Record-level scope (industry groups, a chamber's own leads) and contact redaction are applied by the
 * use cases through `actor.ts`.
 */
export type Access = "public" | "signed-in" | Permission;

export interface AccessRule {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  access: Access;
}

const crud = (base: string, read: Permission, write: Permission): AccessRule[] => [
  { method: "GET", path: base, access: read },
  { method: "POST", path: base, access: write },
  { method: "GET", path: `${base}/:id`, access: read },
  { method: "PATCH", path: `${base}/:id`, access: write },
  { method: "DELETE", path: `${base}/:id`, access: write },
  { method: "POST", path: `${base}/:id/restore`, access: write },
];

export const ACCESS_RULES: AccessRule[] = [
  { method: "GET", path: "/api/health", access: "public" },
  { method: "GET", path: "/api/docs", access: "public" },

  // Sign-in and one's own session.
  { method: "POST", path: "/api/auth/login", access: "public" },
  { method: "POST", path: "/api/auth/logout", access: "signed-in" },
  { method: "GET", path: "/api/auth/me", access: "signed-in" },
  { method: "POST", path: "/api/auth/password", access: "signed-in" },

  // Administration.
  { method: "GET", path: "/api/users", access: "user:admin" },
  { method: "POST", path: "/api/users", access: "user:admin" },
  { method: "PATCH", path: "/api/users/:id", access: "user:admin" },
  { method: "POST", path: "/api/users/:id/revoke-sessions", access: "user:admin" },
  { method: "GET", path: "/api/api-keys", access: "apikey:admin" },
  { method: "POST", path: "/api/api-keys", access: "apikey:admin" },
  { method: "POST", path: "/api/api-keys/:id/revoke", access: "apikey:admin" },
  { method: "GET", path: "/api/chambers", access: "reference:read" },
  { method: "POST", path: "/api/chambers", access: "user:admin" },
  { method: "GET", path: "/api/audit", access: "audit:read" },
  { method: "POST", path: "/api/admin/reindex", access: "system:admin" },
  { method: "GET", path: "/api/admin/reindex", access: "system:admin" },

  // Reference data.
  { method: "GET", path: "/api/industries", access: "reference:read" },
  { method: "GET", path: "/api/regions", access: "reference:read" },
  { method: "GET", path: "/api/industry-groups", access: "reference:read" },

  ...crud("/api/enterprises", "enterprise:read", "enterprise:write"),
  ...crud("/api/projects", "project:read", "project:write"),

  { method: "GET", path: "/api/imports", access: "import:read" },
  { method: "POST", path: "/api/imports", access: "import:write" },
  { method: "GET", path: "/api/imports/:id", access: "import:read" },

  { method: "GET", path: "/api/search/enterprises", access: "search:read" },
  { method: "GET", path: "/api/search/projects", access: "search:read" },

  { method: "GET", path: "/api/projects/:id/matches", access: "match:read" },
  { method: "GET", path: "/api/enterprises/:id/matches", access: "match:read" },
  { method: "POST", path: "/api/projects/:id/unsuitable", access: "match:write" },
  { method: "DELETE", path: "/api/projects/:id/unsuitable/:enterpriseId", access: "match:write" },
  { method: "GET", path: "/api/negative-list", access: "match:read" },
  { method: "PUT", path: "/api/negative-list", access: "settings:write" },
  { method: "POST", path: "/api/match-runs", access: "match:write" },
  { method: "GET", path: "/api/settings/matching", access: "match:read" },
  { method: "PUT", path: "/api/settings/matching", access: "settings:write" },
  { method: "GET", path: "/api/match-runs/:id", access: "match:read" },
  { method: "GET", path: "/api/match-runs/:id/projects/:projectId", access: "match:read" },

  // Project pipeline: stages (评审/签约 approved by group leads), assessments, agreements, tracking, dashboard.
  { method: "GET", path: "/api/projects/:id/pipeline", access: "pipeline:read" },
  { method: "POST", path: "/api/projects/:id/stage", access: "pipeline:write" },
  { method: "PUT", path: "/api/projects/:id/investor", access: "pipeline:write" },
  { method: "GET", path: "/api/pipeline/stage-requests", access: "pipeline:read" },
  { method: "POST", path: "/api/pipeline/stage-requests/:id/approve", access: "pipeline:approve" },
  { method: "POST", path: "/api/pipeline/stage-requests/:id/reject", access: "pipeline:approve" },
  { method: "POST", path: "/api/projects/:id/assessments", access: "pipeline:write" },
  { method: "POST", path: "/api/projects/:id/meeting-approvals", access: "pipeline:write" },
  { method: "POST", path: "/api/projects/:id/agreements", access: "pipeline:write" },
  { method: "PATCH", path: "/api/agreements/:id", access: "pipeline:write" },
  { method: "POST", path: "/api/agreements/:id/milestones", access: "pipeline:write" },
  { method: "PATCH", path: "/api/milestones/:id", access: "pipeline:write" },
  { method: "POST", path: "/api/agreements/:id/commitments", access: "pipeline:write" },
  { method: "PATCH", path: "/api/commitments/:id", access: "pipeline:write" },
  { method: "POST", path: "/api/agreements/:id/terminate", access: "pipeline:write" },
  { method: "POST", path: "/api/projects/:id/tracking-reports", access: "pipeline:write" },
  { method: "GET", path: "/api/tracking-reports", access: "pipeline:read" },
  { method: "GET", path: "/api/tracking-problems", access: "pipeline:read" },
  { method: "POST", path: "/api/tracking-problems/:id/assign", access: "pipeline:write" },
  { method: "POST", path: "/api/tracking-problems/:id/close", access: "pipeline:write" },
  { method: "GET", path: "/api/pipeline/alerts", access: "pipeline:read" },
  { method: "GET", path: "/api/pipeline/settings", access: "pipeline:read" },
  { method: "PUT", path: "/api/pipeline/settings", access: "settings:write" },
  { method: "GET", path: "/api/dashboard", access: "pipeline:read" },
  { method: "GET", path: "/api/dashboard/export", access: "pipeline:read" },

  // Chamber leads: chambers submit and follow their own; analysts review; admins issue form links and see figures.
  { method: "POST", path: "/api/leads", access: "lead:submit" },
  { method: "GET", path: "/api/leads/mine", access: "lead:read-own" },
  { method: "GET", path: "/api/leads/mine/:id", access: "lead:read-own" },
  { method: "GET", path: "/api/leads/stats", access: "lead:stats" },
  { method: "GET", path: "/api/leads", access: "lead:read" },
  { method: "GET", path: "/api/leads/:id", access: "lead:read" },
  { method: "GET", path: "/api/leads/:id/merge-preview", access: "lead:read" },
  { method: "GET", path: "/api/leads/:id/attachments/:attachmentId", access: "lead:read" },
  { method: "POST", path: "/api/leads/:id/start-review", access: "lead:review" },
  { method: "POST", path: "/api/leads/:id/accept", access: "lead:review" },
  { method: "POST", path: "/api/leads/:id/merge", access: "lead:review" },
  { method: "POST", path: "/api/leads/:id/reject", access: "lead:review" },
  { method: "POST", path: "/api/chambers/:id/form-link", access: "user:admin" },

  // 目标清单 and exports (an export needs the read permission of what it exports).
  { method: "GET", path: "/api/shortlists", access: "shortlist:read" },
  { method: "POST", path: "/api/shortlists", access: "shortlist:write" },
  { method: "GET", path: "/api/shortlists/:id", access: "shortlist:read" },
  { method: "PATCH", path: "/api/shortlists/:id", access: "shortlist:write" },
  { method: "DELETE", path: "/api/shortlists/:id", access: "shortlist:write" },
  { method: "GET", path: "/api/shortlists/:id/export", access: "shortlist:read" },
  { method: "POST", path: "/api/shortlists/:id/items", access: "shortlist:write" },
  { method: "PATCH", path: "/api/shortlists/:id/items/:enterpriseId", access: "shortlist:write" },
  { method: "DELETE", path: "/api/shortlists/:id/items/:enterpriseId", access: "shortlist:write" },
  { method: "GET", path: "/api/shortlists/:id/items/:enterpriseId/notes", access: "shortlist:read" },
  { method: "POST", path: "/api/shortlists/:id/items/:enterpriseId/notes", access: "shortlist:write" },
  { method: "GET", path: "/api/enterprises/export", access: "enterprise:read" },
  { method: "GET", path: "/api/search/enterprises/export", access: "enterprise:read" },
  { method: "GET", path: "/api/projects/:id/matches/export", access: "match:read" },
];

interface CompiledRule extends AccessRule {
  matches: MatchFunction<Partial<Record<string, string | string[]>>>;
}

const compiled: CompiledRule[] = ACCESS_RULES.map((rule) => ({ ...rule, matches: match(rule.path, { decode: false }) }));

/** The rule for a request, or null when the route has none. Literal paths win over parameterised ones. */
export function findAccessRule(method: string, path: string): AccessRule | null {
  const m = method === "HEAD" ? "GET" : method;
  const normalized = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
  let best: CompiledRule | null = null;
  for (const rule of compiled) {
    if (rule.method !== m || !rule.matches(normalized)) continue;
    if (!best || paramCount(rule.path) < paramCount(best.path)) best = rule;
  }
  return best;
}

function paramCount(path: string): number {
  return (path.match(/:/g) ?? []).length;
}
