import { Button, Space, Tooltip } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import { toQueryString, type QueryParams } from "../api/client";

/**
 * CSV and XLSX of exactly what the screen lists: the same query the table used, sent to the export
 * endpoint. A plain link (not fetch + blob) lets the browser stream 100,000 rows to disk.
 */
export function ExportButtons({ path, query, disabled }: { path: string; query: QueryParams; disabled?: boolean }) {
  const href = (format: "csv" | "xlsx") => `/api${path}${toQueryString({ ...query, format })}`;
  return (
    <Space.Compact>
      <Tooltip title="Excel/WPS 可直接打开（UTF-8 带 BOM）">
        <Button icon={<DownloadOutlined />} href={disabled ? undefined : href("csv")} download disabled={disabled} data-testid="export-csv">
          导出 CSV
        </Button>
      </Tooltip>
      <Tooltip title="含中文表头、冻结首行、分项得分列">
        <Button icon={<DownloadOutlined />} href={disabled ? undefined : href("xlsx")} download disabled={disabled} data-testid="export-xlsx">
          导出 XLSX
        </Button>
      </Tooltip>
    </Space.Compact>
  );
}
