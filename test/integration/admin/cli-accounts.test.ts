import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import request from "supertest";
import { applyMigrationsSql } from "../../../src/migrations";
import { createTestContext } from "../../helpers/test-services";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "..", "..", "..");

describe("npm run user:create and npm run backup (real processes)", () => {
  it("creates the first admin with a generated password shown once, who can then sign in; backs up beside it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-cli-"));
    const backupDir = path.join(dir, "backup");
    try {
      applyMigrationsSql(path.join(dir, "investmatch.db"));
      const env = { ...process.env, DATA_DIR: dir, LOG_LEVEL: "silent" };
      const cli = (script: string, args: string[]) => run(process.execPath, ["--import", "tsx", path.join(ROOT, "src", "cli", script), ...args], { cwd: ROOT, env });
      const { stdout } = await cli("user-create.ts", ["--role", "admin", "--username", "wang", "--name", "王科长"]);
      expect(stdout).toMatch(/已创建用户 wang（管理员/);
      const password = /初始密码（只显示这一次，请登录后修改）：(\S+)/.exec(stdout)?.[1];
      expect(password).toBeDefined();

      const bad = await cli("user-create.ts", ["--role", "boss", "--username", "x"]).catch((e: { stderr: string; code: number }) => e);
      expect((bad as { code: number }).code).toBe(1);
      expect((bad as { stderr: string }).stderr).toMatch(/请用 --role 指定角色/);

      const backup = await cli("backup.ts", [backupDir]);
      expect(backup.stdout).toMatch(/investmatch\.db\t.*完整性检查：ok/);
      expect(fs.existsSync(path.join(backupDir, "manifest.json"))).toBe(true);

      const ctx = await createTestContext({ DATA_DIR: dir });
      try {
        const login = await request(ctx.app).post("/api/auth/login").send({ username: "wang", password }).expect(200);
        expect(login.body.user).toMatchObject({ username: "wang", displayName: "王科长", role: "admin" });
      } finally {
        await ctx.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
