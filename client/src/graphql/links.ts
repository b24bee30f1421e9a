import { graphql } from "./generated";

/** One entry of an element's community, as the Members tab shows it. */
export const COMMUNITY_LINK = graphql(`
  fragment CommunityLink on Link {
    id
    type
    state
    isAdmin
    adminRequested
    roles
    createdAt
    invitedEmail
    person {
      id
      username
      displayName
    }
    memberOrganization {
      id
      slug
      name
    }
  }
`);

export const ELEMENT_COMMUNITY = graphql(`
  query ElementCommunity($slug: String!, $state: LinkState!, $after: String) {
    element(slug: $slug) {
      id
      ... on CommunityElement {
        communityCount
        community(state: $state, first: 20, after: $after) {
          totalCount
          pageInfo {
            endCursor
            hasNextPage
          }
          nodes {
            ...CommunityLink
          }
        }
      }
    }
  }
`);

/**
 * What a removed link answers: its id, which the cache evicts (lists drop it), and its ends as
 * they now are (counts, the viewer's link and follow), which the cache merges by id.
 */
export const LINK_REMOVAL = graphql(`
  fragment LinkRemoval on LinkRemoval {
    linkId
    element {
      id
      communityCount
      followerCount
      viewerFollows
      viewerLink {
        id
      }
    }
    followedPerson {
      id
      followerCount
      viewerFollows
    }
  }
`);

export const FOLLOW = graphql(`
  mutation Follow($input: FollowTargetInput!) {
    follow(input: $input) {
      id
    }
  }
`);

export const UNFOLLOW = graphql(`
  mutation Unfollow($input: FollowTargetInput!) {
    unfollow(input: $input) {
      ...LinkRemoval
    }
  }
`);

export const JOIN_ELEMENT = graphql(`
  mutation JoinElement($input: JoinElementInput!) {
    joinElement(input: $input) {
      id
      state
    }
  }
`);

export const LEAVE_ELEMENT = graphql(`
  mutation LeaveElement($input: LeaveElementInput!) {
    leaveElement(input: $input) {
      ...LinkRemoval
    }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($input: LinkIdInput!) {
    acceptInvitation(input: $input) {
      id
      state
    }
  }
`);

export const DECLINE_INVITATION = graphql(`
  mutation DeclineInvitation($input: LinkIdInput!) {
    declineInvitation(input: $input) {
      ...LinkRemoval
    }
  }
`);

export const REQUEST_ADMINISTRATION = graphql(`
  mutation RequestAdministration($input: RequestAdministrationInput!) {
    requestAdministration(input: $input) {
      id
      isAdmin
      adminRequested
    }
  }
`);

export const VALIDATE_REQUEST = graphql(`
  mutation ValidateRequest($input: LinkIdInput!) {
    validateRequest(input: $input) {
      id
      state
    }
  }
`);

export const REFUSE_REQUEST = graphql(`
  mutation RefuseRequest($input: LinkIdInput!) {
    refuseRequest(input: $input) {
      ...LinkRemoval
    }
  }
`);

export const VALIDATE_ADMINISTRATION = graphql(`
  mutation ValidateAdministration($input: LinkIdInput!) {
    validateAdministration(input: $input) {
      id
      isAdmin
      adminRequested
    }
  }
`);

export const REFUSE_ADMINISTRATION = graphql(`
  mutation RefuseAdministration($input: LinkIdInput!) {
    refuseAdministration(input: $input) {
      id
      isAdmin
      adminRequested
    }
  }
`);

export const REMOVE_FROM_ELEMENT = graphql(`
  mutation RemoveFromElement($input: LinkIdInput!) {
    removeFromElement(input: $input) {
      ...LinkRemoval
    }
  }
`);

export const SET_ROLES = graphql(`
  mutation SetRoles($input: SetRolesInput!) {
    setRoles(input: $input) {
      id
      roles
    }
  }
`);

export const INVITE_TO_ELEMENT = graphql(`
  mutation InviteToElement($input: InviteToElementInput!) {
    inviteToElement(input: $input) {
      id
      state
    }
  }
`);

export const INVITE_BY_EMAIL = graphql(`
  mutation InviteByEmail($input: InviteByEmailInput!) {
    inviteByEmail(input: $input) {
      id
    }
  }
`);

/** Finds the person an administrator names by username, to invite them. */
export const PERSON_BY_USERNAME = graphql(`
  query PersonByUsername($username: String!) {
    person(username: $username) {
      id
      displayName
    }
  }
`);

/** The viewer's own organizations, projects and events, and what awaits their answer. */
export const MY_MEMBERSHIPS = graphql(`
  query MyMemberships($state: LinkState!, $after: String) {
    me {
      id
      memberships(state: $state, first: 20, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          state
          isAdmin
          adminRequested
          roles
          element {
            id
            kind
            slug
            name
            shortDescription
          }
        }
      }
    }
  }
`);
