/**
 * Every message the server sends a person, by stable key, in English. Errors carry the key
 * and its parameters (`extensions.messageKey`, `extensions.messageParams`) besides the English
 * text rendered from here, so that the web app shows them in the person's language: its locale
 * files hold a French and an English text for each key under `server.` (a test checks it).
 * Placeholders are written `{{name}}`, as i18next reads them; a number that counts a noun is
 * named `count`, so that translations choose their plural form by it (i18next's `_one`, `_other`).
 */
export const MESSAGES = {
  // Accounts and sessions
  "auth.required": "You need to log in first.",
  "auth.sessionEnded": "Your session has ended.",
  "auth.wrongCredentials": "The login or the password is wrong.",
  "auth.emailNotVerified": "Confirm your e-mail address first: follow the link we sent you.",
  "auth.loginOverWebSocket": "Log in over HTTP, not over a WebSocket.",
  "account.sameEmail": "is already your e-mail address",
  "account.badToken": "this link is invalid, expired or already used",
  "password.tooShort": "must be at least {{min}} characters long",
  "password.tooLong": "must be at most {{max}} characters long",
  "password.common": "is one of the most common passwords: choose another",
  "password.personal": "must not contain your username or e-mail",
  "password.notCurrent": "is not your current password",

  // Permissions
  "forbidden.default": "You are not allowed to do this.",
  "forbidden.operationNotOpen": "This operation is not open.",
  "forbidden.foreignOrigin": "Other sites may read the open data, not change it: this operation is refused.",
  "forbidden.administratorsOnly": "Only the administrators of this element may do this.",
  "forbidden.membersOnlyEdit": "Only members may edit this element: its administrators turned open edition off.",
  "forbidden.fieldNotReadable":
    "You may not change {{fields}}: this element shows it to its members only, and nobody changes what they cannot read.",
  "forbidden.fieldsNotReadable":
    "You may not change {{fields}}: this element shows them to its members only, and nobody changes what they cannot read.",
  "forbidden.ownDeletionRequest": "Another administrator must decide: you asked for this deletion.",
  "forbidden.carryProject": "Only the administrators of an organization may make it carry a project.",
  "forbidden.organizeAsPerson": "You may name only yourself as a person organizing an event.",
  "forbidden.organizeAsElement":
    "Only the administrators of an organization or a project may make it organize an event.",
  "forbidden.addSubEvent": "Only the administrators of an event may add sub-events to it.",
  "forbidden.parentNotVisible":
    "This event is part of a larger event you cannot see: only those who can see it may change its times.",
  "forbidden.answerInvitation": "Only the one invited may answer this invitation.",
  "forbidden.actForOrganization": "Only the administrators of that organization may act in its name.",
  "forbidden.askAdministration": "Only active members may ask to administer this element: join it first.",
  "forbidden.notAdministrator": "You do not administer this element.",
  "forbidden.inviteByEmail": "Only the administrators of this element may invite people to it.",

  // Not found (an element one may not see is reported as not found)
  "notFound.element": "This element was not found.",
  "notFound.person": "This person was not found.",
  "notFound.organization": "This organization was not found.",
  "notFound.project": "This project was not found.",
  "notFound.event": "This event was not found.",
  "notFound.place": "This town was not found.",
  "notFound.revision": "This revision was not found.",
  "notFound.organizer": "This organizer was not found.",
  "notFound.parentEvent": "The parent event was not found.",
  "notFound.link": "This link was not found.",
  "notFound.membership": "That organization's membership was not found.",
  "notFound.communityPlace": "Your place in this community was not found.",

  // Conflicts
  "conflict.duplicate": "This already exists.",
  "conflict.emailTaken": "An account already uses this e-mail address.",
  "conflict.usernameTaken": "This username is already taken.",
  "conflict.alreadyInvited": "This address was already invited to this element.",
  "conflict.eventFull": "This event is full: it has reached its attendee limit.",
  "conflict.lastAdministrator": "You are its last administrator: name another member to take over (successorId) first.",
  "conflict.occurrenceChanged": "This occurrence was already changed: edit its own event instead.",

  // Limits and failures
  "rateLimited.retry": "Too many attempts. Try again in {{count}} seconds.",
  "rateLimited.api": "Too many requests to the API. Try again in {{count}} seconds.",
  "query.tooComplex":
    "This query could return up to {{cost}} nodes; the limit is {{limit}}. Ask for smaller pages (first) or fewer nested lists, and page through the rest.",
  "query.tooLargeToCount": "This query is too large to count the nodes it could return; the limit is {{limit}} nodes.",
  "request.invalid": "This request is not a valid GraphQL request for this API.",
  "internal.error": "Something went wrong on our side. Reference: {{requestId}}",
  "internal.http": "Something went wrong on our side.",
  "request.unreadable": "The request could not be read.",
  "request.bodyTooLarge": "The request body is too large.",
  "request.unsupportedType": "This content type is not supported.",
  "outbox.localOnly": "The outbox is only readable from this machine.",

  // Input as a whole, then by field ("must …": the field is given apart)
  "input.invalid": "Some values are not valid: {{details}}.",
  "input.idOrSlug": "give an id or a slug",
  "input.idAndSlug": "give an id or a slug, not both",
  "input.idOrUsername": "give an id or a username",
  "input.cannotClear": "cannot be cleared: leave it out to keep it",
  "cursor.invalid": "is not a cursor of this list",
  "cursor.otherList": "is a cursor of another list or order",
  "validation.invalidValue": "is not a valid value",
  "validation.notBlank": "must not be blank",
  "validation.email": "must be a valid e-mail address",
  "validation.username": "must be 3 to 30 letters, digits, '-' or '_', starting and ending with a letter or digit",
  "validation.webUrl": "must be a web address starting with http:// or https://",
  "validation.phone": "must be a phone number: digits, spaces, + ( ) . -",
  "validation.date": "must be a date written YYYY-MM-DD",
  "validation.realDate": "must be a real date",
  "validation.timeZone": "must be an IANA time zone such as Europe/Paris",
  "validation.licence": "must be an SPDX licence identifier such as MIT or CC-BY-SA-4.0",
  "validation.imageId": "must be the id of an uploaded image",
  "validation.elementId": "must be an element id",
  "validation.personId": "must be a person id",
  "validation.organizationId": "must be an organization id",
  "validation.projectId": "must be a project id",
  "validation.eventId": "must be an event id",
  "validation.revisionId": "must be a revision id",
  "validation.linkId": "must be a link id",
  "validation.notificationId": "must be notification ids",
  "validation.organizerIds": "must be ids of organizations, projects or yourself",
  "validation.organizerIdsAny": "must be ids of organizations, projects or persons",
  "validation.roleCount": "must hold at most {{count}} roles",
  "validation.roleLength": "each role must be {{min}} to {{max}} characters long",
  "validation.roleBlank": "each role must not be blank",
  // class-validator's own constraints, worded as class-validator words them
  "validation.maxLength": "must be shorter than or equal to {{count}} characters",
  "validation.minLength": "must be longer than or equal to {{count}} characters",
  "validation.isLength": "must be longer than or equal to {{min}} and shorter than or equal to {{max}} characters",
  "validation.max": "must not be greater than {{max}}",
  "validation.min": "must not be less than {{min}}",
  "validation.isInt": "must be an integer number",
  "validation.isEnum": "must be one of the following values: {{values}}",
  "validation.isIn": "must be one of the following values: {{values}}",
  "validation.arrayMaxSize": "must contain no more than {{count}} elements",
  "validation.arrayNotEmpty": "must not be empty",
  "validation.arrayMinSize": "must contain at least {{count}} elements",
  "validation.arrayUnique": "all elements must be unique",
  "validation.isBoolean": "must be a boolean value",
  "validation.isString": "must be a string",
  "validation.isLatitude": "must be a latitude string or number",
  "validation.isLongitude": "must be a longitude string or number",
  "validation.isUrl": "must be a URL address",
  "validation.isEmail": "must be an email",
  "validation.isUuid": "must be a UUID",
  "validation.matches": "is not in the expected format",
  "validation.isIso8601": "must be a valid ISO 8601 date string",
  "validation.isDate": "must be a Date instance",
  "validation.nestedValidation": "nested property must be either object or array",
  "validation.unknownValue": "an unknown value was passed to the validate function",

  // Media
  "media.notYourImage": "must be the id of an image you uploaded",
  "media.notAnImage": "The file is not a JPEG, PNG or WebP image.",
  "media.unreadable": "The file could not be read as an image.",
  "media.tooManyPixels": "The image is larger than {{megapixels}} megapixels.",
  "media.tooLarge": "The image is larger than {{megabytes}} MB.",
  "media.foreignOrigin": "Uploads are only accepted from this site's own pages.",
  "media.requestedWith": "Send uploads with an X-Requested-With header.",
  "media.notMultipart": "Send one image as multipart/form-data in a field named file.",
  "media.noFile": "Send the image as multipart/form-data in a field named file.",
  "media.noSuchImage": "No such image.",

  // Profiles
  "profile.birthDateRange": "must be between {{earliest}} and today",

  // Projects
  "project.carrierBoth": "give either an organization or a person as carrier, not both",
  "project.endsBeforeStart": "must be on or after startsOn",

  // Events and their dates
  "event.toNotAfterFrom": "must come after from",
  "event.toNotAfterFromOrNow": "must come after from (or now)",
  "event.rangeTooLong": "must be at most {{count}} days after from",
  "event.rangeOutside": "must lie between {{earliest}} and {{latest}}",
  "event.yearOutside": "must be between {{earliest}} and {{latest}}",
  "event.endsBeforeStart": "must be on or after startsAt",
  "event.tooManyCancelled": "at most {{count}} occurrences can be cancelled",
  "event.tooManyChanged": "at most {{count}} occurrences can be changed",
  "event.notCancelled": "is not a cancelled occurrence of this event",
  "event.notOccurrence": "is not an occurrence of this event",
  "event.cancelledFirst": "was cancelled: restore it before changing it",
  "event.notRecurring": "is not a recurring event",
  "event.organizerKinds": "must be organizations, projects or persons",
  "event.parentIsOccurrence": "cannot be a changed occurrence of a series",
  "event.parentIsWithin": "cannot be this event or one of its sub-events",
  "event.beforeSubEvents": "must stay before the start of its sub-events",
  "event.afterSubEvents": "must stay after the end of its sub-events",
  "event.withinParent": "must lie within the parent event ({{start}} to {{end}})",
  "event.withinEndlessParent": "must lie within the parent event ({{start}} to its end)",
  "recurrence.changedOccurrence": "a changed occurrence cannot recur itself",
  "recurrence.syntax": "must be written NAME=VALUE;NAME=VALUE, such as FREQ=WEEKLY;BYDAY=TU",
  "recurrence.repeatedPart": "gives the same part twice",
  "recurrence.noFrequency": "must give a FREQ",
  "recurrence.badFrequency": "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY",
  "recurrence.unsupportedPart": "{{part}} is not supported with FREQ={{frequency}}",
  "recurrence.countAndUntil": "gives COUNT or UNTIL, not both",
  "recurrence.byDay": "BYDAY must list days such as MO,TU (with a position such as 2TU or -1FR for MONTHLY and YEARLY)",
  "recurrence.wholeNumbers": "{{part}} must be whole numbers from {{min}} to {{max}}",
  "recurrence.wholeNumbersNotZero": "{{part}} must be whole numbers from {{min}} to {{max}}, except 0",
  "recurrence.bySetPos": "BYSETPOS needs BYDAY or BYMONTHDAY",
  "recurrence.invalid": "is not a valid RFC 5545 recurrence rule",
  "recurrence.untilBeforeStart": "UNTIL is before the event's start",
  "recurrence.firstOccurrence":
    "must have the event's start as its first occurrence (check BYDAY, BYMONTHDAY and BYMONTH)",

  // Links between people and elements
  "link.followSelf": "is yours: you cannot follow yourself",
  "link.followTarget": "give either an elementId or a personId",
  "link.joinSelf": "is yours: use joinElement to join",
  "link.notInvitation": "is not an invitation",
  "link.notRequest": "is not a pending request",
  "link.ownUseLeave": "is your own: use leaveElement",
  "link.personOrOrganization": "give either a personId or an organizationId",
  "link.memberOrganizationsOnly": "only organizations have member organizations",
  "link.memberOfItself": "an organization cannot be a member of itself",
  "link.notAskedAdministration": "has not asked to administer this element",
  "link.successorSelf": "must be someone else",
  "link.successorNotMember": "must be an active member of this element",
  "element.noDeletionPending": "no deletion is pending",

  // The Live
  "notFound.comment": "This comment was not found.",
  "notFound.news": "This news item was not found.",
  "notFound.wall": "This wall was not found.",
  "notFound.report": "This report was not found.",
  "notFound.notification": "This notification was not found.",
  "forbidden.editNews": "Only its author may edit a news item.",
  "forbidden.deleteComment": "Only its author or the wall's administrators may delete a comment.",
  "forbidden.deleteNews": "Only its author or the wall's administrators may delete a news item.",
  "forbidden.hideNews": "Only the wall's administrators may hide a news item.",
  "forbidden.postOnWall": "You may only post on your own wall or on the wall of an element you belong to.",
  "forbidden.postOnElementWall": "Only its members, contributors or attendees may post on an element's wall.",
  "forbidden.postAsElement": "Only its administrators may post as the element.",
  "forbidden.seeReports": "Only the wall's administrators see its reports.",
  "forbidden.actOnReports": "Only the wall's administrators act on its reports.",
  "forbidden.instanceAdministrators": "Only the instance's administrators may do this.",
  "news.replyToReply": "is a reply: answer the comment it replies to",
  "news.privateWallAudience": "must be PRIVATE on the wall of a private element",
  "news.activityNotEdited": "is an activity item, which is not edited",
  "news.asElementOnPersonWall": "is for the walls of elements",
  "news.unknownPlaces": "must be ids of places (see `places`)",

  // Discovery and places
  "search.datesPresetOrRange": "give a preset or dates, not both",
  "search.datesMissing": "give a preset, from or to",
  "search.dateOutOfRange": "must lie between {{earliest}} and {{latest}}",
  "search.dateOrder": "must come after from",
  "search.boxSouth": "must not be south of the southern edge",
  "search.boxWest": "must not be west of the western edge",
  "search.oneArea": "give exactly one of near, box, inseeCode and postalCode",
  "search.noPeople": "people are found in the directory, not here",
  "search.needsLetter": "must contain a letter or a digit",
  "search.allTagsNeedsTags": "needs tags",
  "search.badCursor": "is not a cursor of this search",
  "search.relevanceNeedsText": "RELEVANCE needs filter.text",
  "search.distanceNeedsNear": "DISTANCE needs filter.area.near",
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof MESSAGES;

/** JSON-safe values a message names: a field, a limit, a date, a count. */
export type MessageParams = Record<string, string | number>;

/** A message to render: its key and the values of its placeholders. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}

/** The English text of a message; a placeholder without a value stays as written. */
export function renderMessage(key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The key of a message without placeholders written exactly this way, if there is one. */
export function keyOfText(text: string): MessageKey | undefined {
  return (Object.keys(MESSAGES) as MessageKey[]).find((key) => MESSAGES[key] === text);
}
