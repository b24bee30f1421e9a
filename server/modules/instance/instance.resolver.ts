import { Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";

@ObjectType({ description: "Facts about this Communect instance" })
class Instance {
  @Field({ description: "Licence of the public data" })
  dataLicence: string;

  @Field(() => String, {
    nullable: true,
    description: "Where outgoing mail can be read when no SMTP server is configured (local installs only)",
  })
  mailOutboxUrl: string | null;

  @Field(() => Int, { description: "Days other administrators have to refuse an element's deletion" })
  deletionDelayDays: number;
}

@Resolver()
export class InstanceResolver {
  @Query(() => Instance)
  instance(@Ctx() ctx: Context): Instance {
    return {
      dataLicence: "ODbL-1.0",
      mailOutboxUrl: ctx.services.mailOutboxUrl,
      deletionDelayDays: ctx.services.elements.deletionDelayDays,
    };
  }
}
