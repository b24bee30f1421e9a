import { graphql } from "./generated";

/** What the open data page says of the data: its licence and the data sets it reuses. */
export const OPEN_DATA_INSTANCE = graphql(`
  query OpenDataInstance {
    instance {
      dataLicence
    }
  }
`);
