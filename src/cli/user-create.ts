import { parseArgs } from "node:util";
import crypto from "node:crypto";
import { createUser, ROLES, type Role } from "../modules/auth";
import { fail, openDataCli } from "./cli-context";

/**
 * `npm run user:create -- --role admin --username wang [--name 王科长] [--groups 新能源汽车,装备制造] [--chamber-id 3]`
 * Creates a user; without --password (or INVESTMATCH_PASSWORD) a strong password is generated and shown once.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: "string" },
      username: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      groups: { type: "string" },
      "chamber-id": { type: "string" },
    },
  });
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) fail(`请用 --role 指定角色：${ROLES.join(" / ")}`);
  const username = values.username ?? (role === "admin" ? "admin" : undefined);
  if (!username) fail("请用 --username 指定登录名");
  const generated = !values.password;
  const password = values.password ?? `${crypto.randomBytes(9).toString("base64url")}-${crypto.randomInt(10, 99)}`;
  const { config, services } = await openDataCli();
  try {
    const user = await createUser(
      { db: services.db, auth: config.auth },
      {
        username,
        displayName: values.name ?? username,
        role,
        password,
        groups: values.groups ? values.groups.split(/[,，]/).map((g) => g.trim()).filter(Boolean) : [],
        chamberId: values["chamber-id"] ? Number(values["chamber-id"]) : null,
      },
    );
    process.stdout.write(`已创建用户 ${user.username}（${user.roleLabel}，id ${user.id}）\n`);
    if (generated) process.stdout.write(`初始密码（只显示这一次，请登录后修改）：${password}\n`);
  } catch (err) {
    fail(`创建用户失败：${(err as Error).message}`);
  } finally {
    await services.close();
  }
}

void main();
