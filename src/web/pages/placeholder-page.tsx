import { Result } from "antd";

/** Route slot for a page another part of the team is building (leads review, pipeline dashboard). */
export function PlaceholderPage({ title, description }: { title: string; description: string }) {
  return <Result status="info" title={title} subTitle={description} />;
}
