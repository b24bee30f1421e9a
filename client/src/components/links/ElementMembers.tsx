import { communityKind, having } from "../../elements";
import { LoadMore } from "../LoadMore";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { parseTags, useSubmission } from "../../forms";
import { apiProblem, fieldMessage } from "../../graphql/errors";
import type { CommunityLinkFragment, LinkState } from "../../graphql/generated/graphql";
import {
  ELEMENT_COMMUNITY,
  REFUSE_ADMINISTRATION,
  REFUSE_REQUEST,
  REMOVE_FROM_ELEMENT,
  SET_ROLES,
  VALIDATE_ADMINISTRATION,
  VALIDATE_REQUEST,
} from "../../graphql/links";
import { useViewer } from "../../viewer";
import { useElement } from "../elements/ElementLayout";
import { Field } from "../Field";
import { FormError } from "../FormError";
import { Loading } from "../Loading";
import { PageTitle } from "../PageTitle";
import { StatusMessage } from "../StatusMessage";
import { SubmitButton } from "../SubmitButton";
import { InviteForms } from "./InviteForms";
import { useCommunityAction } from "./useCommunityAction";
import { evictRemovedLink } from "../../apollo";
import { itemActionButton } from "./itemActionButton";

/**
 * Who a link is: a person, an organization that is a member (networks), or the address an
 * invitation by e-mail went to (the API never says who owns it until they accept).
 */
function LinkName({ link }: { link: CommunityLinkFragment }) {
  if (link.person) return <Link to={`/people/${link.person.username}`}>{link.person.displayName}</Link>;
  if (link.memberOrganization) {
    return <Link to={`/organizations/${link.memberOrganization.slug}`}>{link.memberOrganization.name}</Link>;
  }
  return link.invitedEmail ? <span className="plain-text">{link.invitedEmail}</span> : null;
}

function linkLabel(link: CommunityLinkFragment): string {
  return link.person?.displayName ?? link.memberOrganization?.name ?? link.invitedEmail ?? "";
}

/** An administrator's form to replace a member's roles, typed as one comma-separated text. */
function RolesForm({ link, onDone }: { link: CommunityLinkFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState(link.roles.join(", "));
  const [setLinkRoles] = useMutation(SET_ROLES);
  const { busy, problem, run } = useSubmission();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await run(() =>
      setLinkRoles({ variables: { input: { linkId: link.id, roles: parseTags(roles) } } }),
    );
    if (result.ok) onDone();
  }

  return (
    <form onSubmit={submit} aria-busy={busy} className="form roles-form">
      <FormError problem={problem} shownFields={["roles"]} />
      <Field
        label={t("links.members.rolesOf", { name: linkLabel(link) })}
        hint={t("links.members.rolesHint")}
        error={fieldMessage(problem, "roles")}
      >
        {(control) => <input {...control} value={roles} onChange={(e) => setRoles(e.target.value)} />}
      </Field>
      <SubmitButton busy={busy}>{t("links.members.saveRoles")}</SubmitButton>
    </form>
  );
}

type Done = "validated" | "refused" | "removed" | "adminValidated" | "adminRefused" | "rolesSaved";

/** One entry of the community, with what an administrator may do to it. */
function MemberItem({
  link,
  isAdmin,
  onDone,
}: {
  link: CommunityLinkFragment;
  isAdmin: boolean;
  onDone: (done: Done, name: string) => void;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const headingId = useId();
  const { busy, problem, act } = useCommunityAction();
  const [editingRoles, setEditingRoles] = useState(false);
  const [validate] = useMutation(VALIDATE_REQUEST);
  const [refuse] = useMutation(REFUSE_REQUEST, { update: evictRemovedLink("refuseRequest") });
  const [remove] = useMutation(REMOVE_FROM_ELEMENT, { update: evictRemovedLink("removeFromElement") });
  const [validateAdministration] = useMutation(VALIDATE_ADMINISTRATION);
  const [refuseAdministration] = useMutation(REFUSE_ADMINISTRATION);
  const input = { linkId: link.id };
  const name = linkLabel(link);
  const isSelf = link.person?.id === viewer?.id;

  async function perform(action: () => Promise<unknown>, done: Done) {
    const result = await act(action);
    if (result.ok) onDone(done, name);
  }

  const button = itemActionButton(busy, headingId);

  return (
    <li className="card member">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          <LinkName link={link} />
        </h3>
        <p className="member-badges">
          {link.isAdmin && <span className="badge">{t("links.members.admin")}</span>}
          {link.roles.map((role) => (
            <span key={role} className="badge badge-role">
              {role}
            </span>
          ))}
          {link.adminRequested && <span className="badge">{t("links.members.asksAdministration")}</span>}
        </p>
        {isAdmin && (
          <div className="actions">
            {link.state === "REQUESTED" && (
              <>
                {button(
                  t("links.members.validate"),
                  () => perform(() => validate({ variables: { input } }), "validated"),
                  "primary",
                )}
                {button(t("links.members.refuse"), () => perform(() => refuse({ variables: { input } }), "refused"))}
              </>
            )}
            {link.state === "INVITED" &&
              button(t("links.members.withdrawInvitation"), () =>
                perform(() => remove({ variables: { input } }), "removed"),
              )}
            {link.state === "ACTIVE" && link.adminRequested && (
              <>
                {button(
                  t("links.members.validateAdministration"),
                  () => perform(() => validateAdministration({ variables: { input } }), "adminValidated"),
                  "primary",
                )}
                {button(t("links.members.refuseAdministration"), () =>
                  perform(() => refuseAdministration({ variables: { input } }), "adminRefused"),
                )}
              </>
            )}
            {link.state === "ACTIVE" && (
              <>
                {button(t("links.members.editRoles"), () => setEditingRoles((editing) => !editing))}
                {!isSelf &&
                  button(
                    t("links.members.remove"),
                    () => perform(() => remove({ variables: { input } }), "removed"),
                    "danger",
                  )}
              </>
            )}
          </div>
        )}
        {editingRoles && (
          <RolesForm
            link={link}
            onDone={() => {
              setEditingRoles(false);
              onDone("rolesSaved", name);
            }}
          />
        )}
        <FormError problem={problem} />
      </article>
    </li>
  );
}

/** One list of the community in one state; pending ones are listed to administrators only. */
function CommunityList({
  state,
  title,
  empty,
  isAdmin,
  onDone,
}: {
  state: LinkState;
  title: string;
  empty: string;
  isAdmin: boolean;
  onDone: (done: Done, name: string) => void;
}) {
  const { t } = useTranslation();
  const { element } = useElement();
  const id = useId();
  const { data, loading, error, fetchMore } = useQuery(ELEMENT_COMMUNITY, {
    variables: { slug: element.slug, state },
    fetchPolicy: "cache-and-network",
  });
  const found = having(data?.element, "community");
  const community = found?.community;

  let content;
  if (loading && !data) content = <Loading />;
  else if (error && !data) content = <FormError problem={apiProblem(error)} />;
  else if (!community) {
    // The member list is for members only: everyone may still know how many there are.
    content = (
      <p className="notice notice-info">
        {t(`links.members.counts.${communityKind(element.kind)}`, {
          count: found?.communityCount ?? element.communityCount,
        })}{" "}
        {t("links.members.hidden")}
      </p>
    );
  } else if (community.nodes.length === 0) content = <p className="empty-state">{empty}</p>;
  else {
    content = (
      <>
        <ul className="member-list">
          {community.nodes.map((link) => (
            <MemberItem key={link.id} link={link} isAdmin={isAdmin} onDone={onDone} />
          ))}
        </ul>
        <LoadMore
          pageInfo={community.pageInfo}
          load={(after) => fetchMore({ variables: { after } })}
          label={t("links.members.more")}
        />
      </>
    );
  }
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title}
        {community && <span className="muted"> ({community.totalCount})</span>}
      </h3>
      {content}
    </section>
  );
}

/** The Members tab: the community with its roles; requests, invitations and management for administrators. */
export function ElementMembers() {
  const { t } = useTranslation();
  const { element } = useElement();
  const [done, setDone] = useState<{ done: Done; name: string } | null>(null);
  const isAdmin = element.viewer.isAdmin;
  const onDone = (what: Done, name: string) => setDone({ done: what, name });
  return (
    <section aria-labelledby="element-members">
      <PageTitle>{`${t(`links.members.titles.${communityKind(element.kind)}`)} · ${element.name}`}</PageTitle>
      <h2 id="element-members">{t(`links.members.titles.${communityKind(element.kind)}`)}</h2>
      <p className="muted">
        {t(`links.members.counts.${communityKind(element.kind)}`, { count: element.communityCount })}
      </p>
      <StatusMessage>{done && t(`links.members.done.${done.done}`, { name: done.name })}</StatusMessage>
      {isAdmin && (
        <>
          <CommunityList
            state="REQUESTED"
            title={t("links.members.requests")}
            empty={t("links.members.noRequests")}
            isAdmin
            onDone={onDone}
          />
          <CommunityList
            state="INVITED"
            title={t("links.members.invitations")}
            empty={t("links.members.noInvitations")}
            isAdmin
            onDone={onDone}
          />
          <InviteForms element={element} />
        </>
      )}
      <CommunityList
        state="ACTIVE"
        title={t("links.members.active")}
        empty={t("links.members.none")}
        isAdmin={isAdmin}
        onDone={onDone}
      />
    </section>
  );
}
