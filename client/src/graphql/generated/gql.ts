/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      username\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerification($input: ResendVerificationInput!) {\n    resendVerification(input: $input)\n  }\n": typeof types.ResendVerificationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  query Places($search: String!) {\n    places(search: $search, first: 8) {\n      id\n      name\n      region\n      country\n      inseeCode\n      postalCodes\n      latitude\n      longitude\n    }\n  }\n": typeof types.PlacesDocument,
    "\n  fragment SearchResult on CommunityElement {\n    ...ElementCardFields\n    ... on Organization {\n      organizationType: type\n    }\n    ... on Project {\n      stage\n      endsOn\n    }\n    ... on Event {\n      eventType: type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n    }\n  }\n": typeof types.SearchResultFragmentDoc,
    "\n  query Search($filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {\n    search(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SearchResult\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Tags($area: AreaInput) {\n    tags(area: $area, first: 20) {\n      tag\n      count\n    }\n  }\n": typeof types.TagsDocument,
    "\n  query MapMarkers($box: BoundingBoxInput!, $zoom: Int!, $filter: SearchFilter) {\n    mapMarkers(box: $box, zoom: $zoom, filter: $filter) {\n      total\n      markers {\n        id\n        slug\n        name\n        kind\n        latitude\n        longitude\n      }\n      clusters {\n        latitude\n        longitude\n        count\n      }\n    }\n  }\n": typeof types.MapMarkersDocument,
    "\n  query HomeAround($near: NearInput!) {\n    organizations: search(filter: { kinds: [ORGANIZATION], area: { near: $near } }, sort: DISTANCE, first: 6) {\n      totalCount\n      nodes {\n        ...SearchResult\n      }\n    }\n    events: search(\n      filter: { kinds: [EVENT], area: { near: $near }, dates: { preset: UPCOMING } }\n      sort: DATE\n      first: 6\n    ) {\n      totalCount\n      nodes {\n        ...SearchResult\n      }\n    }\n    projects: search(filter: { kinds: [PROJECT], area: { near: $near } }, sort: DISTANCE, first: 12) {\n      totalCount\n      nodes {\n        ...SearchResult\n      }\n    }\n  }\n": typeof types.HomeAroundDocument,
    "\n  fragment ElementCardFields on CommunityElement {\n    id\n    kind\n    slug\n    name\n    shortDescription\n    tags\n    address {\n      city\n    }\n    communityCount\n    followerCount\n    image {\n      id\n      url(size: THUMB)\n    }\n  }\n": typeof types.ElementCardFieldsFragmentDoc,
    "\n  fragment ElementDetails on CommunityElement {\n    __typename\n    id\n    kind\n    slug\n    name\n    shortDescription\n    description\n    descriptionHtml\n    tags\n    image {\n      id\n      urls {\n        thumb\n        medium\n      }\n    }\n    banner {\n      id\n      urls {\n        medium\n        large\n      }\n    }\n    website\n    socialLinks {\n      network\n      url\n    }\n    extraLinks {\n      kind\n      url\n      label\n    }\n    address {\n      street\n      postalCode\n      city\n      country\n    }\n    location {\n      latitude\n      longitude\n    }\n    email\n    phone\n    deletionRequestedAt\n    createdAt\n    updatedAt\n    settings {\n      private\n      memberList\n      contactFields\n      openEdition\n      openMembership\n    }\n    creator {\n      id\n      username\n      displayName\n    }\n    viewer {\n      inCommunity\n      isAdmin\n      canEdit\n    }\n    communityCount\n    followerCount\n    viewerFollows\n    viewerLink {\n      id\n      state\n      isAdmin\n      adminRequested\n    }\n    administrators {\n      id\n    }\n    ... on Organization {\n      type\n    }\n    ... on Project {\n      stage\n      startsOn\n      endsOn\n      licence\n      carrier {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n    ... on Event {\n      eventType: type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n      onlineUrl\n      recurrenceRule\n      recurrenceExceptions\n      attendeeLimit\n      parentEvent {\n        id\n        slug\n        name\n      }\n      organizers {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Project {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ElementDetailsFragmentDoc,
    "\n  query ElementHistory($slug: String!, $after: String) {\n    element(slug: $slug) {\n      id\n      ... on CommunityElement {\n        history(first: 20, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          nodes {\n            id\n            createdAt\n            revertsId\n            author {\n              id\n              username\n              displayName\n            }\n            changes {\n              field\n              before\n              after\n              hidden\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ElementHistoryDocument,
    "\n  mutation RevertElementRevision($input: RevertRevisionInput!) {\n    revertElementRevision(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.RevertElementRevisionDocument,
    "\n  mutation UpdateElementSettings($input: UpdateElementSettingsInput!) {\n    updateElementSettings(input: $input) {\n      id\n      settings {\n        private\n        memberList\n        contactFields\n        openEdition\n        openMembership\n      }\n    }\n  }\n": typeof types.UpdateElementSettingsDocument,
    "\n  mutation RequestElementDeletion($input: ElementIdInput!) {\n    requestElementDeletion(input: $input) {\n      id\n      deletionRequestedAt\n    }\n  }\n": typeof types.RequestElementDeletionDocument,
    "\n  mutation RefuseElementDeletion($input: ElementIdInput!) {\n    refuseElementDeletion(input: $input) {\n      id\n      deletionRequestedAt\n    }\n  }\n": typeof types.RefuseElementDeletionDocument,
    "\n  query Events($after: String) {\n    events(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ElementCardFields\n        type\n        startsAt\n        endsAt\n        timeZone\n        allDay\n        recurrenceRule\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n": typeof types.EventDocument,
    "\n  query EventSchedule($slug: String!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    event(slug: $slug) {\n      id\n      subEvents(first: 20) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          startsAt\n          endsAt\n          timeZone\n          allDay\n        }\n      }\n      occurrences(from: $from, to: $to, first: 10) {\n        originalStart\n        startsAt\n        endsAt\n        changedEvent {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.EventScheduleDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  query OrganizationEvents($slug: String!) {\n    organization(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n\n  fragment EventList on EventConnection {\n    totalCount\n    nodes {\n      id\n      kind\n      slug\n      name\n      address {\n        city\n      }\n      communityCount\n      followerCount\n      shortDescription\n      tags\n      image {\n        id\n        url(size: THUMB)\n      }\n      type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n    }\n  }\n": typeof types.OrganizationEventsDocument,
    "\n  query ProjectEvents($slug: String!) {\n    project(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n": typeof types.ProjectEventsDocument,
    "\n  query OrganizerChoices {\n    me {\n      id\n      displayName\n      memberships(state: ACTIVE, first: 100) {\n        nodes {\n          id\n          isAdmin\n          element {\n            id\n            kind\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizerChoicesDocument,
    "\n  mutation SetEventOrganizers($input: SetEventOrganizersInput!) {\n    setEventOrganizers(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.SetEventOrganizersDocument,
    "\n  mutation CancelOccurrence($input: CancelOccurrenceInput!) {\n    cancelOccurrence(input: $input) {\n      id\n      recurrenceExceptions\n    }\n  }\n": typeof types.CancelOccurrenceDocument,
    "\n  mutation RestoreOccurrence($input: RestoreOccurrenceInput!) {\n    restoreOccurrence(input: $input) {\n      id\n      recurrenceExceptions\n    }\n  }\n": typeof types.RestoreOccurrenceDocument,
    "\n  mutation ChangeOccurrence($input: ChangeOccurrenceInput!) {\n    changeOccurrence(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.ChangeOccurrenceDocument,
    "\n  query HelpArticles($language: Language!, $search: String, $category: HelpCategory) {\n    helpArticles(language: $language, search: $search, category: $category) {\n      slug\n      language\n      title\n      category\n      excerpt\n    }\n  }\n": typeof types.HelpArticlesDocument,
    "\n  query HelpArticle($slug: String!, $language: Language!) {\n    helpArticle(slug: $slug, language: $language) {\n      slug\n      language\n      title\n      category\n      html\n    }\n  }\n": typeof types.HelpArticleDocument,
    "\n  query HelpCommunity {\n    helpCommunity {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.HelpCommunityDocument,
    "\n  query FirstSteps {\n    me {\n      id\n      firstSteps {\n        ...FirstStepsFields\n      }\n    }\n  }\n": typeof types.FirstStepsDocument,
    "\n  fragment FirstStepsFields on FirstSteps {\n    dismissed\n    steps {\n      key\n      done\n      url\n    }\n  }\n": typeof types.FirstStepsFieldsFragmentDoc,
    "\n  mutation DismissFirstSteps {\n    dismissFirstSteps {\n      ...FirstStepsFields\n    }\n  }\n": typeof types.DismissFirstStepsDocument,
    "\n  query Home {\n    organizations(first: 6) {\n      totalCount\n      nodes {\n        ...OrganizationCard\n      }\n    }\n    events(first: 6) {\n      totalCount\n      nodes {\n        ...ElementCardFields\n        type\n        startsAt\n        endsAt\n        timeZone\n        allDay\n      }\n    }\n    projects(first: 12) {\n      totalCount\n      nodes {\n        ...ElementCardFields\n        stage\n        endsOn\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query InstanceLicence {\n    instance {\n      name\n      url\n      licence {\n        id\n        name\n        url\n        attribution\n      }\n    }\n  }\n": typeof types.InstanceLicenceDocument,
    "\n  query InstanceSettings {\n    instance {\n      name\n      description\n      contactEmail\n      contactUrl\n      area {\n        place {\n          id\n          name\n        }\n        radiusKm\n      }\n      licence {\n        id\n      }\n    }\n  }\n": typeof types.InstanceSettingsDocument,
    "\n  mutation UpdateInstance($input: UpdateInstanceInput!) {\n    updateInstance(input: $input) {\n      name\n      description\n      contactEmail\n      contactUrl\n      area {\n        place {\n          id\n          name\n        }\n        radiusKm\n      }\n      licence {\n        id\n        name\n        url\n        attribution\n      }\n    }\n  }\n": typeof types.UpdateInstanceDocument,
    "\n  query InstanceReports($after: String) {\n    instanceReports(first: 20, after: $after) {\n      totalCount\n      nodes {\n        ...ReportDetails\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.InstanceReportsDocument,
    "\n  fragment CommunityLink on Link {\n    id\n    type\n    state\n    isAdmin\n    adminRequested\n    roles\n    createdAt\n    invitedEmail\n    person {\n      id\n      username\n      displayName\n    }\n    memberOrganization {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CommunityLinkFragmentDoc,
    "\n  query ElementCommunity($slug: String!, $state: LinkState!, $after: String) {\n    element(slug: $slug) {\n      id\n      ... on CommunityElement {\n        communityCount\n        community(state: $state, first: 20, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          nodes {\n            ...CommunityLink\n          }\n        }\n      }\n    }\n  }\n": typeof types.ElementCommunityDocument,
    "\n  fragment LinkRemoval on LinkRemoval {\n    linkId\n    element {\n      id\n      communityCount\n      followerCount\n      viewerFollows\n      viewerLink {\n        id\n      }\n    }\n    followedPerson {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": typeof types.LinkRemovalFragmentDoc,
    "\n  mutation Follow($input: FollowTargetInput!) {\n    follow(input: $input) {\n      id\n    }\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($input: FollowTargetInput!) {\n    unfollow(input: $input) {\n      ...LinkRemoval\n    }\n  }\n": typeof types.UnfollowDocument,
    "\n  mutation JoinElement($input: JoinElementInput!) {\n    joinElement(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.JoinElementDocument,
    "\n  mutation LeaveElement($input: LeaveElementInput!) {\n    leaveElement(input: $input) {\n      ...LinkRemoval\n    }\n  }\n": typeof types.LeaveElementDocument,
    "\n  mutation AcceptInvitation($input: LinkIdInput!) {\n    acceptInvitation(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($input: LinkIdInput!) {\n    declineInvitation(input: $input) {\n      ...LinkRemoval\n    }\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  mutation RequestAdministration($input: RequestAdministrationInput!) {\n    requestAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n": typeof types.RequestAdministrationDocument,
    "\n  mutation ValidateRequest($input: LinkIdInput!) {\n    validateRequest(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ValidateRequestDocument,
    "\n  mutation RefuseRequest($input: LinkIdInput!) {\n    refuseRequest(input: $input) {\n      ...LinkRemoval\n    }\n  }\n": typeof types.RefuseRequestDocument,
    "\n  mutation ValidateAdministration($input: LinkIdInput!) {\n    validateAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n": typeof types.ValidateAdministrationDocument,
    "\n  mutation RefuseAdministration($input: LinkIdInput!) {\n    refuseAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n": typeof types.RefuseAdministrationDocument,
    "\n  mutation RemoveFromElement($input: LinkIdInput!) {\n    removeFromElement(input: $input) {\n      ...LinkRemoval\n    }\n  }\n": typeof types.RemoveFromElementDocument,
    "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.SetRolesDocument,
    "\n  mutation InviteToElement($input: InviteToElementInput!) {\n    inviteToElement(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.InviteToElementDocument,
    "\n  mutation InviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      id\n    }\n  }\n": typeof types.InviteByEmailDocument,
    "\n  query PersonByUsername($username: String!) {\n    person(username: $username) {\n      id\n      displayName\n    }\n  }\n": typeof types.PersonByUsernameDocument,
    "\n  query MyMemberships($state: LinkState!, $after: String) {\n    me {\n      id\n      memberships(state: $state, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          state\n          isAdmin\n          adminRequested\n          roles\n          element {\n            id\n            kind\n            slug\n            name\n            shortDescription\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyMembershipsDocument,
    "\n  fragment NewsItem on News {\n    id\n    audience\n    text\n    textHtml\n    tags\n    createdAt\n    edited\n    asElement\n    commentCount\n    viewerReaction\n    viewerMayRemove\n    viewerMayEdit\n    viewerMayHide\n    reactionCounts {\n      kind\n      count\n    }\n    author {\n      id\n      username\n      displayName\n      image {\n        id\n        url(size: THUMB)\n      }\n    }\n    wall {\n      id\n      kind\n      slug\n      name\n      image {\n        id\n        url(size: THUMB)\n      }\n    }\n    images {\n      id\n      width\n      height\n      url(size: MEDIUM)\n      large: url(size: LARGE)\n    }\n    activity {\n      kind\n      stage\n      person {\n        id\n        username\n        displayName\n      }\n      organization {\n        id\n        kind\n        slug\n        name\n      }\n    }\n  }\n": typeof types.NewsItemFragmentDoc,
    "\n  fragment NewsPage on NewsConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...NewsItem\n    }\n  }\n": typeof types.NewsPageFragmentDoc,
    "\n  query Live($area: AreaInput!, $after: String) {\n    live(area: $area, first: 20, after: $after) {\n      ...NewsPage\n    }\n  }\n": typeof types.LiveDocument,
    "\n  query MyFeed($after: String) {\n    myFeed(first: 20, after: $after) {\n      ...NewsPage\n    }\n  }\n": typeof types.MyFeedDocument,
    "\n  query WallNews($id: ID!, $after: String) {\n    element(id: $id) {\n      id\n      ... on CommunityElement {\n        news(first: 20, after: $after) {\n          ...NewsPage\n        }\n      }\n      ... on Person {\n        news(first: 20, after: $after) {\n          ...NewsPage\n        }\n      }\n    }\n  }\n": typeof types.WallNewsDocument,
    "\n  fragment NewsFeedChange on NewsFeedEvent {\n    change\n    newsId\n  }\n": typeof types.NewsFeedChangeFragmentDoc,
    "\n  query NewsById($id: ID!) {\n    news(newsId: $id) {\n      ...NewsItem\n    }\n  }\n": typeof types.NewsByIdDocument,
    "\n  subscription LiveChanges($area: AreaInput!) {\n    liveNews(area: $area) {\n      ...NewsFeedChange\n    }\n  }\n": typeof types.LiveChangesDocument,
    "\n  subscription MyFeedChanges {\n    myFeedNews {\n      ...NewsFeedChange\n    }\n  }\n": typeof types.MyFeedChangesDocument,
    "\n  subscription WallChanges($wallId: ID!) {\n    wallNews(wallId: $wallId) {\n      ...NewsFeedChange\n    }\n  }\n": typeof types.WallChangesDocument,
    "\n  mutation PostNews($input: PostNewsInput!) {\n    postNews(input: $input) {\n      ...NewsItem\n    }\n  }\n": typeof types.PostNewsDocument,
    "\n  mutation ReactToNews($input: ReactInput!) {\n    reactToNews(input: $input) {\n      id\n      viewerReaction\n      reactionCounts {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.ReactToNewsDocument,
    "\n  mutation DeleteNews($id: ID!) {\n    deleteNews(input: { id: $id }) {\n      id\n    }\n  }\n": typeof types.DeleteNewsDocument,
    "\n  mutation EditNews($input: EditNewsInput!) {\n    editNews(input: $input) {\n      ...NewsItem\n    }\n  }\n": typeof types.EditNewsDocument,
    "\n  mutation HideNews($id: ID!) {\n    hideNews(input: { id: $id }) {\n      id\n    }\n  }\n": typeof types.HideNewsDocument,
    "\n  mutation ReportNews($input: ReportNewsInput!) {\n    reportNews(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportNewsDocument,
    "\n  query NewsComments($id: ID!) {\n    news(newsId: $id) {\n      id\n      commentCount\n      comments(first: 50) {\n        nodes {\n          id\n          textHtml\n          createdAt\n          author {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.NewsCommentsDocument,
    "\n  mutation CommentNews($input: CommentNewsInput!) {\n    commentNews(input: $input) {\n      id\n    }\n  }\n": typeof types.CommentNewsDocument,
    "\n  query MyWalls {\n    me {\n      id\n      displayName\n      memberships(state: ACTIVE, first: 100) {\n        nodes {\n          id\n          isAdmin\n          element {\n            id\n            kind\n            name\n            ... on CommunityElement {\n              settings {\n                private\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyWallsDocument,
    "\n  query MentionElements($text: String!) {\n    search(filter: { text: $text }, first: 5) {\n      nodes {\n        id\n        kind\n        slug\n        name\n      }\n    }\n  }\n": typeof types.MentionElementsDocument,
    "\n  query MentionPeople($text: String!) {\n    people(search: $text, first: 5) {\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.MentionPeopleDocument,
    "\n  query PlaceChoices($search: String!) {\n    places(search: $search, first: 8) {\n      id\n      name\n      postalCodes\n      latitude\n      longitude\n    }\n  }\n": typeof types.PlaceChoicesDocument,
    "\n  fragment ReportDetails on Report {\n    id\n    reason\n    createdAt\n    commentId\n    reporter {\n      id\n      username\n      displayName\n    }\n    news {\n      id\n      text\n      wall {\n        id\n        kind\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ReportDetailsFragmentDoc,
    "\n  query WallReports($wallId: ID!, $after: String) {\n    newsReports(wallId: $wallId, first: 20, after: $after) {\n      totalCount\n      nodes {\n        ...ReportDetails\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.WallReportsDocument,
    "\n  mutation HandleReport($input: HandleReportInput!) {\n    handleReport(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.HandleReportDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n": typeof types.UnreadNotificationCountChangedDocument,
    "\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        count\n        read\n        updatedAt\n        actors {\n          id\n          displayName\n          username\n        }\n        element {\n          id\n          kind\n          slug\n          name\n        }\n        news {\n          id\n          wall {\n            id\n            kind\n            slug\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      id\n      read\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      deliveries {\n        kind\n        delivery\n      }\n      elements {\n        level\n        element {\n          id\n          kind\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation SetMailDelivery($input: SetMailDeliveryInput!) {\n    setMailDelivery(input: $input) {\n      kind\n      delivery\n    }\n  }\n": typeof types.SetMailDeliveryDocument,
    "\n  mutation SetNotificationLevel($input: SetNotificationLevelInput!) {\n    setNotificationLevel(input: $input) {\n      level\n      element {\n        id\n      }\n    }\n  }\n": typeof types.SetNotificationLevelDocument,
    "\n  query OpenDataInstance {\n    instance {\n      dataLicence\n    }\n  }\n": typeof types.OpenDataInstanceDocument,
    "\n  fragment OrganizationCard on Organization {\n    ...ElementCardFields\n    type\n  }\n": typeof types.OrganizationCardFragmentDoc,
    "\n  query Organizations($after: String) {\n    organizations(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...OrganizationCard\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query Organization($slug: String!) {\n    organization(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  fragment PersonCardFields on Person {\n    id\n    username\n    displayName\n    shortDescription\n    locality\n    followerCount\n    image {\n      id\n      url(size: THUMB)\n    }\n  }\n": typeof types.PersonCardFieldsFragmentDoc,
    "\n  query People($search: String, $after: String) {\n    people(search: $search, first: 24, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PersonCardFields\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query PersonTies($username: String!, $after: String) {\n    person(username: $username) {\n      id\n      followerCount\n      viewerFollows\n      memberships(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          isAdmin\n          roles\n          element {\n            id\n            ... on CommunityElement {\n              ...ElementCardFields\n            }\n          }\n        }\n      }\n      following(first: 50) {\n        totalCount\n        nodes {\n          id\n          element {\n            id\n            ... on CommunityElement {\n              ...ElementCardFields\n            }\n          }\n          followedPerson {\n            ...PersonCardFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonTiesDocument,
    "\n  mutation FollowPerson($personId: ID!) {\n    follow(input: { personId: $personId }) {\n      id\n      followedPerson {\n        id\n        followerCount\n        viewerFollows\n      }\n    }\n  }\n": typeof types.FollowPersonDocument,
    "\n  fragment ProfileFields on Person {\n    id\n    username\n    displayName\n    shortDescription\n    description\n    tags\n    website\n    socialLinks {\n      network\n      url\n    }\n    language\n    createdAt\n    email\n    phone\n    birthDate\n    locality\n    image {\n      id\n      urls {\n        thumb\n        medium\n      }\n    }\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  query PersonProfile($username: String!) {\n    person(username: $username) {\n      ...ProfileFields\n    }\n  }\n": typeof types.PersonProfileDocument,
    "\n  query MyVisibility {\n    me {\n      ...PrivacySettingsFields\n    }\n  }\n": typeof types.MyVisibilityDocument,
    "\n  query MyProfile {\n    me {\n      ...ProfileFields\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment PrivacySettingsFields on Person {\n    id\n    privacySettings {\n      email\n      phone\n      birthDate\n      locality\n      directory\n    }\n  }\n": typeof types.PrivacySettingsFieldsFragmentDoc,
    "\n  query MyPrivacySettings {\n    me {\n      ...PrivacySettingsFields\n    }\n  }\n": typeof types.MyPrivacySettingsDocument,
    "\n  mutation UpdatePrivacySettings($input: UpdatePrivacySettingsInput!) {\n    updatePrivacySettings(input: $input) {\n      ...PrivacySettingsFields\n    }\n  }\n": typeof types.UpdatePrivacySettingsDocument,
    "\n  query Projects($after: String) {\n    projects(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ElementCardFields\n        stage\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  query Project($slug: String!) {\n    project(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  query OrganizationProjects($slug: String!) {\n    organization(slug: $slug) {\n      id\n      projects(first: 100) {\n        totalCount\n        nodes {\n          ...ElementCardFields\n          stage\n        }\n      }\n    }\n  }\n": typeof types.OrganizationProjectsDocument,
    "\n  fragment ViewerFields on Person {\n    id\n    username\n    displayName\n    language\n    email\n    emailVerified\n    isInstanceAdmin\n    image {\n      id\n      url(size: THUMB)\n    }\n    homeArea {\n      radiusKm\n      place {\n        id\n        name\n        inseeCode\n        postalCodes\n        latitude\n        longitude\n      }\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  mutation ClearHomeArea {\n    clearHomeArea {\n      ...ViewerFields\n    }\n  }\n": typeof types.ClearHomeAreaDocument,
    "\n  mutation SetHomeArea($input: HomeAreaInput!) {\n    setHomeArea(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SetHomeAreaDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Instance {\n    instance {\n      mailOutboxUrl\n      deletionDelayDays\n      timeZone\n      mapTiles {\n        urlTemplate\n        attribution\n      }\n    }\n  }\n": typeof types.InstanceDocument,
};
const documents: Documents = {
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      username\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerification($input: ResendVerificationInput!) {\n    resendVerification(input: $input)\n  }\n": types.ResendVerificationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n": types.ChangeEmailDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": types.DeleteAccountDocument,
    "\n  query Places($search: String!) {\n    places(search: $search, first: 8) {\n      id\n      name\n      region\n      country\n      inseeCode\n      postalCodes\n      latitude\n      longitude\n    }\n  }\n": types.PlacesDocument,
    "\n  fragment SearchResult on CommunityElement {\n    ...ElementCardFields\n    ... on Organization {\n      organizationType: type\n    }\n    ... on Project {\n      stage\n      endsOn\n    }\n    ... on Event {\n      eventType: type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n    }\n  }\n": types.SearchResultFragmentDoc,
    "\n  query Search($filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {\n    search(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SearchResult\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Tags($area: AreaInput) {\n    tags(area: $area, first: 20) {\n      tag\n      count\n    }\n  }\n": types.TagsDocument,
    "\n  query MapMarkers($box: BoundingBoxInput!, $zoom: Int!, $filter: SearchFilter) {\n    mapMarkers(box: $box, zoom: $zoom, filter: $filter) {\n      total\n      markers {\n        id\n        slug\n        name\n        kind\n        latitude\n        longitude\n      }\n      clusters {\n        latitude\n        longitude\n        count\n      }\n    }\n  }\n": types.MapMarkersDocument,
    "\n  query HomeAround($near: NearInput!) {\n    organizations: search(filter: { kinds: [ORGANIZATION], area: { near: $near } }, sort: DISTANCE, first: 6) {\n      totalCount\n      nodes {\n        ...SearchResult\n      }\n    }\n    events: search(\n      filter: { kinds: [EVENT], area: { near: $near }, dates: { preset: UPCOMING } }\n      sort: DATE\n      first: 6\n    ) {\n      totalCount\n      nodes {\n        ...SearchResult\n      }\n    }\n    projects: search(filter: { kinds: [PROJECT], area: { near: $near } }, sort: DISTANCE, first: 12) {\n      totalCount\n      nodes {\n        ...SearchResult\n      }\n    }\n  }\n": types.HomeAroundDocument,
    "\n  fragment ElementCardFields on CommunityElement {\n    id\n    kind\n    slug\n    name\n    shortDescription\n    tags\n    address {\n      city\n    }\n    communityCount\n    followerCount\n    image {\n      id\n      url(size: THUMB)\n    }\n  }\n": types.ElementCardFieldsFragmentDoc,
    "\n  fragment ElementDetails on CommunityElement {\n    __typename\n    id\n    kind\n    slug\n    name\n    shortDescription\n    description\n    descriptionHtml\n    tags\n    image {\n      id\n      urls {\n        thumb\n        medium\n      }\n    }\n    banner {\n      id\n      urls {\n        medium\n        large\n      }\n    }\n    website\n    socialLinks {\n      network\n      url\n    }\n    extraLinks {\n      kind\n      url\n      label\n    }\n    address {\n      street\n      postalCode\n      city\n      country\n    }\n    location {\n      latitude\n      longitude\n    }\n    email\n    phone\n    deletionRequestedAt\n    createdAt\n    updatedAt\n    settings {\n      private\n      memberList\n      contactFields\n      openEdition\n      openMembership\n    }\n    creator {\n      id\n      username\n      displayName\n    }\n    viewer {\n      inCommunity\n      isAdmin\n      canEdit\n    }\n    communityCount\n    followerCount\n    viewerFollows\n    viewerLink {\n      id\n      state\n      isAdmin\n      adminRequested\n    }\n    administrators {\n      id\n    }\n    ... on Organization {\n      type\n    }\n    ... on Project {\n      stage\n      startsOn\n      endsOn\n      licence\n      carrier {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n    ... on Event {\n      eventType: type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n      onlineUrl\n      recurrenceRule\n      recurrenceExceptions\n      attendeeLimit\n      parentEvent {\n        id\n        slug\n        name\n      }\n      organizers {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Project {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": types.ElementDetailsFragmentDoc,
    "\n  query ElementHistory($slug: String!, $after: String) {\n    element(slug: $slug) {\n      id\n      ... on CommunityElement {\n        history(first: 20, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          nodes {\n            id\n            createdAt\n            revertsId\n            author {\n              id\n              username\n              displayName\n            }\n            changes {\n              field\n              before\n              after\n              hidden\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ElementHistoryDocument,
    "\n  mutation RevertElementRevision($input: RevertRevisionInput!) {\n    revertElementRevision(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.RevertElementRevisionDocument,
    "\n  mutation UpdateElementSettings($input: UpdateElementSettingsInput!) {\n    updateElementSettings(input: $input) {\n      id\n      settings {\n        private\n        memberList\n        contactFields\n        openEdition\n        openMembership\n      }\n    }\n  }\n": types.UpdateElementSettingsDocument,
    "\n  mutation RequestElementDeletion($input: ElementIdInput!) {\n    requestElementDeletion(input: $input) {\n      id\n      deletionRequestedAt\n    }\n  }\n": types.RequestElementDeletionDocument,
    "\n  mutation RefuseElementDeletion($input: ElementIdInput!) {\n    refuseElementDeletion(input: $input) {\n      id\n      deletionRequestedAt\n    }\n  }\n": types.RefuseElementDeletionDocument,
    "\n  query Events($after: String) {\n    events(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ElementCardFields\n        type\n        startsAt\n        endsAt\n        timeZone\n        allDay\n        recurrenceRule\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n": types.EventDocument,
    "\n  query EventSchedule($slug: String!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    event(slug: $slug) {\n      id\n      subEvents(first: 20) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          startsAt\n          endsAt\n          timeZone\n          allDay\n        }\n      }\n      occurrences(from: $from, to: $to, first: 10) {\n        originalStart\n        startsAt\n        endsAt\n        changedEvent {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.EventScheduleDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.UpdateEventDocument,
    "\n  query OrganizationEvents($slug: String!) {\n    organization(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n\n  fragment EventList on EventConnection {\n    totalCount\n    nodes {\n      id\n      kind\n      slug\n      name\n      address {\n        city\n      }\n      communityCount\n      followerCount\n      shortDescription\n      tags\n      image {\n        id\n        url(size: THUMB)\n      }\n      type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n    }\n  }\n": types.OrganizationEventsDocument,
    "\n  query ProjectEvents($slug: String!) {\n    project(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n": types.ProjectEventsDocument,
    "\n  query OrganizerChoices {\n    me {\n      id\n      displayName\n      memberships(state: ACTIVE, first: 100) {\n        nodes {\n          id\n          isAdmin\n          element {\n            id\n            kind\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrganizerChoicesDocument,
    "\n  mutation SetEventOrganizers($input: SetEventOrganizersInput!) {\n    setEventOrganizers(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.SetEventOrganizersDocument,
    "\n  mutation CancelOccurrence($input: CancelOccurrenceInput!) {\n    cancelOccurrence(input: $input) {\n      id\n      recurrenceExceptions\n    }\n  }\n": types.CancelOccurrenceDocument,
    "\n  mutation RestoreOccurrence($input: RestoreOccurrenceInput!) {\n    restoreOccurrence(input: $input) {\n      id\n      recurrenceExceptions\n    }\n  }\n": types.RestoreOccurrenceDocument,
    "\n  mutation ChangeOccurrence($input: ChangeOccurrenceInput!) {\n    changeOccurrence(input: $input) {\n      id\n      slug\n    }\n  }\n": types.ChangeOccurrenceDocument,
    "\n  query HelpArticles($language: Language!, $search: String, $category: HelpCategory) {\n    helpArticles(language: $language, search: $search, category: $category) {\n      slug\n      language\n      title\n      category\n      excerpt\n    }\n  }\n": types.HelpArticlesDocument,
    "\n  query HelpArticle($slug: String!, $language: Language!) {\n    helpArticle(slug: $slug, language: $language) {\n      slug\n      language\n      title\n      category\n      html\n    }\n  }\n": types.HelpArticleDocument,
    "\n  query HelpCommunity {\n    helpCommunity {\n      id\n      slug\n      name\n    }\n  }\n": types.HelpCommunityDocument,
    "\n  query FirstSteps {\n    me {\n      id\n      firstSteps {\n        ...FirstStepsFields\n      }\n    }\n  }\n": types.FirstStepsDocument,
    "\n  fragment FirstStepsFields on FirstSteps {\n    dismissed\n    steps {\n      key\n      done\n      url\n    }\n  }\n": types.FirstStepsFieldsFragmentDoc,
    "\n  mutation DismissFirstSteps {\n    dismissFirstSteps {\n      ...FirstStepsFields\n    }\n  }\n": types.DismissFirstStepsDocument,
    "\n  query Home {\n    organizations(first: 6) {\n      totalCount\n      nodes {\n        ...OrganizationCard\n      }\n    }\n    events(first: 6) {\n      totalCount\n      nodes {\n        ...ElementCardFields\n        type\n        startsAt\n        endsAt\n        timeZone\n        allDay\n      }\n    }\n    projects(first: 12) {\n      totalCount\n      nodes {\n        ...ElementCardFields\n        stage\n        endsOn\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query InstanceLicence {\n    instance {\n      name\n      url\n      licence {\n        id\n        name\n        url\n        attribution\n      }\n    }\n  }\n": types.InstanceLicenceDocument,
    "\n  query InstanceSettings {\n    instance {\n      name\n      description\n      contactEmail\n      contactUrl\n      area {\n        place {\n          id\n          name\n        }\n        radiusKm\n      }\n      licence {\n        id\n      }\n    }\n  }\n": types.InstanceSettingsDocument,
    "\n  mutation UpdateInstance($input: UpdateInstanceInput!) {\n    updateInstance(input: $input) {\n      name\n      description\n      contactEmail\n      contactUrl\n      area {\n        place {\n          id\n          name\n        }\n        radiusKm\n      }\n      licence {\n        id\n        name\n        url\n        attribution\n      }\n    }\n  }\n": types.UpdateInstanceDocument,
    "\n  query InstanceReports($after: String) {\n    instanceReports(first: 20, after: $after) {\n      totalCount\n      nodes {\n        ...ReportDetails\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.InstanceReportsDocument,
    "\n  fragment CommunityLink on Link {\n    id\n    type\n    state\n    isAdmin\n    adminRequested\n    roles\n    createdAt\n    invitedEmail\n    person {\n      id\n      username\n      displayName\n    }\n    memberOrganization {\n      id\n      slug\n      name\n    }\n  }\n": types.CommunityLinkFragmentDoc,
    "\n  query ElementCommunity($slug: String!, $state: LinkState!, $after: String) {\n    element(slug: $slug) {\n      id\n      ... on CommunityElement {\n        communityCount\n        community(state: $state, first: 20, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          nodes {\n            ...CommunityLink\n          }\n        }\n      }\n    }\n  }\n": types.ElementCommunityDocument,
    "\n  fragment LinkRemoval on LinkRemoval {\n    linkId\n    element {\n      id\n      communityCount\n      followerCount\n      viewerFollows\n      viewerLink {\n        id\n      }\n    }\n    followedPerson {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": types.LinkRemovalFragmentDoc,
    "\n  mutation Follow($input: FollowTargetInput!) {\n    follow(input: $input) {\n      id\n    }\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($input: FollowTargetInput!) {\n    unfollow(input: $input) {\n      ...LinkRemoval\n    }\n  }\n": types.UnfollowDocument,
    "\n  mutation JoinElement($input: JoinElementInput!) {\n    joinElement(input: $input) {\n      id\n      state\n    }\n  }\n": types.JoinElementDocument,
    "\n  mutation LeaveElement($input: LeaveElementInput!) {\n    leaveElement(input: $input) {\n      ...LinkRemoval\n    }\n  }\n": types.LeaveElementDocument,
    "\n  mutation AcceptInvitation($input: LinkIdInput!) {\n    acceptInvitation(input: $input) {\n      id\n      state\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($input: LinkIdInput!) {\n    declineInvitation(input: $input) {\n      ...LinkRemoval\n    }\n  }\n": types.DeclineInvitationDocument,
    "\n  mutation RequestAdministration($input: RequestAdministrationInput!) {\n    requestAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n": types.RequestAdministrationDocument,
    "\n  mutation ValidateRequest($input: LinkIdInput!) {\n    validateRequest(input: $input) {\n      id\n      state\n    }\n  }\n": types.ValidateRequestDocument,
    "\n  mutation RefuseRequest($input: LinkIdInput!) {\n    refuseRequest(input: $input) {\n      ...LinkRemoval\n    }\n  }\n": types.RefuseRequestDocument,
    "\n  mutation ValidateAdministration($input: LinkIdInput!) {\n    validateAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n": types.ValidateAdministrationDocument,
    "\n  mutation RefuseAdministration($input: LinkIdInput!) {\n    refuseAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n": types.RefuseAdministrationDocument,
    "\n  mutation RemoveFromElement($input: LinkIdInput!) {\n    removeFromElement(input: $input) {\n      ...LinkRemoval\n    }\n  }\n": types.RemoveFromElementDocument,
    "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": types.SetRolesDocument,
    "\n  mutation InviteToElement($input: InviteToElementInput!) {\n    inviteToElement(input: $input) {\n      id\n      state\n    }\n  }\n": types.InviteToElementDocument,
    "\n  mutation InviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      id\n    }\n  }\n": types.InviteByEmailDocument,
    "\n  query PersonByUsername($username: String!) {\n    person(username: $username) {\n      id\n      displayName\n    }\n  }\n": types.PersonByUsernameDocument,
    "\n  query MyMemberships($state: LinkState!, $after: String) {\n    me {\n      id\n      memberships(state: $state, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          state\n          isAdmin\n          adminRequested\n          roles\n          element {\n            id\n            kind\n            slug\n            name\n            shortDescription\n          }\n        }\n      }\n    }\n  }\n": types.MyMembershipsDocument,
    "\n  fragment NewsItem on News {\n    id\n    audience\n    text\n    textHtml\n    tags\n    createdAt\n    edited\n    asElement\n    commentCount\n    viewerReaction\n    viewerMayRemove\n    viewerMayEdit\n    viewerMayHide\n    reactionCounts {\n      kind\n      count\n    }\n    author {\n      id\n      username\n      displayName\n      image {\n        id\n        url(size: THUMB)\n      }\n    }\n    wall {\n      id\n      kind\n      slug\n      name\n      image {\n        id\n        url(size: THUMB)\n      }\n    }\n    images {\n      id\n      width\n      height\n      url(size: MEDIUM)\n      large: url(size: LARGE)\n    }\n    activity {\n      kind\n      stage\n      person {\n        id\n        username\n        displayName\n      }\n      organization {\n        id\n        kind\n        slug\n        name\n      }\n    }\n  }\n": types.NewsItemFragmentDoc,
    "\n  fragment NewsPage on NewsConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...NewsItem\n    }\n  }\n": types.NewsPageFragmentDoc,
    "\n  query Live($area: AreaInput!, $after: String) {\n    live(area: $area, first: 20, after: $after) {\n      ...NewsPage\n    }\n  }\n": types.LiveDocument,
    "\n  query MyFeed($after: String) {\n    myFeed(first: 20, after: $after) {\n      ...NewsPage\n    }\n  }\n": types.MyFeedDocument,
    "\n  query WallNews($id: ID!, $after: String) {\n    element(id: $id) {\n      id\n      ... on CommunityElement {\n        news(first: 20, after: $after) {\n          ...NewsPage\n        }\n      }\n      ... on Person {\n        news(first: 20, after: $after) {\n          ...NewsPage\n        }\n      }\n    }\n  }\n": types.WallNewsDocument,
    "\n  fragment NewsFeedChange on NewsFeedEvent {\n    change\n    newsId\n  }\n": types.NewsFeedChangeFragmentDoc,
    "\n  query NewsById($id: ID!) {\n    news(newsId: $id) {\n      ...NewsItem\n    }\n  }\n": types.NewsByIdDocument,
    "\n  subscription LiveChanges($area: AreaInput!) {\n    liveNews(area: $area) {\n      ...NewsFeedChange\n    }\n  }\n": types.LiveChangesDocument,
    "\n  subscription MyFeedChanges {\n    myFeedNews {\n      ...NewsFeedChange\n    }\n  }\n": types.MyFeedChangesDocument,
    "\n  subscription WallChanges($wallId: ID!) {\n    wallNews(wallId: $wallId) {\n      ...NewsFeedChange\n    }\n  }\n": types.WallChangesDocument,
    "\n  mutation PostNews($input: PostNewsInput!) {\n    postNews(input: $input) {\n      ...NewsItem\n    }\n  }\n": types.PostNewsDocument,
    "\n  mutation ReactToNews($input: ReactInput!) {\n    reactToNews(input: $input) {\n      id\n      viewerReaction\n      reactionCounts {\n        kind\n        count\n      }\n    }\n  }\n": types.ReactToNewsDocument,
    "\n  mutation DeleteNews($id: ID!) {\n    deleteNews(input: { id: $id }) {\n      id\n    }\n  }\n": types.DeleteNewsDocument,
    "\n  mutation EditNews($input: EditNewsInput!) {\n    editNews(input: $input) {\n      ...NewsItem\n    }\n  }\n": types.EditNewsDocument,
    "\n  mutation HideNews($id: ID!) {\n    hideNews(input: { id: $id }) {\n      id\n    }\n  }\n": types.HideNewsDocument,
    "\n  mutation ReportNews($input: ReportNewsInput!) {\n    reportNews(input: $input) {\n      id\n    }\n  }\n": types.ReportNewsDocument,
    "\n  query NewsComments($id: ID!) {\n    news(newsId: $id) {\n      id\n      commentCount\n      comments(first: 50) {\n        nodes {\n          id\n          textHtml\n          createdAt\n          author {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.NewsCommentsDocument,
    "\n  mutation CommentNews($input: CommentNewsInput!) {\n    commentNews(input: $input) {\n      id\n    }\n  }\n": types.CommentNewsDocument,
    "\n  query MyWalls {\n    me {\n      id\n      displayName\n      memberships(state: ACTIVE, first: 100) {\n        nodes {\n          id\n          isAdmin\n          element {\n            id\n            kind\n            name\n            ... on CommunityElement {\n              settings {\n                private\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyWallsDocument,
    "\n  query MentionElements($text: String!) {\n    search(filter: { text: $text }, first: 5) {\n      nodes {\n        id\n        kind\n        slug\n        name\n      }\n    }\n  }\n": types.MentionElementsDocument,
    "\n  query MentionPeople($text: String!) {\n    people(search: $text, first: 5) {\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.MentionPeopleDocument,
    "\n  query PlaceChoices($search: String!) {\n    places(search: $search, first: 8) {\n      id\n      name\n      postalCodes\n      latitude\n      longitude\n    }\n  }\n": types.PlaceChoicesDocument,
    "\n  fragment ReportDetails on Report {\n    id\n    reason\n    createdAt\n    commentId\n    reporter {\n      id\n      username\n      displayName\n    }\n    news {\n      id\n      text\n      wall {\n        id\n        kind\n        slug\n        name\n      }\n    }\n  }\n": types.ReportDetailsFragmentDoc,
    "\n  query WallReports($wallId: ID!, $after: String) {\n    newsReports(wallId: $wallId, first: 20, after: $after) {\n      totalCount\n      nodes {\n        ...ReportDetails\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.WallReportsDocument,
    "\n  mutation HandleReport($input: HandleReportInput!) {\n    handleReport(input: $input) {\n      id\n      state\n    }\n  }\n": types.HandleReportDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n": types.UnreadNotificationCountChangedDocument,
    "\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        count\n        read\n        updatedAt\n        actors {\n          id\n          displayName\n          username\n        }\n        element {\n          id\n          kind\n          slug\n          name\n        }\n        news {\n          id\n          wall {\n            id\n            kind\n            slug\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      id\n      read\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      deliveries {\n        kind\n        delivery\n      }\n      elements {\n        level\n        element {\n          id\n          kind\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation SetMailDelivery($input: SetMailDeliveryInput!) {\n    setMailDelivery(input: $input) {\n      kind\n      delivery\n    }\n  }\n": types.SetMailDeliveryDocument,
    "\n  mutation SetNotificationLevel($input: SetNotificationLevelInput!) {\n    setNotificationLevel(input: $input) {\n      level\n      element {\n        id\n      }\n    }\n  }\n": types.SetNotificationLevelDocument,
    "\n  query OpenDataInstance {\n    instance {\n      dataLicence\n    }\n  }\n": types.OpenDataInstanceDocument,
    "\n  fragment OrganizationCard on Organization {\n    ...ElementCardFields\n    type\n  }\n": types.OrganizationCardFragmentDoc,
    "\n  query Organizations($after: String) {\n    organizations(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...OrganizationCard\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query Organization($slug: String!) {\n    organization(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n": types.OrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  fragment PersonCardFields on Person {\n    id\n    username\n    displayName\n    shortDescription\n    locality\n    followerCount\n    image {\n      id\n      url(size: THUMB)\n    }\n  }\n": types.PersonCardFieldsFragmentDoc,
    "\n  query People($search: String, $after: String) {\n    people(search: $search, first: 24, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PersonCardFields\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query PersonTies($username: String!, $after: String) {\n    person(username: $username) {\n      id\n      followerCount\n      viewerFollows\n      memberships(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          isAdmin\n          roles\n          element {\n            id\n            ... on CommunityElement {\n              ...ElementCardFields\n            }\n          }\n        }\n      }\n      following(first: 50) {\n        totalCount\n        nodes {\n          id\n          element {\n            id\n            ... on CommunityElement {\n              ...ElementCardFields\n            }\n          }\n          followedPerson {\n            ...PersonCardFields\n          }\n        }\n      }\n    }\n  }\n": types.PersonTiesDocument,
    "\n  mutation FollowPerson($personId: ID!) {\n    follow(input: { personId: $personId }) {\n      id\n      followedPerson {\n        id\n        followerCount\n        viewerFollows\n      }\n    }\n  }\n": types.FollowPersonDocument,
    "\n  fragment ProfileFields on Person {\n    id\n    username\n    displayName\n    shortDescription\n    description\n    tags\n    website\n    socialLinks {\n      network\n      url\n    }\n    language\n    createdAt\n    email\n    phone\n    birthDate\n    locality\n    image {\n      id\n      urls {\n        thumb\n        medium\n      }\n    }\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  query PersonProfile($username: String!) {\n    person(username: $username) {\n      ...ProfileFields\n    }\n  }\n": types.PersonProfileDocument,
    "\n  query MyVisibility {\n    me {\n      ...PrivacySettingsFields\n    }\n  }\n": types.MyVisibilityDocument,
    "\n  query MyProfile {\n    me {\n      ...ProfileFields\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment PrivacySettingsFields on Person {\n    id\n    privacySettings {\n      email\n      phone\n      birthDate\n      locality\n      directory\n    }\n  }\n": types.PrivacySettingsFieldsFragmentDoc,
    "\n  query MyPrivacySettings {\n    me {\n      ...PrivacySettingsFields\n    }\n  }\n": types.MyPrivacySettingsDocument,
    "\n  mutation UpdatePrivacySettings($input: UpdatePrivacySettingsInput!) {\n    updatePrivacySettings(input: $input) {\n      ...PrivacySettingsFields\n    }\n  }\n": types.UpdatePrivacySettingsDocument,
    "\n  query Projects($after: String) {\n    projects(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ElementCardFields\n        stage\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  query Project($slug: String!) {\n    project(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n": types.ProjectDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  query OrganizationProjects($slug: String!) {\n    organization(slug: $slug) {\n      id\n      projects(first: 100) {\n        totalCount\n        nodes {\n          ...ElementCardFields\n          stage\n        }\n      }\n    }\n  }\n": types.OrganizationProjectsDocument,
    "\n  fragment ViewerFields on Person {\n    id\n    username\n    displayName\n    language\n    email\n    emailVerified\n    isInstanceAdmin\n    image {\n      id\n      url(size: THUMB)\n    }\n    homeArea {\n      radiusKm\n      place {\n        id\n        name\n        inseeCode\n        postalCodes\n        latitude\n        longitude\n      }\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  mutation ClearHomeArea {\n    clearHomeArea {\n      ...ViewerFields\n    }\n  }\n": types.ClearHomeAreaDocument,
    "\n  mutation SetHomeArea($input: HomeAreaInput!) {\n    setHomeArea(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SetHomeAreaDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  query Instance {\n    instance {\n      mailOutboxUrl\n      deletionDelayDays\n      timeZone\n      mapTiles {\n        urlTemplate\n        attribution\n      }\n    }\n  }\n": types.InstanceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification($input: ResendVerificationInput!) {\n    resendVerification(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResendVerification($input: ResendVerificationInput!) {\n    resendVerification(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places($search: String!) {\n    places(search: $search, first: 8) {\n      id\n      name\n      region\n      country\n      inseeCode\n      postalCodes\n      latitude\n      longitude\n    }\n  }\n"): (typeof documents)["\n  query Places($search: String!) {\n    places(search: $search, first: 8) {\n      id\n      name\n      region\n      country\n      inseeCode\n      postalCodes\n      latitude\n      longitude\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchResult on CommunityElement {\n    ...ElementCardFields\n    ... on Organization {\n      organizationType: type\n    }\n    ... on Project {\n      stage\n      endsOn\n    }\n    ... on Event {\n      eventType: type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n    }\n  }\n"): (typeof documents)["\n  fragment SearchResult on CommunityElement {\n    ...ElementCardFields\n    ... on Organization {\n      organizationType: type\n    }\n    ... on Project {\n      stage\n      endsOn\n    }\n    ... on Event {\n      eventType: type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {\n    search(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SearchResult\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {\n    search(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...SearchResult\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tags($area: AreaInput) {\n    tags(area: $area, first: 20) {\n      tag\n      count\n    }\n  }\n"): (typeof documents)["\n  query Tags($area: AreaInput) {\n    tags(area: $area, first: 20) {\n      tag\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapMarkers($box: BoundingBoxInput!, $zoom: Int!, $filter: SearchFilter) {\n    mapMarkers(box: $box, zoom: $zoom, filter: $filter) {\n      total\n      markers {\n        id\n        slug\n        name\n        kind\n        latitude\n        longitude\n      }\n      clusters {\n        latitude\n        longitude\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapMarkers($box: BoundingBoxInput!, $zoom: Int!, $filter: SearchFilter) {\n    mapMarkers(box: $box, zoom: $zoom, filter: $filter) {\n      total\n      markers {\n        id\n        slug\n        name\n        kind\n        latitude\n        longitude\n      }\n      clusters {\n        latitude\n        longitude\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeAround($near: NearInput!) {\n    organizations: search(filter: { kinds: [ORGANIZATION], area: { near: $near } }, sort: DISTANCE, first: 6) {\n      totalCount\n      nodes {\n        ...SearchResult\n      }\n    }\n    events: search(\n      filter: { kinds: [EVENT], area: { near: $near }, dates: { preset: UPCOMING } }\n      sort: DATE\n      first: 6\n    ) {\n      totalCount\n      nodes {\n        ...SearchResult\n      }\n    }\n    projects: search(filter: { kinds: [PROJECT], area: { near: $near } }, sort: DISTANCE, first: 12) {\n      totalCount\n      nodes {\n        ...SearchResult\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeAround($near: NearInput!) {\n    organizations: search(filter: { kinds: [ORGANIZATION], area: { near: $near } }, sort: DISTANCE, first: 6) {\n      totalCount\n      nodes {\n        ...SearchResult\n      }\n    }\n    events: search(\n      filter: { kinds: [EVENT], area: { near: $near }, dates: { preset: UPCOMING } }\n      sort: DATE\n      first: 6\n    ) {\n      totalCount\n      nodes {\n        ...SearchResult\n      }\n    }\n    projects: search(filter: { kinds: [PROJECT], area: { near: $near } }, sort: DISTANCE, first: 12) {\n      totalCount\n      nodes {\n        ...SearchResult\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ElementCardFields on CommunityElement {\n    id\n    kind\n    slug\n    name\n    shortDescription\n    tags\n    address {\n      city\n    }\n    communityCount\n    followerCount\n    image {\n      id\n      url(size: THUMB)\n    }\n  }\n"): (typeof documents)["\n  fragment ElementCardFields on CommunityElement {\n    id\n    kind\n    slug\n    name\n    shortDescription\n    tags\n    address {\n      city\n    }\n    communityCount\n    followerCount\n    image {\n      id\n      url(size: THUMB)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ElementDetails on CommunityElement {\n    __typename\n    id\n    kind\n    slug\n    name\n    shortDescription\n    description\n    descriptionHtml\n    tags\n    image {\n      id\n      urls {\n        thumb\n        medium\n      }\n    }\n    banner {\n      id\n      urls {\n        medium\n        large\n      }\n    }\n    website\n    socialLinks {\n      network\n      url\n    }\n    extraLinks {\n      kind\n      url\n      label\n    }\n    address {\n      street\n      postalCode\n      city\n      country\n    }\n    location {\n      latitude\n      longitude\n    }\n    email\n    phone\n    deletionRequestedAt\n    createdAt\n    updatedAt\n    settings {\n      private\n      memberList\n      contactFields\n      openEdition\n      openMembership\n    }\n    creator {\n      id\n      username\n      displayName\n    }\n    viewer {\n      inCommunity\n      isAdmin\n      canEdit\n    }\n    communityCount\n    followerCount\n    viewerFollows\n    viewerLink {\n      id\n      state\n      isAdmin\n      adminRequested\n    }\n    administrators {\n      id\n    }\n    ... on Organization {\n      type\n    }\n    ... on Project {\n      stage\n      startsOn\n      endsOn\n      licence\n      carrier {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n    ... on Event {\n      eventType: type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n      onlineUrl\n      recurrenceRule\n      recurrenceExceptions\n      attendeeLimit\n      parentEvent {\n        id\n        slug\n        name\n      }\n      organizers {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Project {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ElementDetails on CommunityElement {\n    __typename\n    id\n    kind\n    slug\n    name\n    shortDescription\n    description\n    descriptionHtml\n    tags\n    image {\n      id\n      urls {\n        thumb\n        medium\n      }\n    }\n    banner {\n      id\n      urls {\n        medium\n        large\n      }\n    }\n    website\n    socialLinks {\n      network\n      url\n    }\n    extraLinks {\n      kind\n      url\n      label\n    }\n    address {\n      street\n      postalCode\n      city\n      country\n    }\n    location {\n      latitude\n      longitude\n    }\n    email\n    phone\n    deletionRequestedAt\n    createdAt\n    updatedAt\n    settings {\n      private\n      memberList\n      contactFields\n      openEdition\n      openMembership\n    }\n    creator {\n      id\n      username\n      displayName\n    }\n    viewer {\n      inCommunity\n      isAdmin\n      canEdit\n    }\n    communityCount\n    followerCount\n    viewerFollows\n    viewerLink {\n      id\n      state\n      isAdmin\n      adminRequested\n    }\n    administrators {\n      id\n    }\n    ... on Organization {\n      type\n    }\n    ... on Project {\n      stage\n      startsOn\n      endsOn\n      licence\n      carrier {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n    ... on Event {\n      eventType: type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n      onlineUrl\n      recurrenceRule\n      recurrenceExceptions\n      attendeeLimit\n      parentEvent {\n        id\n        slug\n        name\n      }\n      organizers {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Project {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementHistory($slug: String!, $after: String) {\n    element(slug: $slug) {\n      id\n      ... on CommunityElement {\n        history(first: 20, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          nodes {\n            id\n            createdAt\n            revertsId\n            author {\n              id\n              username\n              displayName\n            }\n            changes {\n              field\n              before\n              after\n              hidden\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ElementHistory($slug: String!, $after: String) {\n    element(slug: $slug) {\n      id\n      ... on CommunityElement {\n        history(first: 20, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          nodes {\n            id\n            createdAt\n            revertsId\n            author {\n              id\n              username\n              displayName\n            }\n            changes {\n              field\n              before\n              after\n              hidden\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevertElementRevision($input: RevertRevisionInput!) {\n    revertElementRevision(input: $input) {\n      ...ElementDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RevertElementRevision($input: RevertRevisionInput!) {\n    revertElementRevision(input: $input) {\n      ...ElementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateElementSettings($input: UpdateElementSettingsInput!) {\n    updateElementSettings(input: $input) {\n      id\n      settings {\n        private\n        memberList\n        contactFields\n        openEdition\n        openMembership\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateElementSettings($input: UpdateElementSettingsInput!) {\n    updateElementSettings(input: $input) {\n      id\n      settings {\n        private\n        memberList\n        contactFields\n        openEdition\n        openMembership\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestElementDeletion($input: ElementIdInput!) {\n    requestElementDeletion(input: $input) {\n      id\n      deletionRequestedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestElementDeletion($input: ElementIdInput!) {\n    requestElementDeletion(input: $input) {\n      id\n      deletionRequestedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseElementDeletion($input: ElementIdInput!) {\n    refuseElementDeletion(input: $input) {\n      id\n      deletionRequestedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseElementDeletion($input: ElementIdInput!) {\n    refuseElementDeletion(input: $input) {\n      id\n      deletionRequestedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($after: String) {\n    events(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ElementCardFields\n        type\n        startsAt\n        endsAt\n        timeZone\n        allDay\n        recurrenceRule\n      }\n    }\n  }\n"): (typeof documents)["\n  query Events($after: String) {\n    events(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ElementCardFields\n        type\n        startsAt\n        endsAt\n        timeZone\n        allDay\n        recurrenceRule\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n"): (typeof documents)["\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventSchedule($slug: String!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    event(slug: $slug) {\n      id\n      subEvents(first: 20) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          startsAt\n          endsAt\n          timeZone\n          allDay\n        }\n      }\n      occurrences(from: $from, to: $to, first: 10) {\n        originalStart\n        startsAt\n        endsAt\n        changedEvent {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventSchedule($slug: String!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    event(slug: $slug) {\n      id\n      subEvents(first: 20) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          startsAt\n          endsAt\n          timeZone\n          allDay\n        }\n      }\n      occurrences(from: $from, to: $to, first: 10) {\n        originalStart\n        startsAt\n        endsAt\n        changedEvent {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...ElementDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...ElementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...ElementDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...ElementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationEvents($slug: String!) {\n    organization(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n\n  fragment EventList on EventConnection {\n    totalCount\n    nodes {\n      id\n      kind\n      slug\n      name\n      address {\n        city\n      }\n      communityCount\n      followerCount\n      shortDescription\n      tags\n      image {\n        id\n        url(size: THUMB)\n      }\n      type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n    }\n  }\n"): (typeof documents)["\n  query OrganizationEvents($slug: String!) {\n    organization(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n\n  fragment EventList on EventConnection {\n    totalCount\n    nodes {\n      id\n      kind\n      slug\n      name\n      address {\n        city\n      }\n      communityCount\n      followerCount\n      shortDescription\n      tags\n      image {\n        id\n        url(size: THUMB)\n      }\n      type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectEvents($slug: String!) {\n    project(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectEvents($slug: String!) {\n    project(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerChoices {\n    me {\n      id\n      displayName\n      memberships(state: ACTIVE, first: 100) {\n        nodes {\n          id\n          isAdmin\n          element {\n            id\n            kind\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerChoices {\n    me {\n      id\n      displayName\n      memberships(state: ACTIVE, first: 100) {\n        nodes {\n          id\n          isAdmin\n          element {\n            id\n            kind\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEventOrganizers($input: SetEventOrganizersInput!) {\n    setEventOrganizers(input: $input) {\n      ...ElementDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SetEventOrganizers($input: SetEventOrganizersInput!) {\n    setEventOrganizers(input: $input) {\n      ...ElementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOccurrence($input: CancelOccurrenceInput!) {\n    cancelOccurrence(input: $input) {\n      id\n      recurrenceExceptions\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOccurrence($input: CancelOccurrenceInput!) {\n    cancelOccurrence(input: $input) {\n      id\n      recurrenceExceptions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreOccurrence($input: RestoreOccurrenceInput!) {\n    restoreOccurrence(input: $input) {\n      id\n      recurrenceExceptions\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreOccurrence($input: RestoreOccurrenceInput!) {\n    restoreOccurrence(input: $input) {\n      id\n      recurrenceExceptions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOccurrence($input: ChangeOccurrenceInput!) {\n    changeOccurrence(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOccurrence($input: ChangeOccurrenceInput!) {\n    changeOccurrence(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpArticles($language: Language!, $search: String, $category: HelpCategory) {\n    helpArticles(language: $language, search: $search, category: $category) {\n      slug\n      language\n      title\n      category\n      excerpt\n    }\n  }\n"): (typeof documents)["\n  query HelpArticles($language: Language!, $search: String, $category: HelpCategory) {\n    helpArticles(language: $language, search: $search, category: $category) {\n      slug\n      language\n      title\n      category\n      excerpt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpArticle($slug: String!, $language: Language!) {\n    helpArticle(slug: $slug, language: $language) {\n      slug\n      language\n      title\n      category\n      html\n    }\n  }\n"): (typeof documents)["\n  query HelpArticle($slug: String!, $language: Language!) {\n    helpArticle(slug: $slug, language: $language) {\n      slug\n      language\n      title\n      category\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpCommunity {\n    helpCommunity {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query HelpCommunity {\n    helpCommunity {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstSteps {\n    me {\n      id\n      firstSteps {\n        ...FirstStepsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstSteps {\n    me {\n      id\n      firstSteps {\n        ...FirstStepsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirstStepsFields on FirstSteps {\n    dismissed\n    steps {\n      key\n      done\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment FirstStepsFields on FirstSteps {\n    dismissed\n    steps {\n      key\n      done\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissFirstSteps {\n    dismissFirstSteps {\n      ...FirstStepsFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissFirstSteps {\n    dismissFirstSteps {\n      ...FirstStepsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    organizations(first: 6) {\n      totalCount\n      nodes {\n        ...OrganizationCard\n      }\n    }\n    events(first: 6) {\n      totalCount\n      nodes {\n        ...ElementCardFields\n        type\n        startsAt\n        endsAt\n        timeZone\n        allDay\n      }\n    }\n    projects(first: 12) {\n      totalCount\n      nodes {\n        ...ElementCardFields\n        stage\n        endsOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    organizations(first: 6) {\n      totalCount\n      nodes {\n        ...OrganizationCard\n      }\n    }\n    events(first: 6) {\n      totalCount\n      nodes {\n        ...ElementCardFields\n        type\n        startsAt\n        endsAt\n        timeZone\n        allDay\n      }\n    }\n    projects(first: 12) {\n      totalCount\n      nodes {\n        ...ElementCardFields\n        stage\n        endsOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstanceLicence {\n    instance {\n      name\n      url\n      licence {\n        id\n        name\n        url\n        attribution\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstanceLicence {\n    instance {\n      name\n      url\n      licence {\n        id\n        name\n        url\n        attribution\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstanceSettings {\n    instance {\n      name\n      description\n      contactEmail\n      contactUrl\n      area {\n        place {\n          id\n          name\n        }\n        radiusKm\n      }\n      licence {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstanceSettings {\n    instance {\n      name\n      description\n      contactEmail\n      contactUrl\n      area {\n        place {\n          id\n          name\n        }\n        radiusKm\n      }\n      licence {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInstance($input: UpdateInstanceInput!) {\n    updateInstance(input: $input) {\n      name\n      description\n      contactEmail\n      contactUrl\n      area {\n        place {\n          id\n          name\n        }\n        radiusKm\n      }\n      licence {\n        id\n        name\n        url\n        attribution\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInstance($input: UpdateInstanceInput!) {\n    updateInstance(input: $input) {\n      name\n      description\n      contactEmail\n      contactUrl\n      area {\n        place {\n          id\n          name\n        }\n        radiusKm\n      }\n      licence {\n        id\n        name\n        url\n        attribution\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstanceReports($after: String) {\n    instanceReports(first: 20, after: $after) {\n      totalCount\n      nodes {\n        ...ReportDetails\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstanceReports($after: String) {\n    instanceReports(first: 20, after: $after) {\n      totalCount\n      nodes {\n        ...ReportDetails\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityLink on Link {\n    id\n    type\n    state\n    isAdmin\n    adminRequested\n    roles\n    createdAt\n    invitedEmail\n    person {\n      id\n      username\n      displayName\n    }\n    memberOrganization {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CommunityLink on Link {\n    id\n    type\n    state\n    isAdmin\n    adminRequested\n    roles\n    createdAt\n    invitedEmail\n    person {\n      id\n      username\n      displayName\n    }\n    memberOrganization {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementCommunity($slug: String!, $state: LinkState!, $after: String) {\n    element(slug: $slug) {\n      id\n      ... on CommunityElement {\n        communityCount\n        community(state: $state, first: 20, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          nodes {\n            ...CommunityLink\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ElementCommunity($slug: String!, $state: LinkState!, $after: String) {\n    element(slug: $slug) {\n      id\n      ... on CommunityElement {\n        communityCount\n        community(state: $state, first: 20, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          nodes {\n            ...CommunityLink\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkRemoval on LinkRemoval {\n    linkId\n    element {\n      id\n      communityCount\n      followerCount\n      viewerFollows\n      viewerLink {\n        id\n      }\n    }\n    followedPerson {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  fragment LinkRemoval on LinkRemoval {\n    linkId\n    element {\n      id\n      communityCount\n      followerCount\n      viewerFollows\n      viewerLink {\n        id\n      }\n    }\n    followedPerson {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($input: FollowTargetInput!) {\n    follow(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Follow($input: FollowTargetInput!) {\n    follow(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($input: FollowTargetInput!) {\n    unfollow(input: $input) {\n      ...LinkRemoval\n    }\n  }\n"): (typeof documents)["\n  mutation Unfollow($input: FollowTargetInput!) {\n    unfollow(input: $input) {\n      ...LinkRemoval\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinElement($input: JoinElementInput!) {\n    joinElement(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation JoinElement($input: JoinElementInput!) {\n    joinElement(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveElement($input: LeaveElementInput!) {\n    leaveElement(input: $input) {\n      ...LinkRemoval\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveElement($input: LeaveElementInput!) {\n    leaveElement(input: $input) {\n      ...LinkRemoval\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: LinkIdInput!) {\n    acceptInvitation(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: LinkIdInput!) {\n    acceptInvitation(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($input: LinkIdInput!) {\n    declineInvitation(input: $input) {\n      ...LinkRemoval\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($input: LinkIdInput!) {\n    declineInvitation(input: $input) {\n      ...LinkRemoval\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAdministration($input: RequestAdministrationInput!) {\n    requestAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAdministration($input: RequestAdministrationInput!) {\n    requestAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidateRequest($input: LinkIdInput!) {\n    validateRequest(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ValidateRequest($input: LinkIdInput!) {\n    validateRequest(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseRequest($input: LinkIdInput!) {\n    refuseRequest(input: $input) {\n      ...LinkRemoval\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseRequest($input: LinkIdInput!) {\n    refuseRequest(input: $input) {\n      ...LinkRemoval\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidateAdministration($input: LinkIdInput!) {\n    validateAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n"): (typeof documents)["\n  mutation ValidateAdministration($input: LinkIdInput!) {\n    validateAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseAdministration($input: LinkIdInput!) {\n    refuseAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseAdministration($input: LinkIdInput!) {\n    refuseAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromElement($input: LinkIdInput!) {\n    removeFromElement(input: $input) {\n      ...LinkRemoval\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveFromElement($input: LinkIdInput!) {\n    removeFromElement(input: $input) {\n      ...LinkRemoval\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToElement($input: InviteToElementInput!) {\n    inviteToElement(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToElement($input: InviteToElementInput!) {\n    inviteToElement(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonByUsername($username: String!) {\n    person(username: $username) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query PersonByUsername($username: String!) {\n    person(username: $username) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMemberships($state: LinkState!, $after: String) {\n    me {\n      id\n      memberships(state: $state, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          state\n          isAdmin\n          adminRequested\n          roles\n          element {\n            id\n            kind\n            slug\n            name\n            shortDescription\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMemberships($state: LinkState!, $after: String) {\n    me {\n      id\n      memberships(state: $state, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          state\n          isAdmin\n          adminRequested\n          roles\n          element {\n            id\n            kind\n            slug\n            name\n            shortDescription\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsItem on News {\n    id\n    audience\n    text\n    textHtml\n    tags\n    createdAt\n    edited\n    asElement\n    commentCount\n    viewerReaction\n    viewerMayRemove\n    viewerMayEdit\n    viewerMayHide\n    reactionCounts {\n      kind\n      count\n    }\n    author {\n      id\n      username\n      displayName\n      image {\n        id\n        url(size: THUMB)\n      }\n    }\n    wall {\n      id\n      kind\n      slug\n      name\n      image {\n        id\n        url(size: THUMB)\n      }\n    }\n    images {\n      id\n      width\n      height\n      url(size: MEDIUM)\n      large: url(size: LARGE)\n    }\n    activity {\n      kind\n      stage\n      person {\n        id\n        username\n        displayName\n      }\n      organization {\n        id\n        kind\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NewsItem on News {\n    id\n    audience\n    text\n    textHtml\n    tags\n    createdAt\n    edited\n    asElement\n    commentCount\n    viewerReaction\n    viewerMayRemove\n    viewerMayEdit\n    viewerMayHide\n    reactionCounts {\n      kind\n      count\n    }\n    author {\n      id\n      username\n      displayName\n      image {\n        id\n        url(size: THUMB)\n      }\n    }\n    wall {\n      id\n      kind\n      slug\n      name\n      image {\n        id\n        url(size: THUMB)\n      }\n    }\n    images {\n      id\n      width\n      height\n      url(size: MEDIUM)\n      large: url(size: LARGE)\n    }\n    activity {\n      kind\n      stage\n      person {\n        id\n        username\n        displayName\n      }\n      organization {\n        id\n        kind\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsPage on NewsConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...NewsItem\n    }\n  }\n"): (typeof documents)["\n  fragment NewsPage on NewsConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...NewsItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Live($area: AreaInput!, $after: String) {\n    live(area: $area, first: 20, after: $after) {\n      ...NewsPage\n    }\n  }\n"): (typeof documents)["\n  query Live($area: AreaInput!, $after: String) {\n    live(area: $area, first: 20, after: $after) {\n      ...NewsPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFeed($after: String) {\n    myFeed(first: 20, after: $after) {\n      ...NewsPage\n    }\n  }\n"): (typeof documents)["\n  query MyFeed($after: String) {\n    myFeed(first: 20, after: $after) {\n      ...NewsPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallNews($id: ID!, $after: String) {\n    element(id: $id) {\n      id\n      ... on CommunityElement {\n        news(first: 20, after: $after) {\n          ...NewsPage\n        }\n      }\n      ... on Person {\n        news(first: 20, after: $after) {\n          ...NewsPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WallNews($id: ID!, $after: String) {\n    element(id: $id) {\n      id\n      ... on CommunityElement {\n        news(first: 20, after: $after) {\n          ...NewsPage\n        }\n      }\n      ... on Person {\n        news(first: 20, after: $after) {\n          ...NewsPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsFeedChange on NewsFeedEvent {\n    change\n    newsId\n  }\n"): (typeof documents)["\n  fragment NewsFeedChange on NewsFeedEvent {\n    change\n    newsId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsById($id: ID!) {\n    news(newsId: $id) {\n      ...NewsItem\n    }\n  }\n"): (typeof documents)["\n  query NewsById($id: ID!) {\n    news(newsId: $id) {\n      ...NewsItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveChanges($area: AreaInput!) {\n    liveNews(area: $area) {\n      ...NewsFeedChange\n    }\n  }\n"): (typeof documents)["\n  subscription LiveChanges($area: AreaInput!) {\n    liveNews(area: $area) {\n      ...NewsFeedChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyFeedChanges {\n    myFeedNews {\n      ...NewsFeedChange\n    }\n  }\n"): (typeof documents)["\n  subscription MyFeedChanges {\n    myFeedNews {\n      ...NewsFeedChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WallChanges($wallId: ID!) {\n    wallNews(wallId: $wallId) {\n      ...NewsFeedChange\n    }\n  }\n"): (typeof documents)["\n  subscription WallChanges($wallId: ID!) {\n    wallNews(wallId: $wallId) {\n      ...NewsFeedChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostNews($input: PostNewsInput!) {\n    postNews(input: $input) {\n      ...NewsItem\n    }\n  }\n"): (typeof documents)["\n  mutation PostNews($input: PostNewsInput!) {\n    postNews(input: $input) {\n      ...NewsItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToNews($input: ReactInput!) {\n    reactToNews(input: $input) {\n      id\n      viewerReaction\n      reactionCounts {\n        kind\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactToNews($input: ReactInput!) {\n    reactToNews(input: $input) {\n      id\n      viewerReaction\n      reactionCounts {\n        kind\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNews($id: ID!) {\n    deleteNews(input: { id: $id }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteNews($id: ID!) {\n    deleteNews(input: { id: $id }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditNews($input: EditNewsInput!) {\n    editNews(input: $input) {\n      ...NewsItem\n    }\n  }\n"): (typeof documents)["\n  mutation EditNews($input: EditNewsInput!) {\n    editNews(input: $input) {\n      ...NewsItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideNews($id: ID!) {\n    hideNews(input: { id: $id }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HideNews($id: ID!) {\n    hideNews(input: { id: $id }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportNews($input: ReportNewsInput!) {\n    reportNews(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportNews($input: ReportNewsInput!) {\n    reportNews(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsComments($id: ID!) {\n    news(newsId: $id) {\n      id\n      commentCount\n      comments(first: 50) {\n        nodes {\n          id\n          textHtml\n          createdAt\n          author {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewsComments($id: ID!) {\n    news(newsId: $id) {\n      id\n      commentCount\n      comments(first: 50) {\n        nodes {\n          id\n          textHtml\n          createdAt\n          author {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentNews($input: CommentNewsInput!) {\n    commentNews(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CommentNews($input: CommentNewsInput!) {\n    commentNews(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWalls {\n    me {\n      id\n      displayName\n      memberships(state: ACTIVE, first: 100) {\n        nodes {\n          id\n          isAdmin\n          element {\n            id\n            kind\n            name\n            ... on CommunityElement {\n              settings {\n                private\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWalls {\n    me {\n      id\n      displayName\n      memberships(state: ACTIVE, first: 100) {\n        nodes {\n          id\n          isAdmin\n          element {\n            id\n            kind\n            name\n            ... on CommunityElement {\n              settings {\n                private\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionElements($text: String!) {\n    search(filter: { text: $text }, first: 5) {\n      nodes {\n        id\n        kind\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionElements($text: String!) {\n    search(filter: { text: $text }, first: 5) {\n      nodes {\n        id\n        kind\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionPeople($text: String!) {\n    people(search: $text, first: 5) {\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionPeople($text: String!) {\n    people(search: $text, first: 5) {\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceChoices($search: String!) {\n    places(search: $search, first: 8) {\n      id\n      name\n      postalCodes\n      latitude\n      longitude\n    }\n  }\n"): (typeof documents)["\n  query PlaceChoices($search: String!) {\n    places(search: $search, first: 8) {\n      id\n      name\n      postalCodes\n      latitude\n      longitude\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportDetails on Report {\n    id\n    reason\n    createdAt\n    commentId\n    reporter {\n      id\n      username\n      displayName\n    }\n    news {\n      id\n      text\n      wall {\n        id\n        kind\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReportDetails on Report {\n    id\n    reason\n    createdAt\n    commentId\n    reporter {\n      id\n      username\n      displayName\n    }\n    news {\n      id\n      text\n      wall {\n        id\n        kind\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallReports($wallId: ID!, $after: String) {\n    newsReports(wallId: $wallId, first: 20, after: $after) {\n      totalCount\n      nodes {\n        ...ReportDetails\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query WallReports($wallId: ID!, $after: String) {\n    newsReports(wallId: $wallId, first: 20, after: $after) {\n      totalCount\n      nodes {\n        ...ReportDetails\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandleReport($input: HandleReportInput!) {\n    handleReport(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation HandleReport($input: HandleReportInput!) {\n    handleReport(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n"): (typeof documents)["\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        count\n        read\n        updatedAt\n        actors {\n          id\n          displayName\n          username\n        }\n        element {\n          id\n          kind\n          slug\n          name\n        }\n        news {\n          id\n          wall {\n            id\n            kind\n            slug\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        count\n        read\n        updatedAt\n        actors {\n          id\n          displayName\n          username\n        }\n        element {\n          id\n          kind\n          slug\n          name\n        }\n        news {\n          id\n          wall {\n            id\n            kind\n            slug\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings {\n      deliveries {\n        kind\n        delivery\n      }\n      elements {\n        level\n        element {\n          id\n          kind\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationSettings {\n      deliveries {\n        kind\n        delivery\n      }\n      elements {\n        level\n        element {\n          id\n          kind\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailDelivery($input: SetMailDeliveryInput!) {\n    setMailDelivery(input: $input) {\n      kind\n      delivery\n    }\n  }\n"): (typeof documents)["\n  mutation SetMailDelivery($input: SetMailDeliveryInput!) {\n    setMailDelivery(input: $input) {\n      kind\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationLevel($input: SetNotificationLevelInput!) {\n    setNotificationLevel(input: $input) {\n      level\n      element {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationLevel($input: SetNotificationLevelInput!) {\n    setNotificationLevel(input: $input) {\n      level\n      element {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataInstance {\n    instance {\n      dataLicence\n    }\n  }\n"): (typeof documents)["\n  query OpenDataInstance {\n    instance {\n      dataLicence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationCard on Organization {\n    ...ElementCardFields\n    type\n  }\n"): (typeof documents)["\n  fragment OrganizationCard on Organization {\n    ...ElementCardFields\n    type\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($after: String) {\n    organizations(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...OrganizationCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organizations($after: String) {\n    organizations(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...OrganizationCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($slug: String!) {\n    organization(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n"): (typeof documents)["\n  query Organization($slug: String!) {\n    organization(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...ElementDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...ElementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...ElementDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...ElementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCardFields on Person {\n    id\n    username\n    displayName\n    shortDescription\n    locality\n    followerCount\n    image {\n      id\n      url(size: THUMB)\n    }\n  }\n"): (typeof documents)["\n  fragment PersonCardFields on Person {\n    id\n    username\n    displayName\n    shortDescription\n    locality\n    followerCount\n    image {\n      id\n      url(size: THUMB)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($search: String, $after: String) {\n    people(search: $search, first: 24, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PersonCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($search: String, $after: String) {\n    people(search: $search, first: 24, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PersonCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonTies($username: String!, $after: String) {\n    person(username: $username) {\n      id\n      followerCount\n      viewerFollows\n      memberships(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          isAdmin\n          roles\n          element {\n            id\n            ... on CommunityElement {\n              ...ElementCardFields\n            }\n          }\n        }\n      }\n      following(first: 50) {\n        totalCount\n        nodes {\n          id\n          element {\n            id\n            ... on CommunityElement {\n              ...ElementCardFields\n            }\n          }\n          followedPerson {\n            ...PersonCardFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonTies($username: String!, $after: String) {\n    person(username: $username) {\n      id\n      followerCount\n      viewerFollows\n      memberships(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          isAdmin\n          roles\n          element {\n            id\n            ... on CommunityElement {\n              ...ElementCardFields\n            }\n          }\n        }\n      }\n      following(first: 50) {\n        totalCount\n        nodes {\n          id\n          element {\n            id\n            ... on CommunityElement {\n              ...ElementCardFields\n            }\n          }\n          followedPerson {\n            ...PersonCardFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowPerson($personId: ID!) {\n    follow(input: { personId: $personId }) {\n      id\n      followedPerson {\n        id\n        followerCount\n        viewerFollows\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FollowPerson($personId: ID!) {\n    follow(input: { personId: $personId }) {\n      id\n      followedPerson {\n        id\n        followerCount\n        viewerFollows\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on Person {\n    id\n    username\n    displayName\n    shortDescription\n    description\n    tags\n    website\n    socialLinks {\n      network\n      url\n    }\n    language\n    createdAt\n    email\n    phone\n    birthDate\n    locality\n    image {\n      id\n      urls {\n        thumb\n        medium\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileFields on Person {\n    id\n    username\n    displayName\n    shortDescription\n    description\n    tags\n    website\n    socialLinks {\n      network\n      url\n    }\n    language\n    createdAt\n    email\n    phone\n    birthDate\n    locality\n    image {\n      id\n      urls {\n        thumb\n        medium\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonProfile($username: String!) {\n    person(username: $username) {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  query PersonProfile($username: String!) {\n    person(username: $username) {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVisibility {\n    me {\n      ...PrivacySettingsFields\n    }\n  }\n"): (typeof documents)["\n  query MyVisibility {\n    me {\n      ...PrivacySettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrivacySettingsFields on Person {\n    id\n    privacySettings {\n      email\n      phone\n      birthDate\n      locality\n      directory\n    }\n  }\n"): (typeof documents)["\n  fragment PrivacySettingsFields on Person {\n    id\n    privacySettings {\n      email\n      phone\n      birthDate\n      locality\n      directory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPrivacySettings {\n    me {\n      ...PrivacySettingsFields\n    }\n  }\n"): (typeof documents)["\n  query MyPrivacySettings {\n    me {\n      ...PrivacySettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePrivacySettings($input: UpdatePrivacySettingsInput!) {\n    updatePrivacySettings(input: $input) {\n      ...PrivacySettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePrivacySettings($input: UpdatePrivacySettingsInput!) {\n    updatePrivacySettings(input: $input) {\n      ...PrivacySettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($after: String) {\n    projects(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ElementCardFields\n        stage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Projects($after: String) {\n    projects(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ElementCardFields\n        stage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Project($slug: String!) {\n    project(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n"): (typeof documents)["\n  query Project($slug: String!) {\n    project(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ElementDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ElementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ElementDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ElementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationProjects($slug: String!) {\n    organization(slug: $slug) {\n      id\n      projects(first: 100) {\n        totalCount\n        nodes {\n          ...ElementCardFields\n          stage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationProjects($slug: String!) {\n    organization(slug: $slug) {\n      id\n      projects(first: 100) {\n        totalCount\n        nodes {\n          ...ElementCardFields\n          stage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Person {\n    id\n    username\n    displayName\n    language\n    email\n    emailVerified\n    isInstanceAdmin\n    image {\n      id\n      url(size: THUMB)\n    }\n    homeArea {\n      radiusKm\n      place {\n        id\n        name\n        inseeCode\n        postalCodes\n        latitude\n        longitude\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Person {\n    id\n    username\n    displayName\n    language\n    email\n    emailVerified\n    isInstanceAdmin\n    image {\n      id\n      url(size: THUMB)\n    }\n    homeArea {\n      radiusKm\n      place {\n        id\n        name\n        inseeCode\n        postalCodes\n        latitude\n        longitude\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearHomeArea {\n    clearHomeArea {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClearHomeArea {\n    clearHomeArea {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHomeArea($input: HomeAreaInput!) {\n    setHomeArea(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetHomeArea($input: HomeAreaInput!) {\n    setHomeArea(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Instance {\n    instance {\n      mailOutboxUrl\n      deletionDelayDays\n      timeZone\n      mapTiles {\n        urlTemplate\n        attribution\n      }\n    }\n  }\n"): (typeof documents)["\n  query Instance {\n    instance {\n      mailOutboxUrl\n      deletionDelayDays\n      timeZone\n      mapTiles {\n        urlTemplate\n        attribution\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;