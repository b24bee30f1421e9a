import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsUUID, Length, Matches, MaxLength } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../../graphql/connection";
import { LinkState } from "./link.entity";

const ELEMENT_ID = { message: "must be an element id" };
const PERSON_ID = { message: "must be a person id" };
const ORGANIZATION_ID = { message: "must be an organization id" };

export const ROLES_MAX = 10;
export const ROLE_LENGTH = { min: 1, max: 40 };

@InputType({ description: "Exactly one of elementId and personId" })
export class FollowTargetInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ELEMENT_ID)
  elementId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", PERSON_ID)
  personId?: string | null;
}

@InputType()
export class JoinElementInput {
  @Field(() => ID)
  @IsUUID("all", ELEMENT_ID)
  elementId: string;

  @Field(() => ID, {
    nullable: true,
    description: "Join in the name of an organization you administer (a member of a network)",
  })
  @IsOptional()
  @IsUUID("all", ORGANIZATION_ID)
  organizationId?: string | null;
}

@InputType({ description: "Exactly one of personId and organizationId" })
export abstract class ElementMemberInput {
  @Field(() => ID)
  @IsUUID("all", ELEMENT_ID)
  elementId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", PERSON_ID)
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: "An organization, to make it a member of a network" })
  @IsOptional()
  @IsUUID("all", ORGANIZATION_ID)
  organizationId?: string | null;
}

@InputType()
export class AddToElementInput extends ElementMemberInput {}

@InputType()
export class InviteToElementInput extends ElementMemberInput {}

@InputType({ description: "A link: an invitation, a request or a member's place" })
export class LinkIdInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a link id" })
  linkId: string;
}

@InputType()
export class LeaveElementInput extends JoinElementInput {
  @Field(() => ID, {
    nullable: true,
    description: "Required from the last administrator: a member who becomes administrator instead",
  })
  @IsOptional()
  @IsUUID("all", PERSON_ID)
  successorId?: string | null;
}

@InputType()
export class RequestAdministrationInput {
  @Field(() => ID)
  @IsUUID("all", ELEMENT_ID)
  elementId: string;
}

@InputType()
export class StepDownInput extends RequestAdministrationInput {
  @Field(() => ID, {
    nullable: true,
    description: "Required from the last administrator: a member who becomes administrator instead",
  })
  @IsOptional()
  @IsUUID("all", PERSON_ID)
  successorId?: string | null;
}

@InputType()
export class SetRolesInput extends LinkIdInput {
  @Field(() => [String], {
    description: `At most ${ROLES_MAX} labels of ${ROLE_LENGTH.min} to ${ROLE_LENGTH.max} characters; replaces the current ones`,
  })
  @ArrayMaxSize(ROLES_MAX, { message: `must hold at most ${ROLES_MAX} roles` })
  @Length(ROLE_LENGTH.min, ROLE_LENGTH.max, {
    each: true,
    message: `each role must be ${ROLE_LENGTH.min} to ${ROLE_LENGTH.max} characters long`,
  })
  @Matches(/\S/, { each: true, message: "each role must not be blank" })
  roles: string[];
}

@InputType()
export class InviteByEmailInput {
  @Field(() => ID)
  @IsUUID("all", ELEMENT_ID)
  elementId: string;

  @Field()
  @IsEmail({}, { message: "must be a valid e-mail address" })
  @MaxLength(254)
  email: string;
}

@ArgsType()
export class CommunityArgs extends PageArgs {
  @Field(() => LinkState, { defaultValue: LinkState.ACTIVE })
  @IsEnum(LinkState)
  state: LinkState;

  @Field(() => String, { nullable: true, description: "Only entries with this role" })
  @IsOptional()
  @Length(ROLE_LENGTH.min, ROLE_LENGTH.max)
  role?: string | null;
}

@ArgsType()
export class MembershipArgs extends PageArgs {
  @Field(() => LinkState, {
    defaultValue: LinkState.ACTIVE,
    description: "Pending requests and invitations are listed only to the person themselves",
  })
  @IsEnum(LinkState)
  state: LinkState;
}
