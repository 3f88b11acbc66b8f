export {
  createIndustryInferrer,
  inferIndustryCodes,
  inferProjectIndustryCodes,
  DEFAULT_TAXONOMY_LOOKUPS,
} from "./industry-inference";
export type {
  EnterpriseInferenceInput,
  IndustryInferrer,
  IndustryTableRow,
  InferenceOptions,
  InferredIndustry,
  ProjectInferenceInput,
  TaxonomyLookups,
} from "./industry-inference";
export { calibrateTextScore } from "./inference-calibration";
export { IndustryTextIndex, stripExclusions } from "./industry-text-index";
export { INDUSTRY_SYNONYMS, expandSynonyms } from "./industry-synonyms.data";
