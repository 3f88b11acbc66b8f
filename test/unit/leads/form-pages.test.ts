import { confirmationPage, formPage } from "../../../src/modules/leads/form/pages";
import { escapeHtml, html } from "../../../src/modules/leads/form/html";

const XSS = `"><script>alert('x')</script><img src=x onerror=alert(1)>`;

const base = {
  token: "7.1893456000.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
  chamberName: "贵州省浙江商会",
  countyName: "正安县",
  submissionId: "s".repeat(22),
  values: {},
  errors: {},
  maxFiles: 5,
  maxBytes: 10 * 1024 * 1024,
};

describe("html template", () => {
  it("escapes interpolated text and keeps nested templates", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\``)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;");
    expect(html`<p>${"<b>"}${html`<i>${"&"}</i>`}${null}${false}${[1, "<"]}</p>`.value).toBe("<p>&lt;b&gt;<i>&amp;</i>1&lt;</p>");
  });
});

describe("form page", () => {
  it("shows typed values and errors escaped, never as markup", () => {
    const page = formPage({
      ...base,
      chamberName: `商会${XSS}`,
      values: { companyName: XSS, description: `</textarea>${XSS}`, investmentType: XSS },
      errors: { companyName: [`名称${XSS}`] },
    });
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<img");
    expect(page).not.toContain("</textarea><");
    expect(page).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(page).toContain(`value="&quot;&gt;&lt;script&gt;`);
  });

  it("has no script and no inline style (strict CSP), one stylesheet from the site", () => {
    const page = formPage(base);
    expect(page).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    expect(page).toContain(`<link rel="stylesheet" href="/form/assets/lead-form.css">`);
    expect(page).toContain(`<html lang="zh-CN">`);
    expect(page).toContain(`action="/form/leads/${base.token}"`);
    expect(page).toContain(`enctype="multipart/form-data"`);
    expect(page).toContain("PDF、PNG 或 JPEG，最多5个，每个不超过10 MB");
  });

  it("lists errors on top with links to the fields, and marks the fields", () => {
    const page = formPage({ ...base, errors: { contactPhone: ["联系电话和联系邮箱至少填写一项"], attachments: ["附件「a.pdf」不是 PDF、PNG 或 JPEG 文件"] }, filesDropped: true });
    expect(page).toContain(`<a href="#f-contactPhone">联系电话：联系电话和联系邮箱至少填写一项</a>`);
    expect(page).toContain(`aria-invalid="true" aria-describedby="e-contactPhone"`);
    expect(page).toContain("附件需要重新选择。");
  });

  it("keeps the consent box and the chosen investment type", () => {
    const page = formPage({ ...base, values: { consent: "true", investmentType: "合资" } });
    expect(page).toContain(`value="true" checked`);
    expect(page).toContain(`<option value="合资" selected>`);
  });
});

describe("confirmation page", () => {
  it("gives the lead number and explains a duplicate", () => {
    const page = confirmationPage({ ...base, leadId: 42, companyName: XSS, status: "duplicate", replay: false });
    expect(page).toContain("#42");
    expect(page).toContain("重复提交");
    expect(page).not.toContain("<script>");
  });
});
