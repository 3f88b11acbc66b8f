import type { Db } from "../../db";
import type { Logger } from "../../logger";
import type { Config } from "../../config";
import { createChamber, createUser, type Role } from "../auth";

/** Demo accounts for trying the product; documented in the README, created only with the demo data. */
export const DEMO_USERS: { username: string; displayName: string; role: Role; password: string; groups?: string[] }[] = [
  { username: "admin", displayName: "系统管理员", role: "admin", password: "Admin-demo-2026" },
  { username: "analyst", displayName: "招商分析员（演示）", role: "analyst", password: "Analyst-demo-2026" },
  { username: "lead", displayName: "新能源汽车组组长（演示）", role: "group_lead", password: "Lead-demo-2026", groups: ["新能源汽车"] },
  { username: "viewer", displayName: "只读用户（演示）", role: "viewer", password: "Viewer-demo-2026" },
  { username: "chamber", displayName: "浙江商会（演示）", role: "chamber", password: "Chamber-demo-2026" },
];

/** Creates the demo accounts when the database has no user at all. */
export async function seedDemoUsersIfNone(db: Db, config: Config, logger?: Logger): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const deps = { db, auth: config.auth };
  const chamber = (await db.chamber.findFirst({ where: { name: "浙江商会" } })) ?? (await createChamber(deps, { name: "浙江商会", kind: "商会", region: "浙江省" }));
  for (const u of DEMO_USERS) {
    await createUser(deps, { ...u, groups: u.groups ?? [], chamberId: u.role === "chamber" ? chamber.id : null });
  }
  logger?.warn(
    `已创建演示账号（仅供体验，正式使用前请停用并用 npm run user:create 创建管理员）：${DEMO_USERS.map((u) => `${u.username} / ${u.password}（${u.displayName}）`).join("；")}`,
  );
  return true;
}
