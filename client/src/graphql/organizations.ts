import { graphql } from "./generated";

/** What the directory shows of each organization. */
export const ORGANIZATION_CARD = graphql(`
  fragment OrganizationCard on Organization {
    ...ElementCardFields
    type
  }
`);

export const ORGANIZATIONS = graphql(`
  query Organizations($after: String) {
    organizations(first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...OrganizationCard
      }
    }
  }
`);

export const ORGANIZATION = graphql(`
  query Organization($slug: String!) {
    organization(slug: $slug) {
      ...ElementDetails
    }
  }
`);

export const CREATE_ORGANIZATION = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...ElementDetails
    }
  }
`);

export const UPDATE_ORGANIZATION = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      ...ElementDetails
    }
  }
`);
