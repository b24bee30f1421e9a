import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../format";
import { apiProblem, type ApiProblem } from "../../graphql/errors";
import { HANDLE_REPORT, WALL_REPORTS } from "../../graphql/news";
import { FormError } from "../FormError";
import { LoadMore } from "../LoadMore";

const EXCERPT = 200;

/**
 * The open reports of a wall, for its administrators: what was reported, why and by whom; they
 * hide what a report points at, or keep it and close the report. Shown only when some wait.
 */
export function WallReports({ wallId }: { wallId: string }) {
  const { t, i18n } = useTranslation();
  const { data, fetchMore, refetch } = useQuery(WALL_REPORTS, { variables: { wallId } });
  const [handle, { loading }] = useMutation(HANDLE_REPORT);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const reports = data?.newsReports;
  if (!reports || reports.totalCount === 0) return null;

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
    <section className="card wall-reports" aria-labelledby="wall-reports-title">
      <h3 id="wall-reports-title">{t("live.reports.title", { count: reports.totalCount })}</h3>
      <FormError problem={problem} />
      <ul>
        {reports.nodes.map((report) => {
          const text = report.news?.text ?? "";
          return (
            <li key={report.id} className="wall-report">
              <p>
                <strong>{report.commentId ? t("live.reports.aComment") : t("live.reports.aPost")}</strong>{" "}
                <q>{text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text}</q>
              </p>
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
      <LoadMore
        pageInfo={reports.pageInfo}
        load={(after) => fetchMore({ variables: { after } })}
        label={t("live.reports.more")}
      />
    </section>
  );
}
