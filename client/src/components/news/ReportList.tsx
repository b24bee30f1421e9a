import { useMutation } from "@apollo/client/react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { elementPath } from "../../elements";
import { formatDateTime } from "../../format";
import { apiProblem, type ApiProblem } from "../../graphql/errors";
import type { ReportDetailsFragment } from "../../graphql/generated/graphql";
import { HANDLE_REPORT } from "../../graphql/news";
import { FormError } from "../FormError";
import { LoadMore } from "../LoadMore";

const EXCERPT = 200;

export interface ReportPage {
  totalCount: number;
  nodes: ReportDetailsFragment[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

interface ReportListProps {
  reports: ReportPage;
  /** The next page after the cursor (Apollo's fetchMore). */
  loadMore: (after: string) => Promise<unknown>;
  /** Reads the list again once a report is handled. */
  refetch: () => Promise<unknown>;
  headingLevel: 2 | 3;
  /** Names each report's wall: for lists that gather several walls. */
  showWall?: boolean;
}

/**
 * Open reports, for those who moderate them (a wall's administrators, or the instance's): what
 * was reported, where, why, by whom and when; they hide what a report points at, or keep it and
 * close the report.
 */
export function ReportList({ reports, loadMore, refetch, headingLevel, showWall = false }: ReportListProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [handle, { loading }] = useMutation(HANDLE_REPORT);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const Heading = headingLevel === 2 ? "h2" : "h3";

  async function decide(id: string, hide: boolean) {
    setProblem(null);
    try {
      await handle({ variables: { input: { id, hide } } });
      await refetch();
    } catch (error) {
      setProblem(apiProblem(error));
    }
  }

  return (
    <section className="card wall-reports" aria-labelledby={titleId}>
      <Heading id={titleId}>{t("live.reports.title", { count: reports.totalCount })}</Heading>
      <FormError problem={problem} />
      <ul>
        {reports.nodes.map((report) => {
          const text = report.news?.text ?? "";
          const wall = report.news?.wall;
          return (
            <li key={report.id} className="wall-report">
              <p>
                <strong>{report.commentId ? t("live.reports.aComment") : t("live.reports.aPost")}</strong>{" "}
                <q>{text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text}</q>
              </p>
              {showWall && (
                <p className="muted">
                  {t("live.reports.wall")}{" "}
                  {wall ? <Link to={elementPath(wall)}>{wall.name}</Link> : t("live.reports.unseenWall")}
                </p>
              )}
              <p className="muted">
                {t("live.reports.reason")} <q>{report.reason}</q> ·{" "}
                {report.reporter ? (
                  <Link to={`/people/${report.reporter.username}`}>{report.reporter.displayName}</Link>
                ) : (
                  t("live.someone")
                )}{" "}
                · <time dateTime={report.createdAt}>{formatDateTime(report.createdAt, i18n.language)}</time>
              </p>
              <div className="actions">
                <button
                  type="button"
                  className="button button-danger"
                  disabled={loading}
                  onClick={() => void decide(report.id, true)}
                >
                  {t("live.reports.hide")}
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={loading}
                  onClick={() => void decide(report.id, false)}
                >
                  {t("live.reports.keep")}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <LoadMore pageInfo={reports.pageInfo} load={loadMore} label={t("live.reports.more")} />
    </section>
  );
}
