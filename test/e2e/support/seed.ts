import type { TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput, buildProjectInput } from "../../helpers/builders";

export const CONTACT_PHONE = "13800138000";

/**
 * A small library: one 新能源 project with a handful of candidate enterprises whose strengths differ
 * (industry code, chain position, place, size), so re-weighting visibly changes the order; one revoked
 * company to be excluded; one enterprise with a contact person for the role check; one unrelated project.
 */
export async function seedE2eLibrary(ctx: TestContext) {
  const post = async (path: string, body: Record<string, unknown>) => {
    const res = await ctx.request.post(path).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: number; name: string };
  };
  const project = await post("/api/projects", buildProjectInput({ name: "年产10万套新能源汽车电机电控项目", stage: "发布" }));
  await post("/api/projects", buildProjectInput({
    name: "中药材种植及饮片加工项目", industryGroup: "医药制造", industryCodes: ["2730"], description: "建设中药材规范化种植基地",
    constructionContent: "新建饮片炮制车间", targetProfile: "寻求中药饮片生产企业", preferredIndustries: ["27"], preferredRegions: ["52"],
  }));
  const enterprise = (o: Record<string, unknown>) => post("/api/enterprises", buildEnterpriseInput(o));
  const withContact = await enterprise({
    name: "重庆长鑫新能源汽车零部件有限公司",
    contacts: [{ name: "王经理", title: "投资总监", phone: CONTACT_PHONE }],
  });
  await enterprise({
    name: "江苏远航电机有限公司", provinceCode: "320000", industryCodes: ["3812"], industryLabels: ["电机制造"],
    mainBusiness: "新能源汽车驱动电机的研发与制造", products: [{ name: "驱动电机", share: 0.8 }], registeredCapital: 30000, revenue: 150000,
    signals: [{ type: "capacity", occurredAt: "2026-06-01", description: "新建电机生产线", source: "企业公告" }],
  });
  await enterprise({
    name: "广东新能源电控科技有限公司", provinceCode: "440000", industryCodes: ["3824"], mainBusiness: "电机控制器、电控系统",
    products: [{ name: "电机控制器" }, { name: "电控系统" }], registeredCapital: 800, revenue: 3000,
  });
  await enterprise({
    name: "贵州遵义汽车配件有限公司", provinceCode: "520000", cityCode: "520300", industryCodes: ["3670"], mainBusiness: "汽车零部件加工",
    products: [{ name: "汽车配件" }], registeredCapital: 1200, revenue: 5000,
  });
  await enterprise({
    name: "浙江储能电池有限公司", provinceCode: "330000", industryCodes: ["3841"], mainBusiness: "新能源汽车动力电池",
    products: [{ name: "动力电池" }], registeredCapital: 50000, revenue: 200000,
  });
  await enterprise({ name: "吊销的新能源电机有限公司", operatingStatus: "吊销", provinceCode: "500000" });
  await ctx.services.indexer.drainAll();
  return { project, withContact };
}
