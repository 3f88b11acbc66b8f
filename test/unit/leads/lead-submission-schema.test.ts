import "../../../src/http/zod-setup";
import { leadSubmissionBody as sut, textFieldsToSubmission } from "../../../src/modules/leads/schemas";
import { canonicalPhone } from "../../../src/modules/leads/phone";
import { zodIssuesToDetails } from "../../../src/http/zod-details";

/** A valid submission; each test breaks one field. */
const valid = () => ({
  companyName: "贵州茅台酒股份有限公司",
  creditCode: "91520000214434146R",
  contactName: "王经理",
  contactPhone: "13812345678",
  contactEmail: "wang@example.com",
  industry: "白酒制造",
  industryCode: "1512",
  investmentAmount: 50000,
  landArea: 120,
  investmentType: "独资",
  intendedRegion: "正安经济开发区",
  description: "拟建设年产5000吨酱香型白酒生产线",
  consent: true,
});

function issues(body: unknown) {
  const r = sut.safeParse(body);
  return r.success ? [] : zodIssuesToDetails(r.error);
}

const messageFor = (body: unknown, path: string) => issues(body).find((i) => i.path === path)?.message;

describe("lead submission schema", () => {
  it("accepts a complete submission and normalizes the credit code and phone", () => {
    const r = sut.parse({ ...valid(), creditCode: " 91520000214434146r ", contactPhone: "+86 138-1234-5678" });
    expect(r.creditCode).toBe("91520000214434146R");
    expect(r.contactPhone).toBe("13812345678");
  });

  it("accepts the minimum: name, contact, one way to reach them, industry, consent", () => {
    const r = sut.parse({ companyName: "比亚迪", contactName: "李", contactEmail: "li@example.com", industry: "汽车", consent: true });
    expect(r.description).toBe("");
  });

  it.each([
    ["companyName", "请填写企业名称", undefined],
    ["companyName", "企业名称至少2个字", "A"],
    ["companyName", "企业名称不能超过200个字", "很".repeat(201)],
    ["companyName", "请填写企业名称", 42],
    ["contactName", "请填写联系人姓名", "  "],
    ["contactName", "联系人姓名不能超过50个字", "很".repeat(51)],
    ["contactPhone", "联系电话格式不正确", "12345"],
    ["contactPhone", "联系电话格式不正确", "1381234567"],
    ["contactEmail", "联系邮箱格式不正确", "not-an-email"],
    ["industry", "请填写所属行业", ""],
    ["industry", "所属行业至少2个字", "酒"],
    ["industryCode", "国民经济行业代码无效", "9999"],
    ["investmentAmount", "意向投资额应为数字（万元）", "五千万"],
    ["investmentAmount", "意向投资额应大于0（万元）", -5],
    ["investmentAmount", "意向投资额过大（单位为万元）", 2e8],
    ["landArea", "意向用地应大于0（亩）", 0],
    ["landArea", "意向用地应为数字（亩）", "很大"],
    ["investmentType", "投资方式应为：独资、合资、合作、PPP、租赁、其他", "收购"],
    ["intendedRegion", "意向落地区域不能超过100个字", "区".repeat(101)],
    ["description", "项目说明不能超过5000个字", "说".repeat(5001)],
    ["consent", "请确认授权", false],
    ["consent", "请确认授权", "true"],
    ["consent", "请确认授权", undefined],
  ])("%s: %s", (field, message, value) => {
    const body: Record<string, unknown> = { ...valid(), [field]: value };
    if (value === undefined) delete body[field];
    expect(messageFor(body, field)).toContain(message);
  });

  it.each([
    ["91520000214434146X", "校验位错误：第 18 位应为 R"],
    ["9152000021443414", "应为 18 位"],
    ["520000000123456", "15 位的旧版工商注册号"],
    ["91520000214434I46R", "不允许的字符"],
    ["", "统一社会信用代码为空"],
  ])("refuses the credit code %s (%s)", (code, reason) => {
    expect(messageFor({ ...valid(), creditCode: code }, "creditCode")).toContain(reason);
  });

  it("needs a phone or an e-mail, and says so on the phone field", () => {
    const { contactPhone: _p, contactEmail: _e, ...body } = valid();
    expect(messageFor(body, "contactPhone")).toBe("联系电话和联系邮箱至少填写一项");
  });

  it("refuses unknown fields", () => {
    expect(issues({ ...valid(), status: "accepted" })[0]?.message).toMatch(/status/);
  });

  it("reports every broken field at once", () => {
    const paths = issues({ companyName: "", contactName: "", industry: "", consent: false }).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["companyName", "contactName", "industry", "consent", "contactPhone"]));
  });
});

describe("textFieldsToSubmission (form and multipart bodies)", () => {
  it("drops blanks, reads numbers and the consent checkbox", () => {
    expect(
      textFieldsToSubmission({ companyName: " 比亚迪 ", creditCode: "", investmentAmount: "5000.5", landArea: " 30 ", consent: "on", description: "" }),
    ).toEqual({ companyName: "比亚迪", investmentAmount: 5000.5, landArea: 30, consent: true });
  });

  it("keeps unreadable numbers as text so validation names the field", () => {
    const body = { ...valid(), ...textFieldsToSubmission({ investmentAmount: "5千万", consent: "true" }) };
    expect(messageFor(body, "investmentAmount")).toBe("意向投资额应为数字（万元）");
  });

  it("treats a missing or unticked checkbox as no consent", () => {
    expect(textFieldsToSubmission({ consent: "" }).consent).toBe(false);
    expect(textFieldsToSubmission({ consent: ["on", "x"] }).consent).toBe(true);
  });
});

describe("canonicalPhone", () => {
  it.each([
    ["13812345678", "13812345678"],
    ["138 1234 5678", "13812345678"],
    ["+86-13812345678", "13812345678"],
    ["８６１３８１２３４５６７８", "13812345678"],
    ["0851-28221234", "0851-28221234"],
    ["(0851) 28221234", "0851-28221234"],
    ["010-12345678-801", "010-12345678-801"],
  ])("%s -> %s", (input, out) => expect(canonicalPhone(input)).toBe(out));

  it.each(["12345", "23812345678", "1381234567a", "", "0851"])("refuses %p", (input) => expect(canonicalPhone(input)).toBeNull());
});
