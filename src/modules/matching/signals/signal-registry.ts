import { capacityFit } from "./capacity-fit";
import { expansionSignals } from "./expansion-signals";
import { geographyTies } from "./geography-ties";
import { industryChainFit } from "./industry-chain-fit";
import { industryFit } from "./industry-fit";
import { semanticSimilarity } from "./semantic-similarity";
import type { SignalFunction } from "./signal-output";
import { textRelevance } from "./text-relevance";
import { trackRecord } from "./track-record";

/** Signal keys in display order; the keys of weight configs and of per-request overrides. */
export const SIGNAL_KEYS = [
  "industryFit",
  "industryChainFit",
  "textRelevance",
  "semanticSimilarity",
  "capacityFit",
  "expansionSignals",
  "geographyTies",
  "trackRecord",
] as const;

export type SignalKey = (typeof SIGNAL_KEYS)[number];

export interface SignalDefinition {
  key: SignalKey;
  label: string;
  compute: SignalFunction;
}

export const SIGNAL_DEFINITIONS: readonly SignalDefinition[] = [
  { key: "industryFit", label: "行业匹配", compute: industryFit },
  { key: "industryChainFit", label: "产业链匹配", compute: industryChainFit },
  { key: "textRelevance", label: "文本相关度", compute: textRelevance },
  { key: "semanticSimilarity", label: "语义相似度", compute: semanticSimilarity },
  { key: "capacityFit", label: "规模匹配", compute: capacityFit },
  { key: "expansionSignals", label: "扩张信号", compute: expansionSignals },
  { key: "geographyTies", label: "地缘关系", compute: geographyTies },
  { key: "trackRecord", label: "投资履历", compute: trackRecord },
];

export const SIGNAL_LABELS: Readonly<Record<SignalKey, string>> = Object.fromEntries(
  SIGNAL_DEFINITIONS.map((d) => [d.key, d.label]),
) as Record<SignalKey, string>;
