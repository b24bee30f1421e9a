import { graphql } from "./generated";

export const EVENTS = graphql(`
  query Events($after: String) {
    events(first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        slug
        name
        type
        shortDescription
        tags
        startsAt
        endsAt
        timeZone
        allDay
        recurrenceRule
      }
    }
  }
`);

export const EVENT = graphql(`
  query Event($slug: String!) {
    event(slug: $slug) {
      ...ElementDetails
    }
  }
`);

/** What an event's page shows besides its details: its sub-events and next occurrences. */
export const EVENT_SCHEDULE = graphql(`
  query EventSchedule($slug: String!, $from: DateTimeISO!, $to: DateTimeISO!) {
    event(slug: $slug) {
      id
      subEvents(first: 20) {
        totalCount
        nodes {
          id
          slug
          name
          startsAt
          endsAt
          timeZone
          allDay
        }
      }
      occurrences(from: $from, to: $to, first: 10) {
        originalStart
        startsAt
        endsAt
        changedEvent {
          id
          slug
          name
        }
      }
    }
  }
`);

export const CREATE_EVENT = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      ...ElementDetails
    }
  }
`);

export const UPDATE_EVENT = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      ...ElementDetails
    }
  }
`);

// One query per kind: a single query with a fragment per kind scores over the cost limit.
export const ORGANIZATION_EVENTS = graphql(`
  query OrganizationEvents($slug: String!) {
    organization(slug: $slug) {
      id
      events(first: 100) {
        ...EventList
      }
    }
  }

  fragment EventList on EventConnection {
    totalCount
    nodes {
      id
      slug
      name
      type
      startsAt
      endsAt
      timeZone
      allDay
    }
  }
`);

export const PROJECT_EVENTS = graphql(`
  query ProjectEvents($slug: String!) {
    project(slug: $slug) {
      id
      events(first: 100) {
        ...EventList
      }
    }
  }
`);
