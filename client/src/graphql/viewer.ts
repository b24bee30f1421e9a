import { graphql } from "./generated";

/** What the whole app needs to know about the logged-in person. */
export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Person {
    id
    username
    displayName
    language
    email
    emailVerified
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const INSTANCE = graphql(`
  query Instance {
    instance {
      mailOutboxUrl
      deletionDelayDays
    }
  }
`);
