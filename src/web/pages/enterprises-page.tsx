import { Card, Select, Space, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router-dom";
import { api, type QueryParams } from "../api/client";
import type { EnterpriseDoc, SearchHit, SearchResult } from "../api/types";
import { useApi } from "../hooks/use-api";
import { useUrlQuery } from "../hooks/use-url-query";
import { useIndustryNames, useProvinces } from "../hooks/use-reference";
import { useRowKeyboard } from "../hooks/use-row-keyboard";
import { HighlightText } from "../components/highlight-text";
import { FacetPanel } from "../components/facet-panel";
import { IndustrySelect } from "../components/industry-select";
import { RegionSelect } from "../components/region-select";
import { RangeFilter } from "../components/range-filter";
import { SearchBox } from "../components/search-box";
import { ExportButtons } from "../components/export-buttons";
import { MultiSelectFilter } from "../components/multi-select-filter";
import { SearchHitsTable, sortOrderOf } from "../components/search-hits-table";
import { ENTERPRISE_FACET_LABELS, LISTING_STATUS_LABELS, OPERATING_STATUSES, SOURCE_LABELS } from "../lib/labels";
import { formatWan } from "../lib/format";

const SORTS = [
  { value: "relevance", label: "按相关度" },
  { value: "-registeredCapital", label: "注册资本从高到低" },
  { value: "registeredCapital", label: "注册资本从低到高" },
  { value: "-revenue", label: "营业收入从高到低" },
  { value: "-updatedAt", label: "最近更新" },
];
/**
 * The search engines rank a text query no deeper than 2,000 hits (MAX_RESULT_WINDOW), so its export stops there;
 * without text the export has no limit. The server refuses a larger text export; the page says so first.
 */
const TEXT_EXPORT_MAX = 2000;
const SNIPPET_FIELDS = ["mainBusiness", "products", "aliases", "industryLabels"];

/** 企业库: Chinese full-text search with highlights, filters and facets; filters live in the URL. */
export function EnterprisesPage() {
  const url = useUrlQuery();
  const provinces = useProvinces();
  const onKeyDown = useRowKeyboard();
  const { limit, offset } = url.paging(20);
  const filters = {
    q: url.get("q"),
    industry: url.get("industry"),
    region: url.get("region"),
    listingStatus: url.getList("listingStatus"),
    operatingStatus: url.getList("operatingStatus"),
    source: url.getList("source"),
    tags: url.getList("tags"),
    minCapital: url.getNumber("minCapital"),
    maxCapital: url.getNumber("maxCapital"),
  };
  const sort = url.get("sort") ?? "relevance";
  const search = useApi(
    (signal) =>
      api<SearchResult<EnterpriseDoc>>("/search/enterprises", {
        signal,
        query: {
          ...filters,
          sort,
          facets: ["industryPrefixes", "provinceCode", "listingStatus", "operatingStatus", "tags", "source"],
          limit,
          offset,
        },
      }),
    `enterprises?${url.text}`,
  );
  const data = search.data;
  const industryFacet = Object.keys(data?.facets.industryPrefixes ?? {}).filter((c) => c.length === 2);
  const names = useIndustryNames(industryFacet);
  const provinceName = (code: string) => provinces.find((p) => p.code === code)?.name ?? code;

  // The export takes this page's own search query: the file lists what the table pages through, in its order.
  const exportQuery: QueryParams = { ...filters, sort };
  const exportBlocked = Boolean(filters.q) && (data?.total ?? 0) > TEXT_EXPORT_MAX;

  const columns: ColumnsType<SearchHit<EnterpriseDoc>> = [
    {
      title: "企业名称",
      key: "name",
      render: (_, hit) => {
        const snippetField = SNIPPET_FIELDS.find((f) => hit.highlights?.[f]);
        return (
          <div>
            <Link to={`/enterprises/${hit.id}`} data-row-link>
              <HighlightText html={hit.highlights?.name} fallback={hit.doc.name} />
            </Link>
            {snippetField && (
              <div className="snippet">
                <HighlightText html={hit.highlights![snippetField]} />
              </div>
            )}
          </div>
        );
      },
    },
    { title: "所在地", key: "region", width: 150, render: (_, hit) => [hit.doc.provinceName, hit.doc.cityName].filter(Boolean).join(" ") || "—" },
    {
      title: "注册资本",
      key: "registeredCapital",
      width: 120,
      align: "right",
      sorter: true,
      sortOrder: sortOrderOf(sort, "registeredCapital"),
      render: (_, hit) => formatWan(hit.doc.registeredCapital),
    },
    { title: "上市状态", key: "listing", width: 90, render: (_, hit) => LISTING_STATUS_LABELS[hit.doc.listingStatus] ?? hit.doc.listingStatus },
    {
      title: "经营状态",
      key: "operating",
      width: 90,
      render: (_, hit) => <Tag color={hit.doc.operatingStatus === "存续" ? "green" : "red"}>{hit.doc.operatingStatus}</Tag>,
    },
    {
      title: "标签",
      key: "tags",
      width: 220,
      render: (_, hit) => hit.doc.tags.slice(0, 3).map((t) => <Tag key={t}>{t}</Tag>),
    },
  ];

  return (
    <div>
      <Typography.Title level={3}>企业库</Typography.Title>
      <Card size="small" className="filter-bar">
        <Space wrap>
          <SearchBox url={url} label="检索企业" placeholder="检索企业名称、主营业务、产品，如：新能源" testId="enterprise-search" />
          <IndustrySelect value={filters.industry} onChange={(industry) => url.set({ industry })} />
          <RegionSelect value={filters.region} onChange={(region) => url.set({ region })} placeholder="企业所在地区" />
          <MultiSelectFilter url={url} field="listingStatus" label="上市状态" options={Object.entries(LISTING_STATUS_LABELS).map(([value, label]) => ({ value, label }))} />
          <MultiSelectFilter url={url} field="operatingStatus" label="经营状态" options={OPERATING_STATUSES.map((s) => ({ value: s, label: s }))} />
          <RangeFilter url={url} minKey="minCapital" maxKey="maxCapital" label="注册资本" />
          <Select aria-label="排序" value={sort} onChange={(s) => url.set({ sort: s })} options={SORTS} style={{ width: 160 }} />
          <ExportButtons path="/search/enterprises/export" query={exportQuery} disabled={exportBlocked || !data?.total} />
          {exportBlocked && (
            <Typography.Text type="secondary">带检索词的结果最多导出 {TEXT_EXPORT_MAX} 家，请增加筛选条件或清空检索词</Typography.Text>
          )}
        </Space>
      </Card>
      <div className="list-with-facets">
        <div className="list-main" onKeyDown={onKeyDown}>
          <SearchHitsTable<EnterpriseDoc>
            url={url}
            state={search}
            columns={columns}
            sortField="registeredCapital"
            emptyText="没有符合条件的企业，请调整检索词或筛选条件"
            showTotal={(total) => `共 ${total} 家企业${data ? `（检索用时 ${Math.round(data.processingMs)} 毫秒）` : ""}`}
            testId="enterprises-table"
          />
        </div>
        <FacetPanel
          groups={[
            {
              field: "industryPrefixes",
              title: ENTERPRISE_FACET_LABELS.industryPrefixes,
              counts: Object.fromEntries(Object.entries(data?.facets.industryPrefixes ?? {}).filter(([c]) => c.length === 2)),
              selected: filters.industry ? [filters.industry] : [],
              nameOf: (c) => (names[c] ? `${c} ${names[c]}` : c),
              onToggle: (c) => url.set({ industry: filters.industry === c ? undefined : c }),
            },
            {
              field: "provinceCode",
              title: ENTERPRISE_FACET_LABELS.provinceCode,
              counts: data?.facets.provinceCode ?? {},
              selected: filters.region ? [filters.region.padEnd(6, "0")] : [],
              nameOf: provinceName,
              onToggle: (c) => url.set({ region: filters.region === c.slice(0, 2) ? undefined : c.slice(0, 2) }),
            },
            {
              field: "listingStatus",
              title: ENTERPRISE_FACET_LABELS.listingStatus,
              counts: data?.facets.listingStatus ?? {},
              selected: filters.listingStatus,
              nameOf: (v) => LISTING_STATUS_LABELS[v] ?? v,
              onToggle: (v) => url.toggle("listingStatus", v),
            },
            { field: "operatingStatus", title: ENTERPRISE_FACET_LABELS.operatingStatus, counts: data?.facets.operatingStatus ?? {}, selected: filters.operatingStatus, onToggle: (v) => url.toggle("operatingStatus", v) },
            { field: "tags", title: ENTERPRISE_FACET_LABELS.tags, counts: data?.facets.tags ?? {}, selected: filters.tags, onToggle: (v) => url.toggle("tags", v) },
            { field: "source", title: ENTERPRISE_FACET_LABELS.source, counts: data?.facets.source ?? {}, selected: filters.source, nameOf: (v) => SOURCE_LABELS[v] ?? v, onToggle: (v) => url.toggle("source", v) },
          ]}
        />
      </div>
    </div>
  );
}
