import { useQuery } from "@apollo/client/react";
import { WALL_REPORTS } from "../../graphql/news";
import { ReportList } from "./ReportList";

/** The open reports of a wall, for its administrators: shown only when some wait. */
export function WallReports({ wallId }: { wallId: string }) {
  const { data, fetchMore, refetch } = useQuery(WALL_REPORTS, { variables: { wallId } });
  const reports = data?.newsReports;
  if (!reports || reports.totalCount === 0) return null;
  return (
    <ReportList
      reports={reports}
      loadMore={(after) => fetchMore({ variables: { after } })}
      refetch={refetch}
      headingLevel={3}
    />
  );
}
