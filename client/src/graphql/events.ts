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
        ...ElementCardFields
        type
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

// One query per kind: a single query with a fragment per kind scores over the cost limit. The card's
// fields are written out rather than spread from ElementCardFields for the same reason.
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
      kind
      slug
      name
      address {
        city
      }
      communityCount
      followerCount
      shortDescription
      tags
      image {
        id
        url(size: THUMB)
      }
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

/** The organizations and projects the viewer administers: those they may name as an event's organizers. */
export const ORGANIZER_CHOICES = graphql(`
  query OrganizerChoices {
    me {
      id
      displayName
      memberships(state: ACTIVE, first: 100) {
        nodes {
          id
          isAdmin
          element {
            id
            kind
            slug
            name
          }
        }
      }
    }
  }
`);

export const SET_EVENT_ORGANIZERS = graphql(`
  mutation SetEventOrganizers($input: SetEventOrganizersInput!) {
    setEventOrganizers(input: $input) {
      ...ElementDetails
    }
  }
`);

export const CANCEL_OCCURRENCE = graphql(`
  mutation CancelOccurrence($input: CancelOccurrenceInput!) {
    cancelOccurrence(input: $input) {
      id
      recurrenceExceptions
    }
  }
`);

export const RESTORE_OCCURRENCE = graphql(`
  mutation RestoreOccurrence($input: RestoreOccurrenceInput!) {
    restoreOccurrence(input: $input) {
      id
      recurrenceExceptions
    }
  }
`);

export const CHANGE_OCCURRENCE = graphql(`
  mutation ChangeOccurrence($input: ChangeOccurrenceInput!) {
    changeOccurrence(input: $input) {
      id
      slug
    }
  }
`);
