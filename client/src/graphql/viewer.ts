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
    isInstanceAdmin
    image {
      id
      url(size: THUMB)
    }
    homeArea {
      radiusKm
      place {
        id
        name
        inseeCode
        postalCodes
        latitude
        longitude
      }
    }
  }
`);

export const CLEAR_HOME_AREA = graphql(`
  mutation ClearHomeArea {
    clearHomeArea {
      ...ViewerFields
    }
  }
`);

export const SET_HOME_AREA = graphql(`
  mutation SetHomeArea($input: HomeAreaInput!) {
    setHomeArea(input: $input) {
      ...ViewerFields
    }
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
      timeZone
      mapTiles {
        urlTemplate
        attribution
      }
    }
  }
`);
