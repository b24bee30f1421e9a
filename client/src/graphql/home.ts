import { graphql } from "./generated";

/** The home page: the newest organizations, the next events and recent projects, a few of each. */
export const HOME = graphql(`
  query Home {
    organizations(first: 6) {
      totalCount
      nodes {
        ...OrganizationCard
      }
    }
    events(first: 6) {
      totalCount
      nodes {
        ...ElementCardFields
        type
        startsAt
        endsAt
        timeZone
        allDay
      }
    }
    projects(first: 12) {
      totalCount
      nodes {
        ...ElementCardFields
        stage
        endsOn
      }
    }
  }
`);
