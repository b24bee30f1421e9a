import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Loading } from "../components/Loading";
import { ReportList } from "../components/news/ReportList";
import { PageTitle } from "../components/PageTitle";
import { INSTANCE_REPORTS } from "../graphql/instance";

/** The open reports of every wall in one list, for the instance's administrators (under InstanceAdmin). */
export function InstanceReports() {
  const { t } = useTranslation();
  const { data, error, fetchMore, refetch } = useQuery(INSTANCE_REPORTS, {
    notifyOnNetworkStatusChange: false,
  });
  const reports = data?.instanceReports;
  return (
    <>
      <PageTitle>{`${t("instanceAdmin.reportsTab")} · ${t("instanceAdmin.title")}`}</PageTitle>
      <p>{t("instanceAdmin.reportsIntro")}</p>
      {reports ? (
        reports.totalCount === 0 ? (
          <p className="notice notice-info">{t("instanceAdmin.noReports")}</p>
        ) : (
          <ReportList
            reports={reports}
            loadMore={(after) => fetchMore({ variables: { after } })}
            refetch={refetch}
            headingLevel={2}
            showWall
          />
        )
      ) : error ? (
        <p role="alert">{t("instanceAdmin.reportsFailed")}</p>
      ) : (
        <Loading />
      )}
    </>
  );
}
