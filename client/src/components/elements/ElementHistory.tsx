import { LoadMore } from "../LoadMore";
import { useMutation, useQuery } from "@apollo/client/react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { canSeeContacts, type CommunityKind, communityKind, having } from "../../elements";
import { formatDateTime } from "../../format";
import { useSubmission } from "../../forms";
import { ELEMENT_HISTORY, REVERT_ELEMENT_REVISION } from "../../graphql/elements";
import { apiProblem } from "../../graphql/errors";
import type { ElementHistoryQuery } from "../../graphql/generated/graphql";
import type fr from "../../i18n/fr.json";
import { FormError } from "../FormError";
import { Loading } from "../Loading";
import { PageTitle } from "../PageTitle";
import { StatusMessage } from "../StatusMessage";
import { useElement } from "./ElementLayout";

type Revision = Extract<NonNullable<ElementHistoryQuery["element"]>, { history: unknown }>["history"]["nodes"][number];
type FieldName = keyof (typeof fr)["element"]["fields"];

const FIELD_NAMES = new Set<string>([
  "name",
  "type",
  "shortDescription",
  "description",
  "tags",
  "image",
  "banner",
  "email",
  "phone",
  "website",
  "socialLinks",
  "extraLinks",
  "street",
  "postalCode",
  "city",
  "country",
  "inseeCode",
  "latitude",
  "longitude",
  "stage",
  "startsOn",
  "endsOn",
  "licence",
  "carrier",
  "startsAt",
  "endsAt",
  "timeZone",
  "allDay",
  "onlineUrl",
  "attendeeLimit",
  "recurrenceRule",
  "recurrenceExceptions",
  "parentEvent",
] satisfies FieldName[]);
const CONTACT_FIELDS = new Set(["email", "phone"]);

function FieldLabel({ field }: { field: string }) {
  const { t } = useTranslation();
  return <>{FIELD_NAMES.has(field) ? t(`element.fields.${field as FieldName}`) : field}</>;
}

interface HistoryValueProps {
  field: string;
  value: unknown;
  hidden: boolean;
  kind: CommunityKind;
}

/**
 * A value from the history, readable: translated names, one link per line, Markdown as typed.
 * The API gives field names and enum values in its own terms (`type`, `CONCERT`).
 */
function HistoryValue({ field, value, hidden, kind }: HistoryValueProps) {
  const { t } = useTranslation();
  if (hidden) return <span className="muted">{t("element.history.hidden")}</span>;
  if (value == null || value === "" || (Array.isArray(value) && value.length === 0)) {
    return <span className="muted">{t("element.history.empty")}</span>;
  }
  const name = String(value);
  if (field === "type" && kind === "EVENT") {
    return <>{t(`event.types.${name as "OTHER"}`, { defaultValue: name })}</>;
  }
  if (field === "type") return <>{t(`organization.types.${name as "NGO"}`, { defaultValue: name })}</>;
  if (field === "stage") return <>{t(`project.stages.${name as "IDEA"}`, { defaultValue: name })}</>;
  if (typeof value === "boolean") return <>{value ? t("element.history.yes") : t("element.history.no")}</>;
  if (field === "tags" && Array.isArray(value)) return <>{value.join(", ")}</>;
  if ((field === "socialLinks" || field === "extraLinks") && Array.isArray(value)) {
    return (
      <ul className="history-links">
        {(value as { network?: string; kind?: string; url?: string; label?: string | null }[]).map((link, index) => (
          <li key={index}>
            <span className="link-label">
              {link.label ??
                (link.network
                  ? t(`network.${link.network as "OTHER"}`, { defaultValue: link.network })
                  : t(`extraLinks.kinds.${link.kind as "OTHER"}`, { defaultValue: String(link.kind) }))}
            </span>
            {link.url}
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === "string") return <span className="plain-text">{value}</span>;
  return <code>{JSON.stringify(value)}</code>;
}

interface RevisionItemProps {
  revision: Revision;
  /** When the reverted revision is on screen: its date. */
  revertedAt?: string;
  canRevert: boolean;
  contactsShown: boolean;
  kind: CommunityKind;
  onReverted: () => void;
}

function RevisionItem({ revision, revertedAt, canRevert, contactsShown, kind, onReverted }: RevisionItemProps) {
  const { t, i18n } = useTranslation();
  const [revert] = useMutation(REVERT_ELEMENT_REVISION);
  const { busy, problem, run } = useSubmission();
  const headingId = `revision-${revision.id}`;
  const when = formatDateTime(revision.createdAt, i18n.language);

  async function revertThis() {
    const result = await run(() => revert({ variables: { input: { revisionId: revision.id } } }));
    if (result.ok) onReverted();
  }

  let note: ReactNode = null;
  if (revision.revertsId) {
    note = (
      <p className="badge badge-revert">
        {revertedAt
          ? t("element.history.revertsFrom", { date: formatDateTime(revertedAt, i18n.language) })
          : t("element.history.reverts")}
      </p>
    );
  }

  return (
    <li className="card revision">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          <time dateTime={revision.createdAt}>{t("element.history.editOf", { date: when })}</time>
        </h3>
        <p className="muted revision-author">
          {revision.author ? (
            <>
              {t("element.history.by")}{" "}
              <Link to={`/people/${revision.author.username}`}>{revision.author.displayName}</Link>
            </>
          ) : (
            t("element.history.deletedAuthor")
          )}
        </p>
        {note}
        <dl className="changes">
          {revision.changes.map((change) => {
            // The API says when it withholds a value; older answers are read with the same rule.
            const hidden = change.hidden === true || (!contactsShown && CONTACT_FIELDS.has(change.field));
            return (
              <div key={change.field} className="change">
                <dt>
                  <FieldLabel field={change.field} />
                </dt>
                <dd>
                  <div className="change-values">
                    <div className="change-before">
                      <span className="change-label">{t("element.history.before")}</span>
                      <HistoryValue field={change.field} value={change.before} hidden={hidden} kind={kind} />
                    </div>
                    <div className="change-after">
                      <span className="change-label">{t("element.history.after")}</span>
                      <HistoryValue field={change.field} value={change.after} hidden={hidden} kind={kind} />
                    </div>
                  </div>
                </dd>
              </div>
            );
          })}
        </dl>
        {canRevert && (
          <div className="revision-actions">
            <button
              type="button"
              className="button button-quiet"
              onClick={revertThis}
              disabled={busy}
              aria-busy={busy}
              aria-describedby={headingId}
            >
              {busy ? t("element.history.reverting") : t("element.history.revert")}
            </button>
            <FormError problem={problem} />
          </div>
        )}
      </article>
    </li>
  );
}

/** The History tab: every edit of the descriptive fields, newest first; administrators can revert one. */
export function ElementHistory() {
  const { t } = useTranslation();
  const { element } = useElement();
  const { data, loading, error, fetchMore, refetch } = useQuery(ELEMENT_HISTORY, {
    variables: { slug: element.slug },
    // Edits by others arrive between visits.
    fetchPolicy: "cache-and-network",
  });
  const [reverted, setReverted] = useState(false);
  const history = having(data?.element, "history")?.history;

  async function afterRevert() {
    setReverted(true);
    await refetch();
  }

  const dates = new Map(history?.nodes.map((revision) => [revision.id, revision.createdAt]));
  return (
    <section aria-labelledby="element-history">
      <PageTitle>{`${t("element.tabs.history")} · ${element.name}`}</PageTitle>
      <h2 id="element-history">{t("element.history.title")}</h2>
      <p className="muted">{t("element.history.intro")}</p>
      <StatusMessage>{reverted && t("element.history.reverted")}</StatusMessage>
      {loading && !history ? (
        <Loading />
      ) : error && !history ? (
        <FormError problem={apiProblem(error)} />
      ) : history && history.nodes.length === 0 ? (
        <p>{t("element.history.none")}</p>
      ) : history ? (
        <>
          <ol className="revisions">
            {history.nodes.map((revision) => (
              <RevisionItem
                key={revision.id}
                revision={revision}
                revertedAt={revision.revertsId ? dates.get(revision.revertsId) : undefined}
                canRevert={element.viewer.isAdmin}
                contactsShown={canSeeContacts(element)}
                kind={communityKind(element.kind)}
                onReverted={afterRevert}
              />
            ))}
          </ol>
          <p className="muted">
            {t("element.history.count", { count: history.nodes.length, total: history.totalCount })}
          </p>
          <LoadMore
            pageInfo={history.pageInfo}
            load={(after) => fetchMore({ variables: { after } })}
            label={t("element.history.more")}
          />
        </>
      ) : null}
    </section>
  );
}
