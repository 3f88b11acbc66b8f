import { Alert, Card, Table, Typography } from "antd";
import { Link } from "react-router-dom";
import { useRowKeyboard } from "../../hooks/use-row-keyboard";
import { EmptyState } from "../../components/page-states";
import { formatScore, formatWan } from "../../lib/format";
import type { AcceptedMatch, AcceptResult } from "./lead-types";

/** Right after 采纳: the new enterprise and the projects it matches best. */
export function AcceptedMatches({ result }: { result: AcceptResult }) {
  const onKeyDown = useRowKeyboard();
  const matches = result.matches;
  return (
    <Card
      size="small"
      className="section-card"
      title={
        <span>
          已采纳为新企业：<Link to={`/enterprises/${result.enterprise.id}`}>{result.enterprise.name}</Link>
        </span>
      }
      data-testid="accept-result"
    >
      {"error" in matches ? (
        <Alert type="warning" showIcon title="线索已采纳，但匹配项目暂不可用" description={matches.error} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">该企业与在谈前的招商项目匹配结果（共 {matches.total} 个，显示前 {matches.items.length} 个）：</Typography.Paragraph>
          <div onKeyDown={onKeyDown}>
            <Table<AcceptedMatch>
              rowKey={(m) => m.project.id}
              size="small"
              pagination={false}
              dataSource={matches.items}
              locale={{ emptyText: <EmptyState description="暂无匹配的招商项目" /> }}
              columns={[
                { title: "排名", dataIndex: "rank", width: 60, align: "center" },
                {
                  title: "招商项目",
                  key: "project",
                  render: (_, m) => (
                    <Link to={`/projects/${m.project.id}`} data-row-link>
                      {m.project.name}
                    </Link>
                  ),
                },
                { title: "产业链组", key: "group", width: 140, render: (_, m) => m.project.industryGroup },
                { title: "总投资", key: "inv", width: 110, align: "right", render: (_, m) => formatWan(m.project.totalInvestment) },
                { title: "总分", dataIndex: "total", width: 70, align: "right", render: (v: number) => formatScore(v) },
                {
                  title: "主要理由",
                  key: "reason",
                  render: (_, m) =>
                    m.signals
                      .filter((s) => s.value !== null)
                      .sort((a, b) => b.contribution - a.contribution)
                      .slice(0, 2)
                      .map((s) => (
                        <div key={s.key} className="top-reason">
                          <Typography.Text type="secondary">{s.label}：</Typography.Text>
                          {s.reason}
                        </div>
                      )),
                },
              ]}
              data-testid="accept-matches-table"
            />
          </div>
        </>
      )}
    </Card>
  );
}
