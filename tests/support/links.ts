import type { PersonFixture } from "./factories";

/** What tests read of a link. */
export const LINK = `id type state isAdmin adminRequested roles person { id } memberOrganization { id } element { id }`;

/** What tests read of a removed link: its id and its ends as they are now. */
export const REMOVAL = `linkId element { id communityCount followerCount viewerFollows viewerLink { id } } person { id } followedPerson { id followerCount viewerFollows }`;

export const FOLLOW = `mutation($input: FollowTargetInput!) { follow(input: $input) { ${LINK} followedPerson { id } } }`;
export const UNFOLLOW = `mutation($input: FollowTargetInput!) { unfollow(input: $input) { ${REMOVAL} } }`;
export const JOIN = `mutation($input: JoinElementInput!) { joinElement(input: $input) { ${LINK} } }`;
export const ADD = `mutation($input: AddToElementInput!) { addToElement(input: $input) { ${LINK} } }`;
export const INVITE = `mutation($input: InviteToElementInput!) { inviteToElement(input: $input) { ${LINK} } }`;
export const ACCEPT = `mutation($linkId: ID!) { acceptInvitation(input: { linkId: $linkId }) { ${LINK} } }`;
export const DECLINE = `mutation($linkId: ID!) { declineInvitation(input: { linkId: $linkId }) { ${REMOVAL} } }`;
export const VALIDATE = `mutation($linkId: ID!) { validateRequest(input: { linkId: $linkId }) { ${LINK} } }`;
export const REFUSE = `mutation($linkId: ID!) { refuseRequest(input: { linkId: $linkId }) { ${REMOVAL} } }`;
export const LEAVE = `mutation($input: LeaveElementInput!) { leaveElement(input: $input) { ${REMOVAL} } }`;
export const REMOVE = `mutation($linkId: ID!) { removeFromElement(input: { linkId: $linkId }) { ${REMOVAL} } }`;
export const REQUEST_ADMINISTRATION = `mutation($elementId: ID!) { requestAdministration(input: { elementId: $elementId }) { ${LINK} } }`;
export const VALIDATE_ADMINISTRATION = `mutation($linkId: ID!) { validateAdministration(input: { linkId: $linkId }) { ${LINK} } }`;
export const REFUSE_ADMINISTRATION = `mutation($linkId: ID!) { refuseAdministration(input: { linkId: $linkId }) { ${LINK} } }`;
export const STEP_DOWN = `mutation($input: StepDownInput!) { stepDown(input: $input) { ${LINK} } }`;
export const SET_ROLES = `mutation($linkId: ID!, $roles: [String!]!) { setRoles(input: { linkId: $linkId, roles: $roles }) { ${LINK} } }`;
export const INVITE_BY_EMAIL = `mutation($input: InviteByEmailInput!) { inviteByEmail(input: $input) { id } }`;

export const COMMUNITY = `query($slug: String!, $state: LinkState, $role: String, $first: Int, $after: String) {
  element(slug: $slug) {
    ... on CommunityElement {
      id communityCount followerCount
      community(state: $state, role: $role, first: $first, after: $after) {
        totalCount pageInfo { endCursor hasNextPage } nodes { ${LINK} }
      }
    }
  }
}`;

/** Asks to join as `who` and returns the link. */
export async function join(who: PersonFixture, elementId: string) {
  return (await who.agent.ok(JOIN, { input: { elementId } })).joinElement;
}

/** Makes `who` an active member: asks, then `admin` validates. */
export async function makeMember(admin: PersonFixture, who: PersonFixture, elementId: string) {
  const link = await join(who, elementId);
  if (link.state === "ACTIVE") return link;
  return (await admin.agent.ok(VALIDATE, { linkId: link.id })).validateRequest;
}
