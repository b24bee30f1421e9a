import { graphql } from "./generated";

/** A person in the directory or in a list of follows. */
export const PERSON_CARD_FIELDS = graphql(`
  fragment PersonCardFields on Person {
    id
    username
    displayName
    shortDescription
    locality
    followerCount
    image {
      id
      url(size: THUMB)
    }
  }
`);

export const PEOPLE = graphql(`
  query People($search: String, $after: String) {
    people(search: $search, first: 24, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...PersonCardFields
      }
    }
  }
`);

/** What a person's page adds to the profile: follow state, and their ties as their directory setting allows. */
export const PERSON_TIES = graphql(`
  query PersonTies($username: String!, $after: String) {
    person(username: $username) {
      id
      followerCount
      viewerFollows
      memberships(first: 50, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          isAdmin
          roles
          element {
            id
            ... on CommunityElement {
              ...ElementCardFields
            }
          }
        }
      }
      following(first: 50) {
        totalCount
        nodes {
          id
          element {
            id
            ... on CommunityElement {
              ...ElementCardFields
            }
          }
          followedPerson {
            ...PersonCardFields
          }
        }
      }
    }
  }
`);

export const FOLLOW_PERSON = graphql(`
  mutation FollowPerson($personId: ID!) {
    follow(input: { personId: $personId }) {
      id
      followedPerson {
        id
        followerCount
        viewerFollows
      }
    }
  }
`);
