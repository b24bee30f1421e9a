import { graphql } from "./generated";

/** The instance's data licence and the credit to give, shown in the footer of every page. */
export const INSTANCE_LICENCE = graphql(`
  query InstanceLicence {
    instance {
      name
      url
      licence {
        id
        name
        url
        attribution
      }
    }
  }
`);

/** What the instance administration page edits. */
export const INSTANCE_SETTINGS = graphql(`
  query InstanceSettings {
    instance {
      name
      description
      contactEmail
      contactUrl
      area {
        place {
          id
          name
        }
        radiusKm
      }
      licence {
        id
      }
    }
  }
`);

export const UPDATE_INSTANCE = graphql(`
  mutation UpdateInstance($input: UpdateInstanceInput!) {
    updateInstance(input: $input) {
      name
      description
      contactEmail
      contactUrl
      area {
        place {
          id
          name
        }
        radiusKm
      }
      licence {
        id
        name
        url
        attribution
      }
    }
  }
`);

/** The open reports of every wall, for the instance's administrators. */
export const INSTANCE_REPORTS = graphql(`
  query InstanceReports($after: String) {
    instanceReports(first: 20, after: $after) {
      totalCount
      nodes {
        ...ReportDetails
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
