export { pipelineRouter, registerPipelineDocs } from "./routes";
export type { PipelineDeps } from "./deps";
export { STAGE_FLOW, ALL_STAGES, TRANSITIONS, SIGNED_STAGES, type Stage } from "./stage-machine";
export { loadAlerts } from "./alert-service";
export { buildDashboard } from "./dashboard";
