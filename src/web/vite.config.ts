import path from "node:path";
import { createRequire } from "node:module";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/** The analysts' UI: built into dist/web and served by Express (src/http/web-ui.ts). */
const webRoot = path.resolve(__dirname);
const repoRoot = path.resolve(webRoot, "../..");

/**
 * echarts-for-react imports tslib without declaring it; echarts ships its own copy. Resolve that one (ES
 * module build) until tslib is a direct dependency.
 */
function tslibFromEcharts(): string {
  const fromEcharts = createRequire(path.join(repoRoot, "node_modules/echarts/package.json"));
  return path.join(path.dirname(fromEcharts.resolve("tslib")), "tslib.es6.js");
}

const PRELOAD_MODULES = ["/preload.ts", "/api/preload.ts", "/api/client.ts", "/pages/match-list-query.ts", "/pages/page-loaders.ts"];

/**
 * React and ECharts change far less often than our code: their own chunks keep long-cached hashes stable.
 * Ant Design is left to Rollup, so each page's chunk graph holds only the components that page uses.
 */
function vendorChunk(id: string): string | undefined {
  // The early-request code gets its own chunk, evaluated before the vendor chunks (see preload.ts).
  if (PRELOAD_MODULES.some((m) => id.endsWith(m))) return "preload";
  if (!id.includes("node_modules")) return undefined;
  if (/node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor)[\\/]/.test(id)) return "echarts";
  if (/node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/.test(id)) return "react";
  return undefined;
}

export default defineConfig({
  root: webRoot,
  base: "/",
  plugins: [react()],
  resolve: { alias: { tslib: tslibFromEcharts() } },
  // No inline scripts anywhere (the server's CSP is script-src 'self').
  build: {
    outDir: path.join(repoRoot, "dist/web"),
    emptyOutDir: true,
    target: "es2020",
    sourcemap: false,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
  // `npx vite --config src/web/vite.config.ts`: hot-reloading UI against a running `npm start` (WEB_DEV_API, default :3000).
  server: { port: 5173, proxy: { "/api": process.env.WEB_DEV_API ?? "http://localhost:3000" } },
});
