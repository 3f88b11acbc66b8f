export { importsRouter, registerImportDocs } from "./routes";
export { importEnterpriseFile, type ImportDeps, type ImportFileOptions, type ImportResult } from "./service";
export type { ImportSummary, RowError } from "./import-runner";
export { ImportFileError } from "./readers";
