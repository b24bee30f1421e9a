import { LoadMore } from "../components/LoadMore";
import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormError } from "../components/FormError";
import { useCommunityAction } from "../components/links/useCommunityAction";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { RequireLogin } from "../components/RequireLogin";
import { StatusMessage } from "../components/StatusMessage";
import { communityKind, elementPath } from "../elements";
import { apiProblem } from "../graphql/errors";
import type { LinkState, MyMembershipsQuery } from "../graphql/generated/graphql";
import { ACCEPT_INVITATION, DECLINE_INVITATION, LEAVE_ELEMENT, MY_MEMBERSHIPS } from "../graphql/links";
import { evictRemovedLink } from "../apollo";
import { itemActionButton } from "../components/links/itemActionButton";

type Membership = NonNullable<NonNullable<MyMembershipsQuery["me"]>["memberships"]>["nodes"][number];
type Done = "accepted" | "declined" | "withdrawn";

function MembershipItem({ membership, onDone }: { membership: Membership; onDone: (done: Done) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { busy, problem, act } = useCommunityAction();
  const [accept] = useMutation(ACCEPT_INVITATION);
  const [decline] = useMutation(DECLINE_INVITATION, { update: evictRemovedLink("declineInvitation") });
  const [leave] = useMutation(LEAVE_ELEMENT, { update: evictRemovedLink("leaveElement") });
  const element = membership.element;
  if (!element) return null;
  const input = { linkId: membership.id };

  async function perform(action: () => Promise<unknown>, done: Done) {
    const result = await act(action);
    if (result.ok) onDone(done);
  }

  const button = itemActionButton(busy, headingId);

  return (
    <li className="card element-card">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          <Link to={elementPath(element)}>{element.name}</Link>
        </h3>
        <p className="element-kind">
          {t(`myElements.kinds.${communityKind(element.kind)}`)}
          {membership.isAdmin && <span className="badge">{t("links.members.admin")}</span>}
          {membership.roles.map((role) => (
            <span key={role} className="badge badge-role">
              {role}
            </span>
          ))}
        </p>
        {element.shortDescription && <p>{element.shortDescription}</p>}
        {membership.state === "INVITED" && (
          <div className="actions">
            {button(t("links.accept"), () => perform(() => accept({ variables: { input } }), "accepted"), "primary")}
            {button(t("links.decline"), () => perform(() => decline({ variables: { input } }), "declined"))}
          </div>
        )}
        {membership.state === "REQUESTED" && (
          <div className="actions">
            {button(t("links.withdraw"), () =>
              perform(() => leave({ variables: { input: { elementId: element.id } } }), "withdrawn"),
            )}
          </div>
        )}
        <FormError problem={problem} />
      </article>
    </li>
  );
}

/** The viewer's memberships in one state, or nothing when there are none and `hideEmpty` says so. */
function Memberships({
  state,
  title,
  empty,
  onDone,
}: {
  state: LinkState;
  title: string;
  /** Shown when there are none; without it, the section is left out. */
  empty?: string;
  onDone: (done: Done) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { data, loading, error, fetchMore } = useQuery(MY_MEMBERSHIPS, {
    variables: { state },
    fetchPolicy: "cache-and-network",
  });
  const memberships = data?.me?.memberships;

  if (loading && !data) return <Loading />;
  if (error && !data) return <FormError problem={apiProblem(error)} />;
  if (!memberships || (memberships.nodes.length === 0 && !empty)) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="muted">({memberships.totalCount})</span>
      </h2>
      {memberships.nodes.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <ul className="element-list">
          {memberships.nodes.map((membership) => (
            <MembershipItem key={membership.id} membership={membership} onDone={onDone} />
          ))}
        </ul>
      )}
      <LoadMore
        pageInfo={memberships.pageInfo}
        load={(after) => fetchMore({ variables: { after } })}
        label={t("myElements.more")}
      />
    </section>
  );
}

/** My organizations, projects and events: invitations to answer first, then where I am, then my requests. */
export function MyElements() {
  const { t } = useTranslation();
  const [done, setDone] = useState<Done | null>(null);
  return (
    <RequireLogin>
      <section>
        <PageTitle>{t("myElements.title")}</PageTitle>
        <h1>{t("myElements.title")}</h1>
        <StatusMessage>{done && t(`myElements.done.${done}`)}</StatusMessage>
        <Memberships state="INVITED" title={t("myElements.invitations")} onDone={setDone} />
        <Memberships state="ACTIVE" title={t("myElements.active")} empty={t("myElements.none")} onDone={setDone} />
        <Memberships state="REQUESTED" title={t("myElements.requests")} onDone={setDone} />
        <p className="actions">
          <Link className="button button-secondary" to="/organizations">
            {t("myElements.findOrganizations")}
          </Link>
        </p>
      </section>
    </RequireLogin>
  );
}
