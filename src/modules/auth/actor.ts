import { AsyncLocalStorage } from "node:async_hooks";
import { forbidden } from "../../http/app-error";
import { roleCan, type Permission, type Role } from "./roles";

/** Who is acting: a signed-in user, an API key, or the service itself (CLI, seed, scheduled jobs). */
export interface Actor {
  kind: "user" | "apiKey" | "system" | "anonymous";
  /** User id or API key id. */
  id: number | null;
  name: string;
  role: Role | null;
  /** Industry groups the actor works in; empty = all. */
  groups: string[];
  chamberId: number | null;
  ip: string | null;
  requestId: string | null;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({
  kind: "system", id: null, name: "系统", role: "admin", groups: [], chamberId: null, ip: null, requestId: null,
}) as Actor;

export const ANONYMOUS_ACTOR: Actor = Object.freeze({
  kind: "anonymous", id: null, name: "未登录", role: null, groups: [], chamberId: null, ip: null, requestId: null,
}) as Actor;

const storage = new AsyncLocalStorage<Actor>();

/** The actor of the current request; the system outside requests (CLIs, seeding, background jobs). */
export function currentActor(): Actor {
  return storage.getStore() ?? SYSTEM_ACTOR;
}

export function runAsActor<T>(actor: Actor, fn: () => T): T {
  return storage.run(actor, fn);
}

export function actorCan(actor: Actor, permission: Permission): boolean {
  return actor.role !== null && roleCan(actor.role, permission);
}

/** Refuses with 403 unless the current actor holds `permission`. */
export function requirePermission(permission: Permission, actor: Actor = currentActor()): void {
  if (!actorCan(actor, permission)) throw forbidden(`当前账号无权执行此操作（需要权限 ${permission}）`);
}

/** Group scope: an actor assigned to industry groups may only change records of those groups. */
export function actorCoversGroup(actor: Actor, groupName: string | null | undefined): boolean {
  if (actor.kind === "system" || actor.role === "admin") return true;
  if (actor.groups.length === 0) return true;
  return groupName != null && actor.groups.includes(groupName);
}

export function requireGroupScope(groupName: string | null | undefined, actor: Actor = currentActor()): void {
  if (!actorCoversGroup(actor, groupName)) {
    throw forbidden(`该项目属于「${groupName ?? "未分组"}」，不在您负责的产业链组（${actor.groups.join("、")}）内`);
  }
}
