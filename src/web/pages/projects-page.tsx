import { Card, Select, Space, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router-dom";
import { api } from "../api/client";
import type { ProjectDoc, SearchHit, SearchResult } from "../api/types";
import { useApi } from "../hooks/use-api";
import { useUrlQuery } from "../hooks/use-url-query";
import { useIndustryGroups, useIndustryNames } from "../hooks/use-reference";
import { useRowKeyboard } from "../hooks/use-row-keyboard";
import { HighlightText } from "../components/highlight-text";
import { FacetPanel } from "../components/facet-panel";
import { IndustrySelect } from "../components/industry-select";
import { RegionSelect } from "../components/region-select";
import { RangeFilter } from "../components/range-filter";
import { SearchBox } from "../components/search-box";
import { MultiSelectFilter } from "../components/multi-select-filter";
import { SearchHitsTable, sortOrderOf } from "../components/search-hits-table";
import { PROJECT_FACET_LABELS, PROJECT_STAGES } from "../lib/labels";
import { formatWan } from "../lib/format";

const SORTS = [
  { value: "relevance", label: "按相关度" },
  { value: "-totalInvestment", label: "总投资从高到低" },
  { value: "totalInvestment", label: "总投资从低到高" },
  { value: "-updatedAt", label: "最近更新" },
];

/** 项目库: full-text search over the project library with filters, facets and sort, all kept in the URL. */
export function ProjectsPage() {
  const url = useUrlQuery();
  const groups = useIndustryGroups();
  const onKeyDown = useRowKeyboard();
  const { limit, offset } = url.paging(20);
  const query = {
    q: url.get("q"),
    industryGroup: url.getList("industryGroup"),
    stage: url.getList("stage"),
    industry: url.get("industry"),
    region: url.get("region"),
    minInvestment: url.getNumber("minInvestment"),
    maxInvestment: url.getNumber("maxInvestment"),
    sort: url.get("sort") ?? "relevance",
  };
  const search = useApi(
    (signal) =>
      api<SearchResult<ProjectDoc>>("/search/projects", {
        signal,
        query: { ...query, facets: ["industryGroup", "stage", "industryPrefixes", "township"], limit, offset },
      }),
    `projects?${url.text}`,
  );
  const data = search.data;
  const industryFacet = Object.keys(data?.facets.industryPrefixes ?? {}).filter((c) => c.length === 2);
  const names = useIndustryNames(industryFacet);


  const columns: ColumnsType<SearchHit<ProjectDoc>> = [
    { title: "项目编号", dataIndex: ["doc", "code"], width: 150 },
    {
      title: "项目名称",
      key: "name",
      render: (_, hit) => (
        <div>
          <Link to={`/projects/${hit.id}`} data-row-link>
            <HighlightText html={hit.highlights?.name} fallback={hit.doc.name} />
          </Link>
          {hit.highlights && Object.keys(hit.highlights).some((k) => k !== "name" && k !== "industryGroup") && (
            <div className="snippet">
              <HighlightText html={hit.highlights.description ?? hit.highlights.constructionContent ?? hit.highlights.targetProfile} />
            </div>
          )}
        </div>
      ),
    },
    { title: "产业组", dataIndex: ["doc", "industryGroup"], width: 120, render: (v: string) => <Tag color="blue">{v}</Tag> },
    { title: "阶段", dataIndex: ["doc", "stage"], width: 90 },
    {
      title: "总投资",
      key: "totalInvestment",
      width: 120,
      align: "right",
      sorter: true,
      sortOrder: sortOrderOf(query.sort, "totalInvestment"),
      render: (_, hit) => formatWan(hit.doc.totalInvestment),
    },
    { title: "乡镇", dataIndex: ["doc", "township"], width: 120, render: (v?: string) => v ?? "—" },
    { title: "用地（亩）", dataIndex: ["doc", "landArea"], width: 100, align: "right", render: (v?: number) => v ?? "—" },
  ];

  return (
    <div>
      <Typography.Title level={3}>项目库</Typography.Title>
      <Card size="small" className="filter-bar">
        <Space wrap>
          <SearchBox url={url} label="检索项目" placeholder="检索项目名称、简介、建设内容，如：新能源" testId="project-search" />
          <MultiSelectFilter url={url} field="industryGroup" label="产业组" options={groups.map((g) => ({ value: g.name, label: g.name }))} minWidth={180} />
          <MultiSelectFilter url={url} field="stage" label="阶段" options={PROJECT_STAGES.map((s) => ({ value: s, label: s }))} minWidth={160} />
          <IndustrySelect value={query.industry} onChange={(industry) => url.set({ industry })} />
          <RegionSelect value={query.region} onChange={(region) => url.set({ region })} placeholder="项目所在地区" />
          <RangeFilter url={url} minKey="minInvestment" maxKey="maxInvestment" label="总投资" />
          <Select aria-label="排序" value={query.sort} onChange={(sort) => url.set({ sort })} options={SORTS} style={{ width: 150 }} />
        </Space>
      </Card>
      <div className="list-with-facets">
        <div className="list-main" onKeyDown={onKeyDown}>
          <SearchHitsTable<ProjectDoc>
            url={url}
            state={search}
            columns={columns}
            sortField="totalInvestment"
            emptyText="没有符合条件的项目，请调整检索词或筛选条件"
            showTotal={(total) => `共 ${total} 个项目`}
            testId="projects-table"
          />
        </div>
        <FacetPanel
          groups={[
            { field: "industryGroup", title: PROJECT_FACET_LABELS.industryGroup, counts: data?.facets.industryGroup ?? {}, selected: query.industryGroup, onToggle: (v) => url.toggle("industryGroup", v) },
            { field: "stage", title: PROJECT_FACET_LABELS.stage, counts: data?.facets.stage ?? {}, selected: query.stage, onToggle: (v) => url.toggle("stage", v) },
            {
              field: "industryPrefixes",
              title: PROJECT_FACET_LABELS.industryPrefixes,
              counts: Object.fromEntries(Object.entries(data?.facets.industryPrefixes ?? {}).filter(([c]) => c.length === 2)),
              selected: query.industry ? [query.industry] : [],
              nameOf: (c) => (names[c] ? `${c} ${names[c]}` : c),
              onToggle: (c) => url.set({ industry: query.industry === c ? undefined : c }),
            },
            { field: "township", title: PROJECT_FACET_LABELS.township, counts: data?.facets.township ?? {}, selected: [] },
          ]}
        />
      </div>
    </div>
  );
}
