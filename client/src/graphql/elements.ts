import { graphql } from "./generated";

/**
 * Everything an element's page shows, whatever its kind; each kind adds its own fields here
 * so that the shared tabs (About, History…) keep working on one fragment.
 */
/** What a card in a directory or a tab shows of any element: the logo in the thumb size, town and counts. */
export const ELEMENT_CARD_FIELDS = graphql(`
  fragment ElementCardFields on CommunityElement {
    id
    kind
    slug
    name
    shortDescription
    tags
    address {
      city
    }
    communityCount
    followerCount
    image {
      id
      url(size: THUMB)
    }
  }
`);

export const ELEMENT_DETAILS = graphql(`
  fragment ElementDetails on CommunityElement {
    __typename
    id
    kind
    slug
    name
    shortDescription
    description
    descriptionHtml
    tags
    image {
      id
      urls {
        thumb
        medium
      }
    }
    banner {
      id
      urls {
        medium
        large
      }
    }
    website
    socialLinks {
      network
      url
    }
    extraLinks {
      kind
      url
      label
    }
    address {
      street
      postalCode
      city
      country
    }
    location {
      latitude
      longitude
    }
    email
    phone
    deletionRequestedAt
    createdAt
    updatedAt
    settings {
      private
      memberList
      contactFields
      openEdition
      openMembership
    }
    creator {
      id
      username
      displayName
    }
    viewer {
      inCommunity
      isAdmin
      canEdit
    }
    communityCount
    followerCount
    viewerFollows
    viewerLink {
      id
      state
      isAdmin
      adminRequested
    }
    administrators {
      id
    }
    ... on Organization {
      type
    }
    ... on Project {
      stage
      startsOn
      endsOn
      licence
      carrier {
        __typename
        ... on Organization {
          id
          slug
          name
        }
        ... on Person {
          id
          username
          displayName
        }
      }
    }
    ... on Event {
      eventType: type
      startsAt
      endsAt
      timeZone
      allDay
      onlineUrl
      recurrenceRule
      recurrenceExceptions
      attendeeLimit
      parentEvent {
        id
        slug
        name
      }
      organizers {
        __typename
        ... on Organization {
          id
          slug
          name
        }
        ... on Project {
          id
          slug
          name
        }
        ... on Person {
          id
          username
          displayName
        }
      }
    }
  }
`);

export const ELEMENT_HISTORY = graphql(`
  query ElementHistory($slug: String!, $after: String) {
    element(slug: $slug) {
      id
      ... on CommunityElement {
        history(first: 20, after: $after) {
          totalCount
          pageInfo {
            endCursor
            hasNextPage
          }
          nodes {
            id
            createdAt
            revertsId
            author {
              id
              username
              displayName
            }
            changes {
              field
              before
              after
              hidden
            }
          }
        }
      }
    }
  }
`);

export const REVERT_ELEMENT_REVISION = graphql(`
  mutation RevertElementRevision($input: RevertRevisionInput!) {
    revertElementRevision(input: $input) {
      ...ElementDetails
    }
  }
`);

export const UPDATE_ELEMENT_SETTINGS = graphql(`
  mutation UpdateElementSettings($input: UpdateElementSettingsInput!) {
    updateElementSettings(input: $input) {
      id
      settings {
        private
        memberList
        contactFields
        openEdition
        openMembership
      }
    }
  }
`);

export const REQUEST_ELEMENT_DELETION = graphql(`
  mutation RequestElementDeletion($input: ElementIdInput!) {
    requestElementDeletion(input: $input) {
      id
      deletionRequestedAt
    }
  }
`);

export const REFUSE_ELEMENT_DELETION = graphql(`
  mutation RefuseElementDeletion($input: ElementIdInput!) {
    refuseElementDeletion(input: $input) {
      id
      deletionRequestedAt
    }
  }
`);
