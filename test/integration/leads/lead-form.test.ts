import request from "supertest";
import { createTestContext, type TestContext } from "../../helpers/test-services";
import { resolveFormSecret, signFormLink } from "../../../src/modules/leads";
import { chamberAgent, EXE, PDF } from "./lead-fixtures";

const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

describe("public chamber lead form (server-rendered, no sign-in)", () => {
  let ctx: TestContext;
  let chamber: { id: number; name: string };
  let formPath: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    chamber = (await chamberAgent(ctx, "贵州省温州商会")).chamber;
    const link = await ctx.request.post(`/api/chambers/${chamber.id}/form-link`).send({ expiresInDays: 7 });
    formPath = link.body.path;
  });
  afterAll(async () => ctx.close());

  const web = () => request(ctx.app);
  const hiddenSubmissionId = (page: string) => /name="submissionId" value="([^"]+)"/.exec(page)?.[1] as string;
  const validFields = (extra: Record<string, string> = {}) => ({
    companyName: "温州正泰电器（遵义）有限公司",
    contactName: "陈经理",
    contactPhone: "13705770001",
    industry: "输配电及控制设备",
    investmentAmount: "20000",
    landArea: "60",
    investmentType: "合资",
    consent: "true",
    ...extra,
  });

  it("serves a Chinese form under a strict CSP: no script, one stylesheet", async () => {
    const res = await web().get(formPath);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html; charset=utf-8/);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.text).toContain("投资线索报送");
    expect(res.text).toContain("报送单位：贵州省温州商会");
    expect(res.text).toContain("正安县投资促进局");
    expect(res.text).not.toMatch(/<script|\son\w+=|\sstyle=/i);
    expect(hiddenSubmissionId(res.text)).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    const css = await web().get("/form/assets/lead-form.css");
    expect(css.status).toBe(200);
    expect(css.headers["content-type"]).toMatch(/^text\/css/);
  });

  it("explains broken and expired links in Chinese", async () => {
    const broken = await web().get("/form/leads/not-a-token");
    expect(broken.status).toBe(404);
    expect(broken.text).toContain("链接无效");
    const tampered = formPath.replace(/\/(\d+)\./, (_m, id) => `/${Number(id) + 1}.`);
    expect((await web().get(tampered)).status).toBe(404);
    const expired = signFormLink(resolveFormSecret(ctx.config.leads), { chamberId: chamber.id, expiresAt: new Date(Date.now() - 1000) });
    const old = await web().get(`/form/leads/${expired}`);
    expect(old.status).toBe(410);
    expect(old.text).toContain("链接已过期");
    expect((await web().post(`/form/leads/${expired}`).type("form").send(validFields())).status).toBe(410);
  });

  it("shows field errors with what was typed, escaped: script in a company name stays text", async () => {
    const before = await ctx.services.db.lead.count();
    const res = await web()
      .post(formPath)
      .type("form")
      .send({ companyName: XSS, description: `</textarea>${XSS}`, contactName: "", industry: "电气", consent: "" });
    expect(res.status).toBe(400);
    expect(res.text).toContain("提交未成功，请修改以下内容");
    expect(res.text).toContain("联系人：请填写联系人姓名");
    expect(res.text).toContain("联系电话：联系电话和联系邮箱至少填写一项");
    expect(res.text).toContain("数据使用授权：请确认授权");
    expect(res.text).not.toContain("<script>");
    expect(res.text).not.toContain("<img");
    expect(res.text).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(res.text).toContain("&lt;/textarea&gt;");
    expect(await ctx.services.db.lead.count()).toBe(before);
  });

  it("accepts a multipart submission with an attachment, confirms it, and a double submit gives the same lead", async () => {
    const form = await web().get(formPath);
    const submissionId = hiddenSubmissionId(form.text);
    const send = () => {
      let req = web().post(formPath).field("submissionId", submissionId);
      for (const [k, v] of Object.entries(validFields({ description: XSS }))) req = req.field(k, v);
      return req.attach("attachments", PDF, "项目简介.pdf");
    };
    const first = await send();
    expect(first.status).toBe(201);
    expect(first.text).toContain("提交成功");
    const leadId = Number(/#(\d+)/.exec(first.text)?.[1]);
    const second = await send();
    expect(second.status).toBe(200);
    expect(second.text).toContain("该线索已提交过");
    expect(second.text).toContain(`#${leadId}`);

    const stored = await ctx.services.db.lead.findUniqueOrThrow({ where: { id: leadId }, include: { attachments: true } });
    expect(stored).toMatchObject({
      chamberId: chamber.id, submittedVia: "form", companyName: "温州正泰电器（遵义）有限公司", investmentAmount: 20000, landArea: 60,
      investmentType: "合资", consent: true, status: "received", description: XSS,
    });
    expect(stored.attachments.map((a) => [a.filename, a.mime])).toEqual([["项目简介.pdf", "application/pdf"]]);
    expect(await ctx.services.db.lead.count({ where: { companyName: "温州正泰电器（遵义）有限公司" } })).toBe(1);
    const [audit] = await ctx.services.db.auditLog.findMany({ where: { entityType: "Lead", entityId: String(leadId) } });
    expect(audit).toMatchObject({ action: "create", actorType: "anonymous", actorName: "报送表单（贵州省温州商会）" });

    // Analysts read it like any other lead, the script as text.
    const detail = await ctx.request.get(`/api/leads/${leadId}`);
    expect(detail.body).toMatchObject({ submittedVia: "form", description: XSS, chamber: { name: "贵州省温州商会" } });
  });

  it("accepts a plain urlencoded post (no files) as well", async () => {
    const res = await web().post(formPath).type("form").send(validFields({ companyName: "遵义黔茶电商有限公司", contactPhone: "", contactEmail: "cha@example.com" }));
    expect(res.status).toBe(201);
    expect(res.text).toContain("遵义黔茶电商有限公司");
  });

  it("refuses a renamed executable and asks for the files again", async () => {
    let req = web().post(formPath);
    for (const [k, v] of Object.entries(validFields({ companyName: "带病毒附件的企业有限公司" }))) req = req.field(k, v);
    const res = await req.attach("attachments", EXE, { filename: "营业执照.pdf", contentType: "application/pdf" });
    expect(res.status).toBe(400);
    expect(res.text).toContain("附件「营业执照.pdf」不是 PDF、PNG 或 JPEG 文件");
    expect(res.text).toContain("附件需要重新选择。");
    expect(res.text).toContain(`value="带病毒附件的企业有限公司"`);
    expect(await ctx.services.db.lead.count({ where: { companyName: "带病毒附件的企业有限公司" } })).toBe(0);
  });
});
