import { graphql } from "./generated";

/** What a feed shows of an item: enough to draw it, react to it and act on it. */
export const NEWS_ITEM = graphql(`
  fragment NewsItem on News {
    id
    audience
    text
    textHtml
    tags
    createdAt
    edited
    asElement
    commentCount
    viewerReaction
    viewerMayRemove
    viewerMayEdit
    viewerMayHide
    reactionCounts {
      kind
      count
    }
    author {
      id
      username
      displayName
      image {
        id
        url(size: THUMB)
      }
    }
    wall {
      id
      kind
      slug
      name
      image {
        id
        url(size: THUMB)
      }
    }
    images {
      id
      width
      height
      url(size: MEDIUM)
      large: url(size: LARGE)
    }
    activity {
      kind
      stage
      person {
        id
        username
        displayName
      }
      organization {
        id
        kind
        slug
        name
      }
    }
  }
`);

export const NEWS_PAGE = graphql(`
  fragment NewsPage on NewsConnection {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...NewsItem
    }
  }
`);

export const LIVE = graphql(`
  query Live($area: AreaInput!, $after: String) {
    live(area: $area, first: 20, after: $after) {
      ...NewsPage
    }
  }
`);

export const MY_FEED = graphql(`
  query MyFeed($after: String) {
    myFeed(first: 20, after: $after) {
      ...NewsPage
    }
  }
`);

export const WALL_NEWS = graphql(`
  query WallNews($id: ID!, $after: String) {
    element(id: $id) {
      id
      ... on CommunityElement {
        news(first: 20, after: $after) {
          ...NewsPage
        }
      }
      ... on Person {
        news(first: 20, after: $after) {
          ...NewsPage
        }
      }
    }
  }
`);

/**
 * What a feed's subscription asks of each change: only which item and what happened. The item
 * itself is read by the reader who shows it (NEWS_BY_ID), so that the server does not resolve
 * every viewer-dependent field for every subscriber at every event.
 */
export const NEWS_FEED_CHANGE = graphql(`
  fragment NewsFeedChange on NewsFeedEvent {
    change
    newsId
  }
`);

export const NEWS_BY_ID = graphql(`
  query NewsById($id: ID!) {
    news(newsId: $id) {
      ...NewsItem
    }
  }
`);

export const LIVE_CHANGES = graphql(`
  subscription LiveChanges($area: AreaInput!) {
    liveNews(area: $area) {
      ...NewsFeedChange
    }
  }
`);

export const MY_FEED_CHANGES = graphql(`
  subscription MyFeedChanges {
    myFeedNews {
      ...NewsFeedChange
    }
  }
`);

export const WALL_CHANGES = graphql(`
  subscription WallChanges($wallId: ID!) {
    wallNews(wallId: $wallId) {
      ...NewsFeedChange
    }
  }
`);

export const POST_NEWS = graphql(`
  mutation PostNews($input: PostNewsInput!) {
    postNews(input: $input) {
      ...NewsItem
    }
  }
`);

export const REACT_TO_NEWS = graphql(`
  mutation ReactToNews($input: ReactInput!) {
    reactToNews(input: $input) {
      id
      viewerReaction
      reactionCounts {
        kind
        count
      }
    }
  }
`);

export const DELETE_NEWS = graphql(`
  mutation DeleteNews($id: ID!) {
    deleteNews(input: { id: $id }) {
      id
    }
  }
`);

export const EDIT_NEWS = graphql(`
  mutation EditNews($input: EditNewsInput!) {
    editNews(input: $input) {
      ...NewsItem
    }
  }
`);

export const HIDE_NEWS = graphql(`
  mutation HideNews($id: ID!) {
    hideNews(input: { id: $id }) {
      id
    }
  }
`);

export const REPORT_NEWS = graphql(`
  mutation ReportNews($input: ReportNewsInput!) {
    reportNews(input: $input) {
      id
    }
  }
`);

export const NEWS_COMMENTS = graphql(`
  query NewsComments($id: ID!) {
    news(newsId: $id) {
      id
      commentCount
      comments(first: 50) {
        nodes {
          id
          textHtml
          createdAt
          author {
            id
            username
            displayName
          }
        }
      }
    }
  }
`);

export const COMMENT_NEWS = graphql(`
  mutation CommentNews($input: CommentNewsInput!) {
    commentNews(input: $input) {
      id
    }
  }
`);

/** The walls the viewer may post on: their own, and those of the elements whose community they are in. */
export const MY_WALLS = graphql(`
  query MyWalls {
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
            name
            ... on CommunityElement {
              settings {
                private
              }
            }
          }
        }
      }
    }
  }
`);

/** Elements whose name starts like an @mention being typed. */
export const MENTION_ELEMENTS = graphql(`
  query MentionElements($text: String!) {
    search(filter: { text: $text }, first: 5) {
      nodes {
        id
        kind
        slug
        name
      }
    }
  }
`);

/** A person named exactly as typed after @. */
export const MENTION_PEOPLE = graphql(`
  query MentionPeople($text: String!) {
    people(search: $text, first: 5) {
      nodes {
        id
        username
        displayName
      }
    }
  }
`);

export const PLACES = graphql(`
  query PlaceChoices($search: String!) {
    places(search: $search, first: 8) {
      id
      name
      postalCodes
      latitude
      longitude
    }
  }
`);

/** What a list of reports shows of each: what was reported, on which wall, why, by whom and when. */
export const REPORT_DETAILS = graphql(`
  fragment ReportDetails on Report {
    id
    reason
    createdAt
    commentId
    reporter {
      id
      username
      displayName
    }
    news {
      id
      text
      wall {
        id
        kind
        slug
        name
      }
    }
  }
`);

export const WALL_REPORTS = graphql(`
  query WallReports($wallId: ID!, $after: String) {
    newsReports(wallId: $wallId, first: 20, after: $after) {
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

export const HANDLE_REPORT = graphql(`
  mutation HandleReport($input: HandleReportInput!) {
    handleReport(input: $input) {
      id
      state
    }
  }
`);
