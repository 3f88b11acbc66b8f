import type { Db } from "../../db";
import { AppError, badRequest, conflict, notFound } from "../../http/app-error";
import type { Config } from "../../config";
import { ANONYMOUS_ACTOR, currentActor, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { DUMMY_PASSWORD_HASH, hashPassword, passwordProblem, verifyPassword } from "./passwords";
import * as repo from "./repository";
import { ROLE_LABELS, ROLE_PERMISSIONS, type Role } from "./roles";
import type { AuditQuery, CreateApiKeyInput, CreateChamberInput, CreateUserInput, LoginBody, UpdateUserInput } from "./schemas";
import { apiKeyPrefix, newApiKey, randomToken, sameDigest, sha256 } from "./tokens";

export interface AuthDeps {
  db: Db;
  auth: Config["auth"];
  /** Injectable clock (tests). */
  now?: () => Date;
}

const nowOf = (deps: AuthDeps) => (deps.now ? deps.now() : new Date());
/** lastSeenAt / lastUsedAt are written at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.findUserById>>>;
type ApiKeyRow = NonNullable<Awaited<ReturnType<typeof repo.findApiKeyById>>>;

export function toUserView(u: UserRow) {
  const role = u.role as Role;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role,
    roleLabel: ROLE_LABELS[role],
    groups: u.groups as string[],
    chamberId: u.chamberId,
    permissions: [...ROLE_PERMISSIONS[role]],
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt.toISOString(),
  };
}
export type UserView = ReturnType<typeof toUserView>;

function toApiKeyView(k: ApiKeyRow) {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    role: k.role as Role,
    groups: k.groups as string[],
    chamberId: k.chamberId,
    createdBy: k.createdBy,
    expiresAt: k.expiresAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    createdAt: k.createdAt.toISOString(),
  };
}

export function userActor(u: UserRow, ip: string | null, requestId: string | null): Actor {
  return { kind: "user", id: u.id, name: u.displayName || u.username, role: u.role as Role, groups: u.groups as string[], chamberId: u.chamberId, ip, requestId };
}

// ───────────── sign-in and sessions ─────────────

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface SignedIn {
  /** Raw session id for the cookie; only its hash is stored. */
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserView;
}

const invalidCredentials = () => new AppError("INVALID_CREDENTIALS", "用户名或密码错误", 401);

export async function login(deps: AuthDeps, input: LoginBody, meta: RequestMeta): Promise<SignedIn> {
  const now = nowOf(deps);
  const user = await repo.findUserByUsername(deps.db, input.username);
  const failedActor: Actor = { ...ANONYMOUS_ACTOR, name: input.username, ip: meta.ip, requestId: meta.requestId };
  if (!user || user.disabledAt) {
    await verifyPassword(input.password, DUMMY_PASSWORD_HASH); // same timing as a real check
    await recordAudit(deps.db, { action: "login_failed", entityType: "User", entityId: user?.id, summary: { username: input.username, reason: user ? "disabled" : "unknown user" } }, failedActor);
    throw invalidCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit(deps.db, { action: "login_failed", entityType: "User", entityId: user.id, summary: { username: user.username, reason: "locked" } }, failedActor);
    throw new AppError("ACCOUNT_LOCKED", `登录失败次数过多，账号已锁定至 ${formatTime(user.lockedUntil)}，请稍后再试或联系管理员解锁`, 423);
  }
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    const failures = user.failedLoginCount + 1;
    const lock = failures >= deps.auth.maxFailures;
    await deps.db.$transaction(async (tx) => {
      await repo.updateUserRow(tx, user.id, lock ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + deps.auth.lockMs) } : { failedLoginCount: failures });
      await recordAudit(tx, { action: "login_failed", entityType: "User", entityId: user.id, summary: { username: user.username, reason: "wrong password", failures, locked: lock } }, failedActor);
    });
    throw invalidCredentials();
  }
  const sessionId = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + deps.auth.sessionMaxMs);
  const updated = await deps.db.$transaction(async (tx) => {
    const u = await repo.updateUserRow(tx, user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
    await repo.insertSession(tx, { idHash: sha256(sessionId), userId: user.id, csrfToken, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 300), createdAt: now, lastSeenAt: now, expiresAt });
    await recordAudit(tx, { action: "login", entityType: "User", entityId: user.id, summary: { username: user.username } }, userActor(u, meta.ip, meta.requestId));
    return u;
  });
  return { sessionId, csrfToken, expiresAt, user: toUserView(updated) };
}

function formatTime(d: Date): string {
  return d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
}

export interface ResolvedSession {
  idHash: string;
  csrfToken: string;
  user: UserRow;
}

/** The live session for a cookie value, or null when unknown, revoked, expired, idle too long or the user is disabled. */
export async function resolveSession(deps: AuthDeps, sessionId: string): Promise<ResolvedSession | null> {
  const now = nowOf(deps);
  const idHash = sha256(sessionId);
  const s = await repo.findSession(deps.db, idHash);
  if (!s || s.revokedAt || s.expiresAt <= now || s.user.disabledAt) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > deps.auth.sessionIdleMs) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await repo.touchSession(deps.db, idHash, now);
  return { idHash, csrfToken: s.csrfToken, user: s.user };
}

export async function logout(deps: AuthDeps, idHash: string): Promise<void> {
  await deps.db.$transaction(async (tx) => {
    await repo.revokeSessionRow(tx, idHash, nowOf(deps));
    await recordAudit(tx, { action: "logout", entityType: "Session", summary: {} });
  });
}

export async function changeOwnPassword(deps: AuthDeps, userId: number, currentPassword: string, newPassword: string): Promise<void> {
  const user = await repo.findUserById(deps.db, userId);
  if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) throw new AppError("INVALID_CREDENTIALS", "当前密码不正确", 400);
  const problem = passwordProblem(newPassword);
  if (problem) throw badRequest(problem);
  const passwordHash = await hashPassword(newPassword);
  await deps.db.$transaction(async (tx) => {
    await repo.updateUserRow(tx, userId, { passwordHash });
    await recordAudit(tx, { action: "password_change", entityType: "User", entityId: userId, summary: {} });
  });
}

// ───────────── API keys ─────────────

/**
 * Keys verified in the last few seconds, by prefix: a chamber's system sends bursts, and the lookup is most of
 * an authenticated request's cost. Revoking through this process drops the entry at once; a change made by
 * another process (a CLI) takes effect within KEY_CACHE_MS.
 */
const KEY_CACHE_MS = 10_000;
const keyCache = new Map<string, { row: ApiKeyRow; hash: string; until: number }>();

/** The actor for an API key, or null when the key is unknown, revoked or expired. */
export async function resolveApiKey(deps: AuthDeps, key: string, meta: Pick<RequestMeta, "ip" | "requestId">): Promise<Actor | null> {
  const prefix = apiKeyPrefix(key);
  if (!prefix) return null;
  const now = nowOf(deps);
  const hash = sha256(key);
  const cached = keyCache.get(prefix);
  let row = cached && cached.until > Date.now() && cached.hash === hash ? cached.row : null;
  if (!row) {
    row = await repo.findApiKeyByPrefix(deps.db, prefix);
    if (row) keyCache.set(prefix, { row, hash: row.keyHash, until: Date.now() + KEY_CACHE_MS });
  }
  if (!row || !sameDigest(row.keyHash, hash) || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    row.lastUsedAt = now;
    await repo.updateApiKeyRow(deps.db, row.id, { lastUsedAt: now });
  }
  return { kind: "apiKey", id: row.id, name: `API密钥「${row.name}」`, role: row.role as Role, groups: row.groups as string[], chamberId: row.chamberId, ip: meta.ip, requestId: meta.requestId };
}

async function assertScopeFields(db: Db, role: Role, groups: string[] | undefined, chamberId: number | null | undefined) {
  if (groups?.length) {
    const known = new Set(await repo.industryGroupNames(db));
    const unknown = groups.filter((g) => !known.has(g));
    if (unknown.length) throw badRequest(`产业链组不存在：${unknown.join("、")}`);
  }
  if (role === "chamber" && !chamberId) throw badRequest("商协会账号必须指定所属商协会（chamberId）");
  if (role !== "chamber" && chamberId) throw badRequest("只有商协会角色可以指定所属商协会");
  if (chamberId && !(await repo.findChamberById(db, chamberId))) throw notFound("商协会", chamberId);
}

export async function createApiKey(deps: AuthDeps, input: CreateApiKeyInput) {
  await assertScopeFields(deps.db, input.role, input.groups, input.chamberId);
  if (input.expiresAt && input.expiresAt <= nowOf(deps)) throw badRequest("过期时间必须晚于现在");
  const { key, prefix, hash } = newApiKey();
  const row = await deps.db.$transaction(async (tx) => {
    const created = await repo.insertApiKey(tx, {
      name: input.name, prefix, keyHash: hash, role: input.role, groups: input.groups, chamberId: input.chamberId ?? null,
      expiresAt: input.expiresAt ?? null, createdBy: currentActor().name,
    });
    await recordAudit(tx, { action: "create", entityType: "ApiKey", entityId: created.id, after: toApiKeyView(created) });
    return created;
  });
  // The key itself is returned this once and never stored.
  return { ...toApiKeyView(row), key };
}

export async function listApiKeys(deps: AuthDeps) {
  return { items: (await repo.listApiKeyRows(deps.db)).map(toApiKeyView) };
}

export async function revokeApiKey(deps: AuthDeps, id: number) {
  const before = await repo.findApiKeyById(deps.db, id);
  if (!before) throw notFound("API密钥", id);
  if (before.revokedAt) return toApiKeyView(before);
  const view = await deps.db.$transaction(async (tx) => {
    const after = await repo.updateApiKeyRow(tx, id, { revokedAt: nowOf(deps) });
    await recordAudit(tx, { action: "revoke", entityType: "ApiKey", entityId: id, before: toApiKeyView(before), after: toApiKeyView(after) });
    return toApiKeyView(after);
  });
  keyCache.delete(before.prefix);
  return view;
}

// ───────────── users ─────────────

export async function createUser(deps: AuthDeps, input: CreateUserInput): Promise<UserView> {
  const problem = passwordProblem(input.password);
  if (problem) throw badRequest(problem, [{ path: "password", message: problem }]);
  await assertScopeFields(deps.db, input.role, input.groups, input.chamberId);
  if (await repo.findUserByUsername(deps.db, input.username)) throw conflict(`用户名已存在：${input.username}`);
  const passwordHash = await hashPassword(input.password);
  return deps.db.$transaction(async (tx) => {
    const u = await repo.insertUser(tx, {
      username: input.username, displayName: input.displayName, role: input.role, groups: input.groups,
      chamberId: input.chamberId ?? null, passwordHash,
    });
    await recordAudit(tx, { action: "create", entityType: "User", entityId: u.id, after: toUserView(u) });
    return toUserView(u);
  });
}

export async function listUsers(deps: AuthDeps) {
  return { items: (await repo.listUserRows(deps.db)).map(toUserView) };
}

export async function getUser(deps: AuthDeps, id: number): Promise<UserView> {
  const u = await repo.findUserById(deps.db, id);
  if (!u) throw notFound("用户", id);
  return toUserView(u);
}

export async function updateUser(deps: AuthDeps, id: number, patch: UpdateUserInput): Promise<UserView> {
  const before = await repo.findUserById(deps.db, id);
  if (!before) throw notFound("用户", id);
  const role = (patch.role ?? before.role) as Role;
  const chamberId = patch.chamberId !== undefined ? patch.chamberId : before.chamberId;
  await assertScopeFields(deps.db, role, patch.groups, chamberId);
  if (patch.password !== undefined) {
    const problem = passwordProblem(patch.password);
    if (problem) throw badRequest(problem, [{ path: "password", message: problem }]);
  }
  const actor = currentActor();
  if (actor.kind === "user" && actor.id === id && (patch.disabled || (patch.role && patch.role !== "admin"))) {
    throw badRequest("不能停用自己或取消自己的管理员角色");
  }
  const now = nowOf(deps);
  const data = {
    ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}),
    ...(patch.role !== undefined ? { role: patch.role } : {}),
    ...(patch.groups !== undefined ? { groups: patch.groups } : {}),
    ...(patch.chamberId !== undefined ? { chamberId: patch.chamberId } : {}),
    ...(patch.password !== undefined ? { passwordHash: await hashPassword(patch.password) } : {}),
    ...(patch.disabled !== undefined ? { disabledAt: patch.disabled ? now : null } : {}),
    ...(patch.unlock ? { lockedUntil: null, failedLoginCount: 0 } : {}),
  };
  return deps.db.$transaction(async (tx) => {
    const after = await repo.updateUserRow(tx, id, data);
    // A changed role, password or a disabled account ends the user's sessions.
    if (patch.role !== undefined || patch.password !== undefined || patch.disabled || patch.groups !== undefined) await repo.revokeUserSessions(tx, id, now);
    await recordAudit(tx, { action: "update", entityType: "User", entityId: id, before: { ...toUserView(before), passwordHash: before.passwordHash }, after: { ...toUserView(after), passwordHash: after.passwordHash } });
    return toUserView(after);
  });
}

export async function revokeSessionsOfUser(deps: AuthDeps, id: number) {
  if (!(await repo.findUserById(deps.db, id))) throw notFound("用户", id);
  return deps.db.$transaction(async (tx) => {
    const { count } = await repo.revokeUserSessions(tx, id, nowOf(deps));
    await recordAudit(tx, { action: "revoke_sessions", entityType: "User", entityId: id, summary: { sessions: count } });
    return { revoked: count };
  });
}

// ───────────── chambers ─────────────

export async function listChambers(deps: AuthDeps) {
  return { items: await repo.listChamberRows(deps.db) };
}

export async function createChamber(deps: AuthDeps, input: CreateChamberInput) {
  return deps.db
    .$transaction(async (tx) => {
      const c = await repo.insertChamber(tx, { name: input.name, kind: input.kind, region: input.region ?? null });
      await recordAudit(tx, { action: "create", entityType: "Chamber", entityId: c.id, after: c });
      return c;
    })
    .catch((err: { code?: string; message?: string }) => {
      if (err?.code === "P2002" || /UNIQUE constraint/.test(err?.message ?? "")) throw conflict(`商协会已存在：${input.name}`);
      throw err;
    });
}

// ───────────── audit trail ─────────────

export async function listAudit(deps: AuthDeps, q: AuditQuery) {
  const rows = await repo.listAuditRows(
    deps.db,
    {
      ...(q.entityType ? { entityType: q.entityType } : {}),
      ...(q.entityId ? { entityId: q.entityId } : {}),
      ...(q.actorName ? { actorName: { contains: q.actorName } } : {}),
      ...(q.action ? { action: q.action } : {}),
      ...(q.from || q.to ? { at: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } } : {}),
      ...(q.before ? { id: { lt: q.before } } : {}),
    },
    q.limit,
  );
  return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), nextBefore: rows.length === q.limit ? rows[rows.length - 1].id : null };
}
