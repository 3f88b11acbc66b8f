import { prepared, sqliteDate, type Db, type SqliteConnection, type Tx } from "../../db";
import { currentActor, type Actor } from "./actor";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  /** The record before the write (update, delete). */
  before?: object | null;
  /** The record after the write (create, update, restore). */
  after?: object | null;
  /** For bulk work (imports, match runs): what happened, in numbers. */
  summary?: Record<string, unknown>;
}

/** Fields never copied into the audit trail. */
const SECRET_FIELDS = new Set(["passwordHash", "keyHash", "csrfToken", "idHash", "searchText"]);

/** Changed top-level fields as {field: [before, after]}; secrets are reported as changed, never copied. */
export function diffRecords(before: object | null | undefined, after: object | null | undefined): Record<string, [unknown, unknown]> {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const out: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (key === "updatedAt") continue;
    const bv = normalize(b[key]);
    const av = normalize(a[key]);
    if (JSON.stringify(bv) === JSON.stringify(av)) continue;
    out[key] = SECRET_FIELDS.has(key) ? ["***", "***"] : [bv ?? null, av ?? null];
  }
  return out;
}

function normalize(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "bigint") return Number(v);
  return v;
}

function changesOf(entry: AuditEntry): unknown {
  if (entry.summary) return entry.summary;
  if (entry.before && entry.after) return diffRecords(entry.before, entry.after);
  return diffRecords(entry.before ?? null, entry.after ?? null);
}

const INSERT_AUDIT = `INSERT INTO "AuditLog" ("at", "actorType", "actorId", "actorName", "role", "action", "entityType", "entityId", "changes", "ip", "apiKeyId", "requestId")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Appends one audit row, inside the caller's transaction so the trail and the change commit together.
 * The actor comes from the request context (system outside requests).
 */
export async function recordAudit(tx: Tx | Db, entry: AuditEntry, actor: Actor = currentActor()): Promise<void> {
  // One plain INSERT: every write pays for it, and a Prisma model call costs several times more CPU.
  await tx.$executeRawUnsafe(INSERT_AUDIT, new Date(), ...auditValues(entry, actor));
}

/** recordAudit on the raw connection, for the synchronous work inside `writeTransaction` (src/db.ts). */
export function recordAuditOn(conn: SqliteConnection, entry: AuditEntry, actor: Actor = currentActor()): void {
  prepared(conn, INSERT_AUDIT).run(sqliteDate(new Date()), ...auditValues(entry, actor));
}

function auditValues(entry: AuditEntry, actor: Actor): unknown[] {
  return [
    actor.kind, actor.id, actor.name, actor.role, entry.action, entry.entityType, entry.entityId == null ? null : String(entry.entityId),
    JSON.stringify(changesOf(entry) ?? {}), actor.ip, actor.kind === "apiKey" ? actor.id : null, actor.requestId,
  ];
}
