import type { EventType, OrganizationType, ProjectStage } from "./graphql/generated/graphql";

/** The values of the API's enums, in the order the forms and the filters offer them. */
export const ORGANIZATION_TYPES: OrganizationType[] = [
  "NGO",
  "LOCAL_BUSINESS",
  "INFORMAL_GROUP",
  "PUBLIC_BODY",
  "COOPERATIVE",
];

export const EVENT_TYPES: EventType[] = [
  "GET_TOGETHER",
  "MEETING",
  "WORKSHOP",
  "COURSE",
  "CONFERENCE",
  "DEBATE",
  "CONCERT",
  "FILM",
  "EXHIBITION",
  "FESTIVAL",
  "MARKET",
  "STAND",
  "COMPETITION",
  "CONTEST",
  "CROWDFUNDING",
  "OTHER",
];

export const PROJECT_STAGES: ProjectStage[] = ["IDEA", "CONCEPT", "STARTED", "DEVELOPMENT", "TESTING", "MATURE"];
