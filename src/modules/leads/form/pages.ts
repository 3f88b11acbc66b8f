import { formatMegabytes } from "../attachments";
import { INVESTMENT_TYPES, LEAD_FIELD_LABELS, LEAD_STATUS_LABELS, type LeadStatus } from "../schemas";
import { html, type SafeHtml } from "./html";

/** Server-rendered pages of the public lead form: plain HTML, one stylesheet, no script (strict CSP). */

export const FORM_CSS_PATH = "/form/assets/lead-form.css";

function layout(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="${FORM_CSS_PATH}">
</head>
<body>
<main class="page">
${body}
</main>
</body>
</html>
`.value;
}

export type FieldErrors = Partial<Record<string, string[]>>;

export interface FormPageInput {
  token: string;
  chamberName: string;
  countyName: string;
  submissionId: string;
  values: Record<string, string>;
  errors: FieldErrors;
  maxFiles: number;
  maxBytes: number;
  /** Files were sent with a refused submission: the browser will not keep them. */
  filesDropped?: boolean;
}

type Label = keyof typeof LEAD_FIELD_LABELS;

function errorList(name: string, errors: FieldErrors): SafeHtml {
  const list = errors[name];
  if (!list?.length) return html``;
  return html`<p class="field-error" id="e-${name}">${list.join("；")}</p>`;
}

function invalidAttrs(name: string, errors: FieldErrors): SafeHtml {
  return errors[name]?.length ? html` aria-invalid="true" aria-describedby="e-${name}"` : html``;
}

function field(name: Label, control: SafeHtml, errors: FieldErrors, opts: { required?: boolean; hint?: string } = {}): SafeHtml {
  return html`<div class="field${errors[name]?.length ? " has-error" : ""}">
<label for="f-${name}">${LEAD_FIELD_LABELS[name]}${opts.required ? html`<span class="required" aria-hidden="true">*</span>` : ""}</label>
${control}
${opts.hint ? html`<p class="hint">${opts.hint}</p>` : ""}
${errorList(name, errors)}
</div>`;
}

function textInput(name: Label, input: FormPageInput, attrs: { type?: string; maxlength?: number; required?: boolean; inputmode?: string; placeholder?: string } = {}): SafeHtml {
  return html`<input id="f-${name}" name="${name}" type="${attrs.type ?? "text"}" value="${input.values[name] ?? ""}"${
    attrs.maxlength ? html` maxlength="${attrs.maxlength}"` : ""
  }${attrs.inputmode ? html` inputmode="${attrs.inputmode}"` : ""}${attrs.placeholder ? html` placeholder="${attrs.placeholder}"` : ""}${
    attrs.required ? html` required` : ""
  }${invalidAttrs(name, input.errors)}>`;
}

export function formPage(input: FormPageInput): string {
  const { errors } = input;
  const summary = Object.entries(errors).filter(([, list]) => list?.length);
  const label = (name: string) => (LEAD_FIELD_LABELS as Record<string, string>)[name] ?? name;
  const body = html`
<header class="masthead">
<p class="agency">${input.countyName}投资促进局</p>
<h1>投资线索报送</h1>
<p class="chamber">报送单位：${input.chamberName}</p>
</header>
${
  summary.length
    ? html`<section class="error-summary" role="alert" aria-labelledby="error-title">
<h2 id="error-title">提交未成功，请修改以下内容</h2>
<ul>${summary.map(([name, list]) => html`<li><a href="#f-${name}">${label(name)}：${(list ?? []).join("；")}</a></li>`)}</ul>
${input.filesDropped ? html`<p>附件需要重新选择。</p>` : ""}
</section>`
    : ""
}
<form method="post" action="/form/leads/${input.token}" enctype="multipart/form-data" accept-charset="utf-8" novalidate>
<input type="hidden" name="submissionId" value="${input.submissionId}">
<fieldset>
<legend>企业信息</legend>
${field("companyName", textInput("companyName", input, { maxlength: 200, required: true }), errors, { required: true, hint: "营业执照上的全称" })}
${field("creditCode", textInput("creditCode", input, { maxlength: 30 }), errors, { hint: "18位，选填；填写后将校验校验位" })}
${field("industry", textInput("industry", input, { maxlength: 100, required: true, placeholder: "如：新能源汽车零部件" }), errors, { required: true })}
${field("industryCode", textInput("industryCode", input, { maxlength: 5 }), errors, { hint: "选填，GB/T 4754-2017 门类字母或2–4位数字，如 3670" })}
</fieldset>
<fieldset>
<legend>联系人</legend>
${field("contactName", textInput("contactName", input, { maxlength: 50, required: true }), errors, { required: true })}
${field("contactPhone", textInput("contactPhone", input, { type: "tel", maxlength: 30, inputmode: "tel" }), errors, { hint: "手机号或带区号的固定电话；电话和邮箱至少填写一项" })}
${field("contactEmail", textInput("contactEmail", input, { type: "email", maxlength: 200 }), errors)}
</fieldset>
<fieldset>
<legend>投资意向</legend>
${field("investmentAmount", textInput("investmentAmount", input, { inputmode: "decimal", maxlength: 20 }), errors, { hint: "单位：万元" })}
${field("landArea", textInput("landArea", input, { inputmode: "decimal", maxlength: 20 }), errors, { hint: "单位：亩" })}
${field(
  "investmentType",
  html`<select id="f-investmentType" name="investmentType"${invalidAttrs("investmentType", errors)}>
<option value="">请选择（选填）</option>
${INVESTMENT_TYPES.map((t) => html`<option value="${t}"${input.values.investmentType === t ? html` selected` : ""}>${t}</option>`)}
</select>`,
  errors,
)}
${field("intendedRegion", textInput("intendedRegion", input, { maxlength: 100, placeholder: "乡镇、园区" }), errors)}
${field(
  "description",
  html`<textarea id="f-description" name="description" rows="6" maxlength="5000"${invalidAttrs("description", errors)}>${input.values.description ?? ""}</textarea>`,
  errors,
  { hint: "项目内容、产能、时间安排等，5000字以内" },
)}
</fieldset>
<fieldset>
<legend>附件</legend>
${field(
  "attachments",
  html`<input id="f-attachments" name="attachments" type="file" multiple accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"${invalidAttrs("attachments", errors)}>`,
  errors,
  { hint: `PDF、PNG 或 JPEG，最多${input.maxFiles}个，每个不超过${formatMegabytes(input.maxBytes)}` },
)}
</fieldset>
<div class="field consent${errors.consent?.length ? " has-error" : ""}">
<label class="checkbox" for="f-consent"><input id="f-consent" name="consent" type="checkbox" value="true"${
    input.values.consent === "true" ? html` checked` : ""
  }${invalidAttrs("consent", errors)}> 本单位确认已取得企业及联系人同意，将以上信息提供给${input.countyName}投资促进局，仅用于招商对接。<span class="required" aria-hidden="true">*</span></label>
${errorList("consent", errors)}
</div>
<button type="submit">提交线索</button>
</form>`;
  return layout(`投资线索报送 · ${input.chamberName}`, body);
}

export interface ConfirmationInput {
  token: string;
  chamberName: string;
  countyName: string;
  leadId: number;
  companyName: string;
  status: LeadStatus;
  replay: boolean;
}

export function confirmationPage(input: ConfirmationInput): string {
  const duplicate = input.status === "duplicate";
  const body = html`
<header class="masthead">
<p class="agency">${input.countyName}投资促进局</p>
<h1>${input.replay ? "该线索已提交过" : "提交成功"}</h1>
<p class="chamber">报送单位：${input.chamberName}</p>
</header>
<section class="notice${duplicate ? " notice-warn" : ""}" role="status">
<p>线索编号：<strong>#${input.leadId}</strong></p>
<p>企业名称：${input.companyName}</p>
<p>当前状态：${LEAD_STATUS_LABELS[input.status]}</p>
${
  duplicate
    ? html`<p>该企业此前已有人报送（统一社会信用代码相同），本次提交已按时间记录为重复提交，招商局将一并核实。</p>`
    : html`<p>招商局将尽快审核，处理结果会反馈给报送单位。</p>`
}
</section>
<p><a class="button-link" href="/form/leads/${input.token}">继续报送其他线索</a></p>`;
  return layout("提交结果 · 投资线索报送", body);
}

export function messagePage(title: string, message: string): string {
  return layout(
    title,
    html`<header class="masthead"><h1>${title}</h1></header>
<section class="notice notice-warn" role="alert"><p>${message}</p></section>`,
  );
}
