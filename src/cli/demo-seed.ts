import { fail, openDataCli } from "./cli-context";
import { seedDemoData } from "../modules/demo";

/** `npm run demo:seed [-- --force]`: writes the deterministic demo library (refuses a non-empty database). */
async function main() {
  const force = process.argv.includes("--force");
  const { services, logger } = await openDataCli();
  try {
    const [enterprises, projects] = await Promise.all([services.db.enterprise.count(), services.db.project.count()]);
    if ((enterprises || projects) && !force) {
      fail(`数据库已有 ${enterprises} 家企业、${projects} 个项目；如仍要追加演示数据请加 --force（编号相同的项目会冲突）`);
    }
    const r = await seedDemoData(services, {}, logger);
    process.stdout.write(`已生成演示数据：${r.projects} 个项目，${r.enterprises} 家企业\n`);
  } finally {
    await services.close();
  }
}

void main();
