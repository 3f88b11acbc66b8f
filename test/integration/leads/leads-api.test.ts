import { createTestContext, type Agent, type TestContext } from "../../helpers/test-services";
import { buildEnterpriseInput, buildProjectInput } from "../../helpers/builders";
import { buildLead, chamberAgent, creditCodeFor, EXE, PDF, PNG } from "./lead-fixtures";

describe("chamber leads API over HTTP on a real SQLite database", () => {
  let ctx: TestContext;
  let zhejiang: Awaited<ReturnType<typeof chamberAgent>>;
  let shenzhen: Awaited<ReturnType<typeof chamberAgent>>;
  /** For the dedup tests that submit many leads (each chamber key has its own rate limit). */
  let fujian: Awaited<ReturnType<typeof chamberAgent>>;
  let analyst: Agent;
  let viewer: Agent;

  beforeAll(async () => {
    ctx = await createTestContext({ LEAD_SUBMIT_RATE_PER_MINUTE: "25", LEAD_ATTACHMENT_MAX_MB: "0.05", LEAD_ATTACHMENT_MAX_FILES: "3" });
    zhejiang = await chamberAgent(ctx, "贵州省浙江商会");
    shenzhen = await chamberAgent(ctx, "正安县驻深圳招商办");
    fujian = await chamberAgent(ctx, "贵州省福建商会");
    analyst = await ctx.as("analyst");
    viewer = await ctx.as("viewer");
  });
  afterAll(async () => ctx.close());

  const auditOf = (entityType: string, entityId: number) =>
    ctx.services.db.auditLog.findMany({ where: { entityType, entityId: String(entityId) }, orderBy: { id: "asc" } });

  describe("submission", () => {
    it("accepts a chamber's lead (201) and puts it in the analysts' queue with its contact data", async () => {
      const body = buildLead({ companyName: "正安吉他文化产业有限公司", contactPhone: "138 0851 0001", contactEmail: "wang@example.com" });
      const res = await zhejiang.agent.post("/api/leads").send(body);
      expect(res.status).toBe(201);
      expect(res.headers.location).toBe(`/api/leads/mine/${res.body.id}`);
      expect(res.body).toEqual({
        id: expect.any(Number), submittedVia: "api", companyName: "正安吉他文化产业有限公司", creditCode: null, status: "received",
        statusLabel: "已接收", rejectReason: null, reviewedAt: null, createdAt: expect.any(String), referralCredited: false,
      });
      const detail = await analyst.get(`/api/leads/${res.body.id}`);
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        chamber: { id: zhejiang.chamber.id, name: "贵州省浙江商会" }, contactName: "王经理", contactPhone: "13808510001",
        contactEmail: "wang@example.com", industry: "新能源汽车零部件", industryCode: "3670", investmentAmount: 30000, landArea: 80,
        consent: true, overdue: false, candidates: [], mergeHistory: [],
      });
      const [audit] = await auditOf("Lead", res.body.id);
      expect(audit).toMatchObject({ action: "create", actorType: "apiKey", role: "chamber" });
    });

    it("answers field by field in Chinese, credit codes checked digit by digit", async () => {
      const res = await zhejiang.agent.post("/api/leads").send({
        ...buildLead(), companyName: "A", creditCode: "91520000214434146X", contactPhone: "12345", industryCode: "9999",
        investmentAmount: "很多", consent: false, extra: 1,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_ERROR");
      const byPath = Object.fromEntries(res.body.error.details.map((d: { path: string; message: string }) => [d.path, d.message]));
      expect(byPath).toMatchObject({
        companyName: "企业名称至少2个字",
        creditCode: "统一社会信用代码无效：统一社会信用代码校验位错误：第 18 位应为 R，实际为 X",
        contactPhone: expect.stringContaining("联系电话格式不正确"),
        industryCode: "国民经济行业代码无效：9999",
        investmentAmount: "意向投资额应为数字（万元）",
        consent: "请确认授权：同意将所填信息用于本县招商对接",
      });
      expect(res.body.error.details.some((d: { message: string }) => d.message.includes("extra"))).toBe(true);
      for (const bad of ["9152032400000001", "520324000000001", "91520324OOOOOOO1X"]) {
        const r = await zhejiang.agent.post("/api/leads").send(buildLead({ creditCode: bad }));
        expect(r.status).toBe(400);
        expect(r.body.error.details[0]).toMatchObject({ path: "creditCode", message: expect.stringMatching(/^统一社会信用代码无效：/) });
      }
    });

    it("takes multipart with PDF/PNG attachments typed by content, and serves them back to analysts", async () => {
      const fields = buildLead({ companyName: "遵义山地农机装备有限公司" });
      let req = zhejiang.agent.post("/api/leads");
      for (const [k, v] of Object.entries(fields)) req = req.field(k, String(v));
      const res = await req
        .attach("attachments", PDF, { filename: "项目计划书.pdf", contentType: "application/octet-stream" })
        .attach("attachments", PNG, { filename: "厂区照片.jpg", contentType: "image/jpeg" });
      expect(res.status).toBe(201);
      const detail = (await analyst.get(`/api/leads/${res.body.id}`)).body;
      expect(detail.investmentAmount).toBe(30000);
      expect(detail.attachments).toEqual([
        { id: expect.any(Number), filename: "项目计划书.pdf", mime: "application/pdf", size: PDF.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
        { id: expect.any(Number), filename: "厂区照片.jpg", mime: "image/png", size: PNG.length, sha256: expect.any(String) },
      ]);
      const file = await analyst.get(`/api/leads/${res.body.id}/attachments/${detail.attachments[0].id}`).buffer(true);
      expect(file.status).toBe(200);
      expect(file.headers["content-type"]).toBe("application/pdf");
      expect(file.headers["content-disposition"]).toContain("attachment");
      expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
      await zhejiang.agent.get(`/api/leads/${res.body.id}/attachments/${detail.attachments[0].id}`).expect(403);
    });

    it("refuses a .exe renamed .pdf, an oversized file and too many files, storing nothing", async () => {
      const before = await ctx.services.db.lead.count();
      const multipart = (agent: Agent) => {
        let req = agent.post("/api/leads");
        for (const [k, v] of Object.entries(buildLead())) req = req.field(k, String(v));
        return req;
      };
      const exe = await multipart(zhejiang.agent).attach("attachments", EXE, { filename: "项目书.pdf", contentType: "application/pdf" });
      expect(exe.status).toBe(400);
      expect(exe.body.error.details).toEqual([
        { path: "attachments.0", message: "附件「项目书.pdf」不是 PDF、PNG 或 JPEG 文件（按文件内容识别，与扩展名无关）" },
      ]);
      const big = await multipart(zhejiang.agent).attach("attachments", Buffer.concat([PDF, Buffer.alloc(60 * 1024)]), "大文件.pdf");
      expect(big.status).toBe(413);
      expect(big.body.error.message).toBe("附件过大：每个附件不能超过0.1 MB");
      let many = multipart(zhejiang.agent);
      for (let i = 0; i < 4; i++) many = many.attach("attachments", PDF, `附件${i}.pdf`);
      const tooMany = await many;
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.error.details[0].message).toBe("附件最多3个，表单字段名为 attachments");
      const empty = await multipart(zhejiang.agent).attach("attachments", Buffer.alloc(0), "空.pdf");
      expect(empty.body.error.details[0].message).toBe("附件「空.pdf」是空文件");
      expect(await ctx.services.db.lead.count()).toBe(before);
    });

    it("returns the same lead for a retry with the same Idempotency-Key (200), and refuses the key for other content", async () => {
      const body = buildLead({ companyName: "黔北白茶深加工有限公司" });
      const key = "zj-crm-20261126-0001";
      const first = await zhejiang.agent.post("/api/leads").set("Idempotency-Key", key).send(body);
      const retries = await Promise.all([1, 2, 3].map(() => zhejiang.agent.post("/api/leads").set("Idempotency-Key", key).send(body)));
      expect(first.status).toBe(201);
      for (const r of retries) {
        expect(r.status).toBe(200);
        expect(r.headers["idempotent-replayed"]).toBe("true");
        expect(r.body.id).toBe(first.body.id);
      }
      expect(await ctx.services.db.lead.count({ where: { companyName: "黔北白茶深加工有限公司" } })).toBe(1);
      const other = await zhejiang.agent.post("/api/leads").set("Idempotency-Key", key).send({ ...body, landArea: 200 });
      expect(other.status).toBe(409);
      expect(other.body.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
      // Keys belong to a chamber: another chamber's identical key is its own submission.
      expect((await shenzhen.agent.post("/api/leads").set("Idempotency-Key", key).send(body)).status).toBe(201);
      const badKey = await zhejiang.agent.post("/api/leads").set("Idempotency-Key", "short").send(body);
      expect(badKey.body.error.details[0]).toEqual({ path: "Idempotency-Key", message: "Idempotency-Key 至少8个字符" });
    });

    it("limits submissions per API key (429 in Chinese) without slowing other keys", async () => {
      const noisy = await chamberAgent(ctx, "测试限流商会");
      const statuses: number[] = [];
      for (let i = 0; i < 26; i++) statuses.push((await noisy.agent.post("/api/leads").send({})).status);
      expect(statuses.slice(0, 25).every((s) => s === 400)).toBe(true);
      const limited = await noisy.agent.post("/api/leads").send(buildLead());
      expect(limited.status).toBe(429);
      expect(limited.body.error.message).toBe("提交过于频繁：每个密钥每分钟最多提交25条线索，请稍后重试");
      expect((await shenzhen.agent.post("/api/leads").send(buildLead())).status).toBe(201);
    });

    it("is for chamber keys only", async () => {
      expect((await analyst.post("/api/leads").send(buildLead())).status).toBe(403);
      expect((await ctx.request.post("/api/leads").send(buildLead())).status).toBe(403);
    });
  });

  describe("dedup on arrival", () => {
    it("finds name variants of existing enterprises and earlier leads, the same phone, and says why", async () => {
      const moutai = await ctx.request.post("/api/enterprises").send(
        buildEnterpriseInput({ name: "贵州茅台酒股份有限公司", contacts: [{ name: "李总", phone: "0851-22386002" }] }),
      );
      expect(moutai.status).toBe(201);
      const earlier = await shenzhen.agent.post("/api/leads").send(buildLead({ companyName: "贵州省仁怀市茅台酒股份有限公司", contactPhone: "13985200001" }));
      const res = await zhejiang.agent.post("/api/leads").send(buildLead({ companyName: "茅台酒（贵州）股份公司", contactPhone: "+86 139-8520-0001" }));
      expect(res.status).toBe(201);
      expect(res.body.status).toBe("received");
      const { candidates } = (await analyst.get(`/api/leads/${res.body.id}`)).body;
      expect(candidates).toEqual([
        expect.objectContaining({ kind: "lead", id: earlier.body.id, chamberName: "正安县驻深圳招商办", score: 1, reasons: [
          { code: "name", message: "规范化后名称相同（茅台酒（贵州）股份公司 ↔ 贵州省仁怀市茅台酒股份有限公司）" },
          { code: "phone", message: "联系电话相同（13985200001）" },
        ] }),
        expect.objectContaining({ kind: "enterprise", id: moutai.body.id, name: "贵州茅台酒股份有限公司", score: 1, reasons: [
          { code: "name", message: "规范化后名称相同（茅台酒（贵州）股份公司 ↔ 贵州茅台酒股份有限公司）" },
        ] }),
      ]);
      const byPhone = await shenzhen.agent.post("/api/leads").send(buildLead({ companyName: "神曲乐器制造有限公司", contactPhone: "0851 22386002" }));
      expect(byPhone.body).toMatchObject({ status: "received" });
      const phoneCandidates = (await analyst.get(`/api/leads/${byPhone.body.id}`)).body.candidates;
      expect(phoneCandidates).toEqual([expect.objectContaining({ kind: "enterprise", id: moutai.body.id, reasons: [{ code: "phone", message: "联系电话相同（0851-22386002）" }] })]);
    });

    it("finds a company by its rarer bigrams when hundreds of newer names share its common ones", async () => {
      const dji = await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: "深圳市大疆创新科技有限公司" }));
      // 600 newer enterprises share 创新, 新科 and 科技: keys that common bring no candidates by themselves.
      await ctx.services.db.enterprise.createMany({
        data: Array.from({ length: 600 }, (_, i) => ({ name: `创新科技发展${i}号有限公司`, normalizedName: `创新科技发展${i}号` })),
      });
      const res = await fujian.agent.post("/api/leads").send(buildLead({ companyName: "大疆创新科技（深圳）有限公司" }));
      expect([dji.status, res.status]).toEqual([201, 201]);
      const { candidates } = (await analyst.get(`/api/leads/${res.body.id}`)).body;
      expect(candidates[0]).toMatchObject({ kind: "enterprise", id: dji.body.id, score: 1 });
    });

    it("follows renames and deletions of enterprises (the dedup keys are kept by the database)", async () => {
      const created = await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: "绥阳旧名称机械有限公司" }));
      const id = created.body.id as number;
      await ctx.request.patch(`/api/enterprises/${id}`).send({ name: "湄潭微耕机制造有限公司" }).expect(200);
      const byNewName = await fujian.agent.post("/api/leads").send(buildLead({ companyName: "微耕机制造（湄潭）有限公司" }));
      expect((await analyst.get(`/api/leads/${byNewName.body.id}`)).body.candidates).toEqual([expect.objectContaining({ kind: "enterprise", id })]);
      const byOldName = await fujian.agent.post("/api/leads").send(buildLead({ companyName: "绥阳旧名称机械有限公司" }));
      expect((await analyst.get(`/api/leads/${byOldName.body.id}`)).body.candidates).toEqual([]);
      await ctx.request.delete(`/api/enterprises/${id}`).expect(200);
      const afterDelete = await fujian.agent.post("/api/leads").send(buildLead({ companyName: "湄潭微耕机制造有限公司" }));
      const kinds = (await analyst.get(`/api/leads/${afterDelete.body.id}`)).body.candidates.map((c: { kind: string }) => c.kind);
      expect(kinds).toEqual(["lead"]);
    });

    it("lets concurrent submissions of one company see every lead stored before them", async () => {
      const names = ["黔北山泉饮品有限公司", "黔北山泉饮品股份有限公司", "贵州黔北山泉饮品有限公司", "黔北山泉饮品（贵州）有限公司"];
      const sent = await Promise.all(names.map((companyName, i) => fujian.agent.post("/api/leads").send(buildLead({ companyName }))));
      const ids = sent.map((r) => r.body.id as number).sort((a, b) => a - b);
      for (const [i, id] of ids.entries()) {
        const { candidates } = (await analyst.get(`/api/leads/${id}`)).body;
        const earlier = candidates.filter((c: { kind: string }) => c.kind === "lead").map((c: { id: number }) => c.id).sort((a: number, b: number) => a - b);
        expect(earlier).toEqual(ids.slice(0, i));
      }
    });

    it("does not offer different companies that only share a region and a trade", async () => {
      await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: "深圳市燃气集团股份有限公司" })).expect(201);
      const res = await zhejiang.agent.post("/api/leads").send(buildLead({ companyName: "北京市燃气集团有限责任公司" }));
      expect((await analyst.get(`/api/leads/${res.body.id}`)).body.candidates).toEqual([]);
    });
  });

  describe("chambers see only their own leads", () => {
    it("lists its own leads with status, and answers 404 for another chamber's lead; the review queue is closed to it", async () => {
      const own = await shenzhen.agent.post("/api/leads").send(buildLead({ companyName: "深圳来的电机企业有限公司" }));
      const theirs = await zhejiang.agent.post("/api/leads").send(buildLead({ companyName: "浙江来的阀门企业有限公司" }));
      const mine = await shenzhen.agent.get("/api/leads/mine").query({ limit: 200 });
      expect(mine.status).toBe(200);
      const names = mine.body.items.map((l: { companyName: string }) => l.companyName);
      expect(names).toContain("深圳来的电机企业有限公司");
      expect(names).not.toContain("浙江来的阀门企业有限公司");
      expect(mine.body.items.every((l: Record<string, unknown>) => !("contactName" in l) && !("chamber" in l))).toBe(true);
      expect((await shenzhen.agent.get(`/api/leads/mine/${own.body.id}`)).body.companyName).toBe("深圳来的电机企业有限公司");
      const other = await shenzhen.agent.get(`/api/leads/mine/${theirs.body.id}`);
      expect(other.status).toBe(404);
      expect(other.body.error.message).toBe(`线索不存在：${theirs.body.id}`);
      expect((await shenzhen.agent.get(`/api/leads/${theirs.body.id}`)).status).toBe(403);
      expect((await shenzhen.agent.get("/api/leads")).status).toBe(403);
      expect((await shenzhen.agent.get("/api/leads/stats")).status).toBe(403);
      expect((await analyst.get("/api/leads/mine")).status).toBe(403);
    });

    it("hides contact fields from viewers, who may still read the queue", async () => {
      const res = await viewer.get("/api/leads").query({ limit: 5 });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      for (const item of res.body.items) {
        expect(item).not.toHaveProperty("contactName");
        expect(item).not.toHaveProperty("contactPhone");
        expect(item).not.toHaveProperty("contactEmail");
      }
      expect((await viewer.post(`/api/leads/${res.body.items[0].id}/reject`).send({ reason: "无权" })).status).toBe(403);
    });
  });

  describe("review", () => {
    it("accepts a lead as an enterprise queued for indexing, credits the chamber and returns matching projects", async () => {
      const project = await ctx.request.post("/api/projects").send(buildProjectInput());
      expect(project.status).toBe(201);
      const code = creditCodeFor(101);
      const lead = await zhejiang.agent.post("/api/leads").send(buildLead({ companyName: "黔北新能源电驱动科技有限公司", creditCode: code }));
      const outboxBefore = await ctx.services.db.outboxEvent.count({ where: { entity: "enterprise" } });
      const res = await analyst.post(`/api/leads/${lead.body.id}/accept`);
      expect(res.status).toBe(201);
      expect(res.body.lead).toMatchObject({ status: "accepted", statusLabel: "已采纳", reviewedBy: expect.stringContaining("API密钥"), firstReviewedAt: expect.any(String) });
      const enterpriseId = res.body.enterprise.id;
      expect(res.body.enterprise).toMatchObject({ name: "黔北新能源电驱动科技有限公司", referrerChamberId: zhejiang.chamber.id });
      expect(res.body.matches.items.map((m: { project: { id: number } }) => m.project.id)).toContain(project.body.id);
      expect(await ctx.services.db.outboxEvent.count({ where: { entity: "enterprise" } })).toBeGreaterThan(outboxBefore);

      const enterprise = (await ctx.request.get(`/api/enterprises/${enterpriseId}`)).body;
      expect(enterprise).toMatchObject({ source: "lead", creditCode: code, industryLabels: ["新能源汽车零部件"], contacts: [{ name: "王经理" }] });
      expect(enterprise.signals).toEqual([expect.objectContaining({ type: "investment", source: `商协会线索 #${lead.body.id}（贵州省浙江商会）` })]);
      expect(await ctx.services.db.enterprise.findUnique({ where: { id: enterpriseId }, select: { referrerChamberId: true } })).toEqual({ referrerChamberId: zhejiang.chamber.id });
      expect((await auditOf("Lead", lead.body.id)).map((a) => a.action)).toEqual(["create", "accept"]);
      expect((await auditOf("Enterprise", enterpriseId)).map((a) => a.action)).toEqual(["create", "referral_credit"]);

      const mine = (await zhejiang.agent.get(`/api/leads/mine/${lead.body.id}`)).body;
      expect(mine).toMatchObject({ status: "accepted", referralCredited: true });
      const again = await analyst.post(`/api/leads/${lead.body.id}/accept`);
      expect(again.status).toBe(409);
      expect(again.body.error.message).toBe(`线索 #${lead.body.id} 当前状态为「已采纳」，不能再采纳`);
    });

    it("refuses to accept a company already in the library by credit code, pointing at the merge", async () => {
      const existing = await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ creditCode: creditCodeFor(102) }));
      const lead = await zhejiang.agent.post("/api/leads").send(buildLead({ creditCode: creditCodeFor(102) }));
      expect(lead.body.status).toBe("received");
      const res = await analyst.post(`/api/leads/${lead.body.id}/accept`);
      expect(res.status).toBe(409);
      expect(res.body.error.details).toEqual({ enterpriseId: existing.body.id });
    });

    it("merges field by field: conflicts need a choice, history keeps before / lead / after, nothing else is overwritten", async () => {
      const enterprise = await ctx.request.post("/api/enterprises").send(
        buildEnterpriseInput({ name: "重庆长安汽车股份有限公司", industryCodes: ["3610"], industryLabels: ["整车制造"], contacts: [{ name: "赵总", phone: "023-67594008" }] }),
      );
      const submitted = buildLead({ companyName: "长安汽车（重庆）股份公司", industryCode: "3670", industry: "汽车零部件" });
      const lead = await shenzhen.agent.post("/api/leads").send(submitted);
      const detail = (await analyst.get(`/api/leads/${lead.body.id}`)).body;
      expect(detail.candidates[0]).toMatchObject({ kind: "enterprise", id: enterprise.body.id });

      const preview = await analyst.get(`/api/leads/${lead.body.id}/merge-preview`).query({ enterpriseId: enterprise.body.id });
      expect(preview.body.fields.map((f: { field: string; conflict: boolean }) => [f.field, f.conflict])).toEqual([
        ["name", true], ["industryCode", true], ["industryLabels", false], ["contacts", false],
      ]);

      const refused = await analyst.post(`/api/leads/${lead.body.id}/merge`).send({ enterpriseId: enterprise.body.id });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details).toEqual([
        { path: "fields.name", message: "企业名称：线索为「长安汽车（重庆）股份公司」，企业为「重庆长安汽车股份有限公司」" },
        { path: "fields.industryCode", message: "主行业代码：线索为「3670」，企业为「3610」" },
      ]);
      expect((await ctx.services.db.leadMergeHistory.count({ where: { leadId: lead.body.id } }))).toBe(0);

      const merged = await analyst
        .post(`/api/leads/${lead.body.id}/merge`)
        .send({ enterpriseId: enterprise.body.id, fields: { name: "enterprise", industryCode: "lead", contacts: "lead" } });
      expect(merged.status).toBe(200);
      expect(merged.body).toMatchObject({ status: "merged", enterpriseId: enterprise.body.id });
      expect(merged.body.mergeHistory.map((h: { field: string; choice: string; before: unknown; after: unknown }) => [h.field, h.choice, h.before, h.after])).toEqual([
        ["name", "enterprise", "重庆长安汽车股份有限公司", "重庆长安汽车股份有限公司"],
        ["industryCode", "lead", "3610", "3670"],
        ["industryLabels", "lead", ["整车制造"], ["整车制造", "汽车零部件"]],
        ["contacts", "lead", [{ name: "赵总", phone: "023-67594008" }], [{ name: "赵总", phone: "023-67594008" }, { name: "王经理", phone: submitted.contactPhone }]],
      ]);
      const after = (await ctx.request.get(`/api/enterprises/${enterprise.body.id}`)).body;
      expect(after.name).toBe("重庆长安汽车股份有限公司");
      expect(after.industries.filter((i: { kind: string }) => i.kind !== "inferred").map((i: { code: string; kind: string }) => [i.code, i.kind])).toEqual([["3670", "primary"], ["3610", "secondary"]]);
      expect(after.contacts).toHaveLength(2);
      expect(after.registeredCapital).toBe(enterprise.body.registeredCapital);
      expect(after.mainBusiness).toBe(enterprise.body.mainBusiness);
      expect(after.signals.map((s: { type: string }) => s.type)).toContain("investment");
      expect(merged.body.enterprise).toMatchObject({ referrerChamberName: "正安县驻深圳招商办" });
      const audits = (await auditOf("Enterprise", enterprise.body.id)).map((a) => a.action);
      expect(audits).toEqual(expect.arrayContaining(["update", "referral_credit"]));
      expect((await analyst.post(`/api/leads/${lead.body.id}/merge`).send({ enterpriseId: enterprise.body.id })).status).toBe(409);
    });

    it("rejects with a reason the chamber can read; starting a review shows 审核中 to the chamber", async () => {
      const a = await zhejiang.agent.post("/api/leads").send(buildLead());
      const b = await zhejiang.agent.post("/api/leads").send(buildLead());
      const started = await analyst.post(`/api/leads/${a.body.id}/start-review`);
      expect(started.body).toMatchObject({ status: "under_review", firstReviewedAt: expect.any(String) });
      expect((await zhejiang.agent.get(`/api/leads/mine/${a.body.id}`)).body.statusLabel).toBe("审核中");
      const noReason = await analyst.post(`/api/leads/${b.body.id}/reject`).send({});
      expect(noReason.body.error.details).toEqual([{ path: "reason", message: "请填写驳回原因" }]);
      const rejected = await analyst.post(`/api/leads/${b.body.id}/reject`).send({ reason: "企业主营为房地产开发，属于本县负面清单行业" });
      expect(rejected.body).toMatchObject({ status: "rejected", rejectReason: "企业主营为房地产开发，属于本县负面清单行业" });
      const mine = (await zhejiang.agent.get("/api/leads/mine").query({ status: "rejected" })).body.items;
      expect(mine).toEqual([expect.objectContaining({ id: b.body.id, statusLabel: "已驳回", rejectReason: "企业主营为房地产开发，属于本县负面清单行业" })]);
      expect((await auditOf("Lead", b.body.id)).map((x) => x.action)).toEqual(["create", "reject"]);
    });
  });

  describe("referral credit", () => {
    it("gives exactly one referrer when two chambers submit the same company at the same moment", async () => {
      const code = creditCodeFor(201);
      const [a, b] = await Promise.all([
        zhejiang.agent.post("/api/leads").send(buildLead({ companyName: "贵州黔北动力电池有限公司", creditCode: code })),
        shenzhen.agent.post("/api/leads").send(buildLead({ companyName: "黔北动力电池（贵州）有限公司", creditCode: code })),
      ]);
      expect([a.status, b.status]).toEqual([201, 201]);
      const leads = await ctx.services.db.lead.findMany({ where: { creditCode: code }, orderBy: { createdAt: "asc" } });
      expect(leads.map((l) => l.status)).toEqual(["received", "duplicate"]);
      expect(leads[1].duplicateOfLeadId).toBe(leads[0].id);
      expect(leads[1].createdAt.getTime()).toBeGreaterThanOrEqual(leads[0].createdAt.getTime());

      const dupAccept = await analyst.post(`/api/leads/${leads[1].id}/accept`);
      expect(dupAccept.status).toBe(409);
      expect(dupAccept.body.error.message).toContain(`与线索 #${leads[0].id} 是同一家企业`);
      // The duplicate can still bring its details in by a merge; the credit stays with the first submission.
      const accepted = await analyst.post(`/api/leads/${leads[0].id}/accept`);
      const enterpriseId = accepted.body.enterprise.id;
      await analyst.post(`/api/leads/${leads[1].id}/merge`).send({ enterpriseId, fields: { name: "enterprise", contacts: "enterprise" } }).expect(200);
      const row = await ctx.services.db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } });
      expect(row.referrerChamberId).toBe(leads[0].chamberId);
      expect(row.referredAt?.getTime()).toBe(leads[0].createdAt.getTime());
      const first = leads[0].chamberId === zhejiang.chamber.id ? zhejiang : shenzhen;
      const second = first === zhejiang ? shenzhen : zhejiang;
      expect((await first.agent.get(`/api/leads/mine/${leads[0].id}`)).body).toMatchObject({ status: "accepted", referralCredited: true });
      expect((await second.agent.get(`/api/leads/mine/${leads[1].id}`)).body).toMatchObject({ status: "merged", referralCredited: false });
    });

    it("credits the earliest submission even when it is merged last", async () => {
      const target = await ctx.request.post("/api/enterprises").send(buildEnterpriseInput({ name: "遵义播州区富硒茶业有限公司" }));
      const early = await zhejiang.agent.post("/api/leads").send(buildLead({ companyName: "富硒茶业（遵义）有限公司" }));
      const late = await shenzhen.agent.post("/api/leads").send(buildLead({ companyName: "遵义市播州区富硒茶业有限公司" }));
      const choices = { name: "enterprise", contacts: "enterprise", industryLabels: "enterprise", industryCode: "enterprise" };
      await analyst.post(`/api/leads/${late.body.id}/merge`).send({ enterpriseId: target.body.id, fields: choices }).expect(200);
      let row = await ctx.services.db.enterprise.findUniqueOrThrow({ where: { id: target.body.id } });
      expect(row.referrerChamberId).toBe(shenzhen.chamber.id);
      await analyst.post(`/api/leads/${early.body.id}/merge`).send({ enterpriseId: target.body.id, fields: choices }).expect(200);
      row = await ctx.services.db.enterprise.findUniqueOrThrow({ where: { id: target.body.id } });
      expect(row.referrerChamberId).toBe(zhejiang.chamber.id);
    });
  });

  describe("queue and response figures", () => {
    it("filters the queue by status, chamber and overdue, oldest first", async () => {
      const old = await shenzhen.agent.post("/api/leads").send(buildLead({ companyName: "久等的线索有限公司" }));
      await ctx.services.db.lead.update({ where: { id: old.body.id }, data: { createdAt: new Date(Date.now() - 9 * 86_400_000) } });
      const overdue = await analyst.get("/api/leads").query({ overdue: "true" });
      expect(overdue.body.items.map((l: { id: number }) => l.id)).toEqual([old.body.id]);
      expect(overdue.body.items[0]).toMatchObject({ overdue: true, status: "received" });
      const byChamber = await analyst.get("/api/leads").query({ chamberId: shenzhen.chamber.id, status: "received,duplicate", limit: 200 });
      expect(byChamber.body.items.every((l: { chamber: { id: number }; status: string }) => l.chamber.id === shenzhen.chamber.id && ["received", "duplicate"].includes(l.status))).toBe(true);
      expect(byChamber.body.items[0].id).toBe(old.body.id);
      const bad = await analyst.get("/api/leads").query({ status: "done" });
      expect(bad.status).toBe(400);
    });

    it("gives admins response times per chamber with overdue leads highlighted", async () => {
      const res = await ctx.request.get("/api/leads/stats");
      expect(res.status).toBe(200);
      expect(res.body.deadlineDays).toBe(5);
      const sz = res.body.chambers.find((c: { chamberId: number }) => c.chamberId === shenzhen.chamber.id);
      expect(sz).toMatchObject({ chamberName: "正安县驻深圳招商办", overdue: 1, reviewed: expect.any(Number), responseHours: expect.objectContaining({ median: expect.any(Number) }) });
      expect(res.body.chambers[0].chamberId).toBe(shenzhen.chamber.id);
      expect(res.body.overdueLeads).toEqual([expect.objectContaining({ companyName: "久等的线索有限公司", chamberName: "正安县驻深圳招商办", waitingDays: 9 })]);
      expect((await analyst.get("/api/leads/stats")).status).toBe(403);
    });
  });

  it("issues a signed form link for a chamber (admins only)", async () => {
    const res = await ctx.request.post(`/api/chambers/${zhejiang.chamber.id}/form-link`).send({ expiresInDays: 30 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ chamberId: zhejiang.chamber.id, chamberName: "贵州省浙江商会", path: `/form/leads/${res.body.token}` });
    expect(new Date(res.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect((await ctx.request.post("/api/chambers/99999/form-link").send({})).status).toBe(404);
    expect((await analyst.post(`/api/chambers/${zhejiang.chamber.id}/form-link`).send({})).status).toBe(403);
    expect((await auditOf("Chamber", zhejiang.chamber.id)).map((a) => a.action)).toContain("issue_form_link");
  });
});
