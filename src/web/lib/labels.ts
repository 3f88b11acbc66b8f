/** Chinese names of the API's enumerations. */
export const LISTING_STATUS_LABELS: Record<string, string> = { listed: "上市", unlisted: "未上市", delisted: "已退市" };

export const SOURCE_LABELS: Record<string, string> = { import: "批量导入", lead: "商协会线索", manual: "手工录入", demo: "演示数据" };

export const ENTERPRISE_SIGNAL_TYPE_LABELS: Record<string, string> = {
  branch: "设立分支机构",
  financing: "融资",
  land: "拿地",
  hiring: "扩招",
  capacity: "扩产",
  investment: "对外投资",
  other: "其他",
};

export const PROJECT_STAGES = ["策划", "发布", "考察", "洽谈", "评审", "协议起草", "签约", "政策兑现", "终止"] as const;

export const OPERATING_STATUSES = ["存续", "迁出", "停业", "歇业", "清算", "注销", "吊销", "撤销", "责令关闭"] as const;

/** The scoring signals in the order the server reports them (labels come with each match too). */
export const SIGNAL_LABELS: Record<string, string> = {
  industryFit: "行业匹配",
  industryChainFit: "产业链匹配",
  textRelevance: "文本相关度",
  semanticSimilarity: "语义相似度",
  capacityFit: "规模匹配",
  expansionSignals: "扩张信号",
  geographyTies: "地缘关系",
  trackRecord: "投资履历",
};

export const ENTERPRISE_FACET_LABELS: Record<string, string> = {
  industryPrefixes: "行业",
  provinceCode: "省份",
  listingStatus: "上市状态",
  operatingStatus: "经营状态",
  tags: "标签",
  source: "来源",
};

export const PROJECT_FACET_LABELS: Record<string, string> = {
  industryGroup: "产业组",
  stage: "阶段",
  industryPrefixes: "行业",
  township: "乡镇",
};
