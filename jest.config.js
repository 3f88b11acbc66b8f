/** Tests compile to CommonJS with swc; ESM-only packages are transformed too. */
module.exports = {
  // onnxruntime-node needs the host realm's typed arrays; this environment provides them (see the file).
  testEnvironment: "<rootDir>/test/fixtures/tiny-model/onnx-test-environment.js",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022", parser: { syntax: "typescript" } }, module: { type: "commonjs" } }],
  },
  // The generated Prisma client imports its own .ts files with .js extensions (ESM style).
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transformIgnorePatterns: ["/node_modules/(?!(meilisearch)/)"],
  testTimeout: 30000,
  maxWorkers: 2,
};
