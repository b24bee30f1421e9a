import { graphql } from "./generated";

/** Towns for the place comboboxes, from the server's gazetteer. */
export const PLACES = graphql(`
  query Places($search: String!) {
    places(search: $search, first: 8) {
      id
      name
      region
      country
      inseeCode
      postalCodes
      latitude
      longitude
    }
  }
`);

/** What a search result shows: a card, with each kind's own label and, for events, the date. */
export const SEARCH_RESULT = graphql(`
  fragment SearchResult on CommunityElement {
    ...ElementCardFields
    ... on Organization {
      organizationType: type
    }
    ... on Project {
      stage
      endsOn
    }
    ... on Event {
      eventType: type
      startsAt
      endsAt
      timeZone
      allDay
    }
  }
`);

/** The discovery page's list, and the map's list of what is in view. */
export const SEARCH = graphql(`
  query Search($filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {
    search(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...SearchResult
      }
    }
  }
`);

/** The most used tags, offered as filters. */
export const TAGS = graphql(`
  query Tags($area: AreaInput) {
    tags(area: $area, first: 20) {
      tag
      count
    }
  }
`);

export const MAP_MARKERS = graphql(`
  query MapMarkers($box: BoundingBoxInput!, $zoom: Int!, $filter: SearchFilter) {
    mapMarkers(box: $box, zoom: $zoom, filter: $filter) {
      total
      markers {
        id
        slug
        name
        kind
        latitude
        longitude
      }
      clusters {
        latitude
        longitude
        count
      }
    }
  }
`);

/** The home page around a place: the nearest organizations and projects, the next events. */
export const HOME_AROUND = graphql(`
  query HomeAround($near: NearInput!) {
    organizations: search(filter: { kinds: [ORGANIZATION], area: { near: $near } }, sort: DISTANCE, first: 6) {
      totalCount
      nodes {
        ...SearchResult
      }
    }
    events: search(
      filter: { kinds: [EVENT], area: { near: $near }, dates: { preset: UPCOMING } }
      sort: DATE
      first: 6
    ) {
      totalCount
      nodes {
        ...SearchResult
      }
    }
    projects: search(filter: { kinds: [PROJECT], area: { near: $near } }, sort: DISTANCE, first: 12) {
      totalCount
      nodes {
        ...SearchResult
      }
    }
  }
`);
