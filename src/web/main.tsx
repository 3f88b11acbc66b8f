// First: starts the first screen's API requests (see preload.ts) before React and Ant Design are evaluated.
import "./preload";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import "antd/dist/antd.css";
import { AuthProvider } from "./auth/auth-context";
import { App } from "./app";
import "./styles.css";

dayjs.locale("zh-cn");

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    {/* Zero-runtime styles: antd's prebuilt CSS instead of generating every component's styles in the
        browser on first render (that cost most of the match page's first load on a modest PC). */}
    <ConfigProvider locale={zhCN} theme={{ zeroRuntime: true, token: { colorPrimary: "#1556b8", borderRadius: 4, fontSize: 14 } }}>
      <AntApp>
        <AuthProvider>
          <App />
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
