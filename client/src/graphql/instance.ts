import { graphql } from "./generated";

/** The instance's data licence and the credit to give, shown in the footer of every page. */
export const INSTANCE_LICENCE = graphql(`
  query InstanceLicence {
    instance {
      name
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
      licence {
        id
        name
        url
        attribution
      }
    }
  }
`);
