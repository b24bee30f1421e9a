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
    "\n  fragment ElementDetails on CommunityElement {\n    __typename\n    id\n    kind\n    slug\n    name\n    shortDescription\n    description\n    descriptionHtml\n    tags\n    website\n    socialLinks {\n      network\n      url\n    }\n    extraLinks {\n      kind\n      url\n      label\n    }\n    address\n    email\n    phone\n    deletionRequestedAt\n    createdAt\n    updatedAt\n    settings {\n      private\n      memberList\n      contactFields\n      openEdition\n    }\n    creator {\n      id\n      username\n      displayName\n    }\n    viewer {\n      inCommunity\n      isAdmin\n      canEdit\n    }\n    communityCount\n    followerCount\n    viewerFollows\n    viewerLink {\n      id\n      state\n      isAdmin\n      adminRequested\n    }\n    administrators {\n      id\n    }\n    ... on Organization {\n      type\n    }\n    ... on Project {\n      stage\n      startsOn\n      endsOn\n      licence\n      carrier {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n    ... on Event {\n      eventType: type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n      onlineUrl\n      recurrenceRule\n      attendeeLimit\n      parentEvent {\n        id\n        slug\n        name\n      }\n      organizers {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Project {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ElementDetailsFragmentDoc,
    "\n  query ElementHistory($slug: String!, $after: String) {\n    element(slug: $slug) {\n      id\n      history(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          createdAt\n          revertsId\n          author {\n            id\n            username\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n            hidden\n          }\n        }\n      }\n    }\n  }\n": typeof types.ElementHistoryDocument,
    "\n  mutation RevertElementRevision($input: RevertRevisionInput!) {\n    revertElementRevision(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.RevertElementRevisionDocument,
    "\n  mutation UpdateElementSettings($input: UpdateElementSettingsInput!) {\n    updateElementSettings(input: $input) {\n      id\n      settings {\n        private\n        memberList\n        contactFields\n        openEdition\n      }\n    }\n  }\n": typeof types.UpdateElementSettingsDocument,
    "\n  mutation RequestElementDeletion($input: ElementIdInput!) {\n    requestElementDeletion(input: $input) {\n      id\n      deletionRequestedAt\n    }\n  }\n": typeof types.RequestElementDeletionDocument,
    "\n  mutation RefuseElementDeletion($input: ElementIdInput!) {\n    refuseElementDeletion(input: $input) {\n      id\n      deletionRequestedAt\n    }\n  }\n": typeof types.RefuseElementDeletionDocument,
    "\n  query Events($after: String) {\n    events(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        slug\n        name\n        type\n        shortDescription\n        tags\n        startsAt\n        endsAt\n        timeZone\n        allDay\n        recurrenceRule\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n": typeof types.EventDocument,
    "\n  query EventSchedule($slug: String!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    event(slug: $slug) {\n      id\n      subEvents(first: 20) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          startsAt\n          endsAt\n          timeZone\n          allDay\n        }\n      }\n      occurrences(from: $from, to: $to, first: 10) {\n        originalStart\n        startsAt\n        endsAt\n        changedEvent {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.EventScheduleDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  query OrganizationEvents($slug: String!) {\n    organization(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n\n  fragment EventList on EventConnection {\n    totalCount\n    nodes {\n      id\n      slug\n      name\n      type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n    }\n  }\n": typeof types.OrganizationEventsDocument,
    "\n  query ProjectEvents($slug: String!) {\n    project(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n": typeof types.ProjectEventsDocument,
    "\n  fragment CommunityLink on Link {\n    id\n    type\n    state\n    isAdmin\n    adminRequested\n    roles\n    createdAt\n    person {\n      id\n      username\n      displayName\n    }\n    memberOrganization {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CommunityLinkFragmentDoc,
    "\n  query ElementCommunity($slug: String!, $state: LinkState!, $after: String) {\n    element(slug: $slug) {\n      id\n      communityCount\n      community(state: $state, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...CommunityLink\n        }\n      }\n    }\n  }\n": typeof types.ElementCommunityDocument,
    "\n  mutation Follow($input: FollowTargetInput!) {\n    follow(input: $input) {\n      id\n    }\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($input: FollowTargetInput!) {\n    unfollow(input: $input)\n  }\n": typeof types.UnfollowDocument,
    "\n  mutation JoinElement($input: JoinElementInput!) {\n    joinElement(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.JoinElementDocument,
    "\n  mutation LeaveElement($input: LeaveElementInput!) {\n    leaveElement(input: $input)\n  }\n": typeof types.LeaveElementDocument,
    "\n  mutation AcceptInvitation($input: LinkIdInput!) {\n    acceptInvitation(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($input: LinkIdInput!) {\n    declineInvitation(input: $input)\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  mutation RequestAdministration($input: RequestAdministrationInput!) {\n    requestAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n": typeof types.RequestAdministrationDocument,
    "\n  mutation ValidateRequest($input: LinkIdInput!) {\n    validateRequest(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ValidateRequestDocument,
    "\n  mutation RefuseRequest($input: LinkIdInput!) {\n    refuseRequest(input: $input)\n  }\n": typeof types.RefuseRequestDocument,
    "\n  mutation ValidateAdministration($input: LinkIdInput!) {\n    validateAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n": typeof types.ValidateAdministrationDocument,
    "\n  mutation RefuseAdministration($input: LinkIdInput!) {\n    refuseAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n": typeof types.RefuseAdministrationDocument,
    "\n  mutation RemoveFromElement($input: LinkIdInput!) {\n    removeFromElement(input: $input)\n  }\n": typeof types.RemoveFromElementDocument,
    "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.SetRolesDocument,
    "\n  mutation InviteToElement($input: InviteToElementInput!) {\n    inviteToElement(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.InviteToElementDocument,
    "\n  mutation InviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input)\n  }\n": typeof types.InviteByEmailDocument,
    "\n  query PersonByUsername($username: String!) {\n    person(username: $username) {\n      id\n      displayName\n    }\n  }\n": typeof types.PersonByUsernameDocument,
    "\n  query MyMemberships($state: LinkState!, $after: String) {\n    me {\n      id\n      memberships(state: $state, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          state\n          isAdmin\n          adminRequested\n          roles\n          element {\n            id\n            kind\n            slug\n            name\n            shortDescription\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyMembershipsDocument,
    "\n  fragment OrganizationCard on Organization {\n    id\n    slug\n    name\n    type\n    shortDescription\n    tags\n  }\n": typeof types.OrganizationCardFragmentDoc,
    "\n  query Organizations($after: String) {\n    organizations(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...OrganizationCard\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query Organization($slug: String!) {\n    organization(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  fragment ProfileFields on Person {\n    id\n    username\n    displayName\n    shortDescription\n    description\n    tags\n    website\n    socialLinks {\n      network\n      url\n    }\n    language\n    createdAt\n    email\n    phone\n    birthDate\n    locality\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  query PersonProfile($username: String!) {\n    person(username: $username) {\n      ...ProfileFields\n    }\n  }\n": typeof types.PersonProfileDocument,
    "\n  query MyProfile {\n    me {\n      ...ProfileFields\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment PrivacySettingsFields on Person {\n    id\n    privacySettings {\n      email\n      phone\n      birthDate\n      locality\n      directory\n    }\n  }\n": typeof types.PrivacySettingsFieldsFragmentDoc,
    "\n  query MyPrivacySettings {\n    me {\n      ...PrivacySettingsFields\n    }\n  }\n": typeof types.MyPrivacySettingsDocument,
    "\n  mutation UpdatePrivacySettings($input: UpdatePrivacySettingsInput!) {\n    updatePrivacySettings(input: $input) {\n      ...PrivacySettingsFields\n    }\n  }\n": typeof types.UpdatePrivacySettingsDocument,
    "\n  query Projects($after: String) {\n    projects(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        slug\n        name\n        stage\n        shortDescription\n        tags\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  query Project($slug: String!) {\n    project(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ElementDetails\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  query OrganizationProjects($slug: String!) {\n    organization(slug: $slug) {\n      id\n      projects(first: 100) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          stage\n          shortDescription\n          tags\n        }\n      }\n    }\n  }\n": typeof types.OrganizationProjectsDocument,
    "\n  fragment ViewerFields on Person {\n    id\n    username\n    displayName\n    language\n    email\n    emailVerified\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Instance {\n    instance {\n      mailOutboxUrl\n      deletionDelayDays\n    }\n  }\n": typeof types.InstanceDocument,
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
    "\n  fragment ElementDetails on CommunityElement {\n    __typename\n    id\n    kind\n    slug\n    name\n    shortDescription\n    description\n    descriptionHtml\n    tags\n    website\n    socialLinks {\n      network\n      url\n    }\n    extraLinks {\n      kind\n      url\n      label\n    }\n    address\n    email\n    phone\n    deletionRequestedAt\n    createdAt\n    updatedAt\n    settings {\n      private\n      memberList\n      contactFields\n      openEdition\n    }\n    creator {\n      id\n      username\n      displayName\n    }\n    viewer {\n      inCommunity\n      isAdmin\n      canEdit\n    }\n    communityCount\n    followerCount\n    viewerFollows\n    viewerLink {\n      id\n      state\n      isAdmin\n      adminRequested\n    }\n    administrators {\n      id\n    }\n    ... on Organization {\n      type\n    }\n    ... on Project {\n      stage\n      startsOn\n      endsOn\n      licence\n      carrier {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n    ... on Event {\n      eventType: type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n      onlineUrl\n      recurrenceRule\n      attendeeLimit\n      parentEvent {\n        id\n        slug\n        name\n      }\n      organizers {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Project {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": types.ElementDetailsFragmentDoc,
    "\n  query ElementHistory($slug: String!, $after: String) {\n    element(slug: $slug) {\n      id\n      history(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          createdAt\n          revertsId\n          author {\n            id\n            username\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n            hidden\n          }\n        }\n      }\n    }\n  }\n": types.ElementHistoryDocument,
    "\n  mutation RevertElementRevision($input: RevertRevisionInput!) {\n    revertElementRevision(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.RevertElementRevisionDocument,
    "\n  mutation UpdateElementSettings($input: UpdateElementSettingsInput!) {\n    updateElementSettings(input: $input) {\n      id\n      settings {\n        private\n        memberList\n        contactFields\n        openEdition\n      }\n    }\n  }\n": types.UpdateElementSettingsDocument,
    "\n  mutation RequestElementDeletion($input: ElementIdInput!) {\n    requestElementDeletion(input: $input) {\n      id\n      deletionRequestedAt\n    }\n  }\n": types.RequestElementDeletionDocument,
    "\n  mutation RefuseElementDeletion($input: ElementIdInput!) {\n    refuseElementDeletion(input: $input) {\n      id\n      deletionRequestedAt\n    }\n  }\n": types.RefuseElementDeletionDocument,
    "\n  query Events($after: String) {\n    events(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        slug\n        name\n        type\n        shortDescription\n        tags\n        startsAt\n        endsAt\n        timeZone\n        allDay\n        recurrenceRule\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n": types.EventDocument,
    "\n  query EventSchedule($slug: String!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    event(slug: $slug) {\n      id\n      subEvents(first: 20) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          startsAt\n          endsAt\n          timeZone\n          allDay\n        }\n      }\n      occurrences(from: $from, to: $to, first: 10) {\n        originalStart\n        startsAt\n        endsAt\n        changedEvent {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.EventScheduleDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.UpdateEventDocument,
    "\n  query OrganizationEvents($slug: String!) {\n    organization(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n\n  fragment EventList on EventConnection {\n    totalCount\n    nodes {\n      id\n      slug\n      name\n      type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n    }\n  }\n": types.OrganizationEventsDocument,
    "\n  query ProjectEvents($slug: String!) {\n    project(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n": types.ProjectEventsDocument,
    "\n  fragment CommunityLink on Link {\n    id\n    type\n    state\n    isAdmin\n    adminRequested\n    roles\n    createdAt\n    person {\n      id\n      username\n      displayName\n    }\n    memberOrganization {\n      id\n      slug\n      name\n    }\n  }\n": types.CommunityLinkFragmentDoc,
    "\n  query ElementCommunity($slug: String!, $state: LinkState!, $after: String) {\n    element(slug: $slug) {\n      id\n      communityCount\n      community(state: $state, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...CommunityLink\n        }\n      }\n    }\n  }\n": types.ElementCommunityDocument,
    "\n  mutation Follow($input: FollowTargetInput!) {\n    follow(input: $input) {\n      id\n    }\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($input: FollowTargetInput!) {\n    unfollow(input: $input)\n  }\n": types.UnfollowDocument,
    "\n  mutation JoinElement($input: JoinElementInput!) {\n    joinElement(input: $input) {\n      id\n      state\n    }\n  }\n": types.JoinElementDocument,
    "\n  mutation LeaveElement($input: LeaveElementInput!) {\n    leaveElement(input: $input)\n  }\n": types.LeaveElementDocument,
    "\n  mutation AcceptInvitation($input: LinkIdInput!) {\n    acceptInvitation(input: $input) {\n      id\n      state\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($input: LinkIdInput!) {\n    declineInvitation(input: $input)\n  }\n": types.DeclineInvitationDocument,
    "\n  mutation RequestAdministration($input: RequestAdministrationInput!) {\n    requestAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n": types.RequestAdministrationDocument,
    "\n  mutation ValidateRequest($input: LinkIdInput!) {\n    validateRequest(input: $input) {\n      id\n      state\n    }\n  }\n": types.ValidateRequestDocument,
    "\n  mutation RefuseRequest($input: LinkIdInput!) {\n    refuseRequest(input: $input)\n  }\n": types.RefuseRequestDocument,
    "\n  mutation ValidateAdministration($input: LinkIdInput!) {\n    validateAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n": types.ValidateAdministrationDocument,
    "\n  mutation RefuseAdministration($input: LinkIdInput!) {\n    refuseAdministration(input: $input) {\n      id\n      isAdmin\n      adminRequested\n    }\n  }\n": types.RefuseAdministrationDocument,
    "\n  mutation RemoveFromElement($input: LinkIdInput!) {\n    removeFromElement(input: $input)\n  }\n": types.RemoveFromElementDocument,
    "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": types.SetRolesDocument,
    "\n  mutation InviteToElement($input: InviteToElementInput!) {\n    inviteToElement(input: $input) {\n      id\n      state\n    }\n  }\n": types.InviteToElementDocument,
    "\n  mutation InviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input)\n  }\n": types.InviteByEmailDocument,
    "\n  query PersonByUsername($username: String!) {\n    person(username: $username) {\n      id\n      displayName\n    }\n  }\n": types.PersonByUsernameDocument,
    "\n  query MyMemberships($state: LinkState!, $after: String) {\n    me {\n      id\n      memberships(state: $state, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          state\n          isAdmin\n          adminRequested\n          roles\n          element {\n            id\n            kind\n            slug\n            name\n            shortDescription\n          }\n        }\n      }\n    }\n  }\n": types.MyMembershipsDocument,
    "\n  fragment OrganizationCard on Organization {\n    id\n    slug\n    name\n    type\n    shortDescription\n    tags\n  }\n": types.OrganizationCardFragmentDoc,
    "\n  query Organizations($after: String) {\n    organizations(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...OrganizationCard\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query Organization($slug: String!) {\n    organization(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n": types.OrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  fragment ProfileFields on Person {\n    id\n    username\n    displayName\n    shortDescription\n    description\n    tags\n    website\n    socialLinks {\n      network\n      url\n    }\n    language\n    createdAt\n    email\n    phone\n    birthDate\n    locality\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  query PersonProfile($username: String!) {\n    person(username: $username) {\n      ...ProfileFields\n    }\n  }\n": types.PersonProfileDocument,
    "\n  query MyProfile {\n    me {\n      ...ProfileFields\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment PrivacySettingsFields on Person {\n    id\n    privacySettings {\n      email\n      phone\n      birthDate\n      locality\n      directory\n    }\n  }\n": types.PrivacySettingsFieldsFragmentDoc,
    "\n  query MyPrivacySettings {\n    me {\n      ...PrivacySettingsFields\n    }\n  }\n": types.MyPrivacySettingsDocument,
    "\n  mutation UpdatePrivacySettings($input: UpdatePrivacySettingsInput!) {\n    updatePrivacySettings(input: $input) {\n      ...PrivacySettingsFields\n    }\n  }\n": types.UpdatePrivacySettingsDocument,
    "\n  query Projects($after: String) {\n    projects(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        slug\n        name\n        stage\n        shortDescription\n        tags\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  query Project($slug: String!) {\n    project(slug: $slug) {\n      ...ElementDetails\n    }\n  }\n": types.ProjectDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ElementDetails\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  query OrganizationProjects($slug: String!) {\n    organization(slug: $slug) {\n      id\n      projects(first: 100) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          stage\n          shortDescription\n          tags\n        }\n      }\n    }\n  }\n": types.OrganizationProjectsDocument,
    "\n  fragment ViewerFields on Person {\n    id\n    username\n    displayName\n    language\n    email\n    emailVerified\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  query Instance {\n    instance {\n      mailOutboxUrl\n      deletionDelayDays\n    }\n  }\n": types.InstanceDocument,
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
export function graphql(source: "\n  fragment ElementDetails on CommunityElement {\n    __typename\n    id\n    kind\n    slug\n    name\n    shortDescription\n    description\n    descriptionHtml\n    tags\n    website\n    socialLinks {\n      network\n      url\n    }\n    extraLinks {\n      kind\n      url\n      label\n    }\n    address\n    email\n    phone\n    deletionRequestedAt\n    createdAt\n    updatedAt\n    settings {\n      private\n      memberList\n      contactFields\n      openEdition\n    }\n    creator {\n      id\n      username\n      displayName\n    }\n    viewer {\n      inCommunity\n      isAdmin\n      canEdit\n    }\n    communityCount\n    followerCount\n    viewerFollows\n    viewerLink {\n      id\n      state\n      isAdmin\n      adminRequested\n    }\n    administrators {\n      id\n    }\n    ... on Organization {\n      type\n    }\n    ... on Project {\n      stage\n      startsOn\n      endsOn\n      licence\n      carrier {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n    ... on Event {\n      eventType: type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n      onlineUrl\n      recurrenceRule\n      attendeeLimit\n      parentEvent {\n        id\n        slug\n        name\n      }\n      organizers {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Project {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ElementDetails on CommunityElement {\n    __typename\n    id\n    kind\n    slug\n    name\n    shortDescription\n    description\n    descriptionHtml\n    tags\n    website\n    socialLinks {\n      network\n      url\n    }\n    extraLinks {\n      kind\n      url\n      label\n    }\n    address\n    email\n    phone\n    deletionRequestedAt\n    createdAt\n    updatedAt\n    settings {\n      private\n      memberList\n      contactFields\n      openEdition\n    }\n    creator {\n      id\n      username\n      displayName\n    }\n    viewer {\n      inCommunity\n      isAdmin\n      canEdit\n    }\n    communityCount\n    followerCount\n    viewerFollows\n    viewerLink {\n      id\n      state\n      isAdmin\n      adminRequested\n    }\n    administrators {\n      id\n    }\n    ... on Organization {\n      type\n    }\n    ... on Project {\n      stage\n      startsOn\n      endsOn\n      licence\n      carrier {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n    ... on Event {\n      eventType: type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n      onlineUrl\n      recurrenceRule\n      attendeeLimit\n      parentEvent {\n        id\n        slug\n        name\n      }\n      organizers {\n        __typename\n        ... on Organization {\n          id\n          slug\n          name\n        }\n        ... on Project {\n          id\n          slug\n          name\n        }\n        ... on Person {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementHistory($slug: String!, $after: String) {\n    element(slug: $slug) {\n      id\n      history(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          createdAt\n          revertsId\n          author {\n            id\n            username\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n            hidden\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ElementHistory($slug: String!, $after: String) {\n    element(slug: $slug) {\n      id\n      history(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          createdAt\n          revertsId\n          author {\n            id\n            username\n            displayName\n          }\n          changes {\n            field\n            before\n            after\n            hidden\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevertElementRevision($input: RevertRevisionInput!) {\n    revertElementRevision(input: $input) {\n      ...ElementDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RevertElementRevision($input: RevertRevisionInput!) {\n    revertElementRevision(input: $input) {\n      ...ElementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateElementSettings($input: UpdateElementSettingsInput!) {\n    updateElementSettings(input: $input) {\n      id\n      settings {\n        private\n        memberList\n        contactFields\n        openEdition\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateElementSettings($input: UpdateElementSettingsInput!) {\n    updateElementSettings(input: $input) {\n      id\n      settings {\n        private\n        memberList\n        contactFields\n        openEdition\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Events($after: String) {\n    events(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        slug\n        name\n        type\n        shortDescription\n        tags\n        startsAt\n        endsAt\n        timeZone\n        allDay\n        recurrenceRule\n      }\n    }\n  }\n"): (typeof documents)["\n  query Events($after: String) {\n    events(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        slug\n        name\n        type\n        shortDescription\n        tags\n        startsAt\n        endsAt\n        timeZone\n        allDay\n        recurrenceRule\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query OrganizationEvents($slug: String!) {\n    organization(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n\n  fragment EventList on EventConnection {\n    totalCount\n    nodes {\n      id\n      slug\n      name\n      type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n    }\n  }\n"): (typeof documents)["\n  query OrganizationEvents($slug: String!) {\n    organization(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n\n  fragment EventList on EventConnection {\n    totalCount\n    nodes {\n      id\n      slug\n      name\n      type\n      startsAt\n      endsAt\n      timeZone\n      allDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectEvents($slug: String!) {\n    project(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectEvents($slug: String!) {\n    project(slug: $slug) {\n      id\n      events(first: 100) {\n        ...EventList\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityLink on Link {\n    id\n    type\n    state\n    isAdmin\n    adminRequested\n    roles\n    createdAt\n    person {\n      id\n      username\n      displayName\n    }\n    memberOrganization {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CommunityLink on Link {\n    id\n    type\n    state\n    isAdmin\n    adminRequested\n    roles\n    createdAt\n    person {\n      id\n      username\n      displayName\n    }\n    memberOrganization {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementCommunity($slug: String!, $state: LinkState!, $after: String) {\n    element(slug: $slug) {\n      id\n      communityCount\n      community(state: $state, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...CommunityLink\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ElementCommunity($slug: String!, $state: LinkState!, $after: String) {\n    element(slug: $slug) {\n      id\n      communityCount\n      community(state: $state, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...CommunityLink\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($input: FollowTargetInput!) {\n    follow(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Follow($input: FollowTargetInput!) {\n    follow(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($input: FollowTargetInput!) {\n    unfollow(input: $input)\n  }\n"): (typeof documents)["\n  mutation Unfollow($input: FollowTargetInput!) {\n    unfollow(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinElement($input: JoinElementInput!) {\n    joinElement(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation JoinElement($input: JoinElementInput!) {\n    joinElement(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveElement($input: LeaveElementInput!) {\n    leaveElement(input: $input)\n  }\n"): (typeof documents)["\n  mutation LeaveElement($input: LeaveElementInput!) {\n    leaveElement(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: LinkIdInput!) {\n    acceptInvitation(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: LinkIdInput!) {\n    acceptInvitation(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($input: LinkIdInput!) {\n    declineInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($input: LinkIdInput!) {\n    declineInvitation(input: $input)\n  }\n"];
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
export function graphql(source: "\n  mutation RefuseRequest($input: LinkIdInput!) {\n    refuseRequest(input: $input)\n  }\n"): (typeof documents)["\n  mutation RefuseRequest($input: LinkIdInput!) {\n    refuseRequest(input: $input)\n  }\n"];
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
export function graphql(source: "\n  mutation RemoveFromElement($input: LinkIdInput!) {\n    removeFromElement(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveFromElement($input: LinkIdInput!) {\n    removeFromElement(input: $input)\n  }\n"];
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
export function graphql(source: "\n  mutation InviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input)\n  }\n"): (typeof documents)["\n  mutation InviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input)\n  }\n"];
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
export function graphql(source: "\n  fragment OrganizationCard on Organization {\n    id\n    slug\n    name\n    type\n    shortDescription\n    tags\n  }\n"): (typeof documents)["\n  fragment OrganizationCard on Organization {\n    id\n    slug\n    name\n    type\n    shortDescription\n    tags\n  }\n"];
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
export function graphql(source: "\n  fragment ProfileFields on Person {\n    id\n    username\n    displayName\n    shortDescription\n    description\n    tags\n    website\n    socialLinks {\n      network\n      url\n    }\n    language\n    createdAt\n    email\n    phone\n    birthDate\n    locality\n  }\n"): (typeof documents)["\n  fragment ProfileFields on Person {\n    id\n    username\n    displayName\n    shortDescription\n    description\n    tags\n    website\n    socialLinks {\n      network\n      url\n    }\n    language\n    createdAt\n    email\n    phone\n    birthDate\n    locality\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonProfile($username: String!) {\n    person(username: $username) {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  query PersonProfile($username: String!) {\n    person(username: $username) {\n      ...ProfileFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query Projects($after: String) {\n    projects(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        slug\n        name\n        stage\n        shortDescription\n        tags\n      }\n    }\n  }\n"): (typeof documents)["\n  query Projects($after: String) {\n    projects(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        slug\n        name\n        stage\n        shortDescription\n        tags\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query OrganizationProjects($slug: String!) {\n    organization(slug: $slug) {\n      id\n      projects(first: 100) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          stage\n          shortDescription\n          tags\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationProjects($slug: String!) {\n    organization(slug: $slug) {\n      id\n      projects(first: 100) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          stage\n          shortDescription\n          tags\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Person {\n    id\n    username\n    displayName\n    language\n    email\n    emailVerified\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Person {\n    id\n    username\n    displayName\n    language\n    email\n    emailVerified\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Instance {\n    instance {\n      mailOutboxUrl\n      deletionDelayDays\n    }\n  }\n"): (typeof documents)["\n  query Instance {\n    instance {\n      mailOutboxUrl\n      deletionDelayDays\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;