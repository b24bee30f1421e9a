import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Access } from "../../graphql/authorization";
import type { Context } from "../../graphql/context";
import { Forbidden, Unauthenticated } from "../../graphql/errors";
import {
  ChangeEmailInput,
  ChangePasswordInput,
  DeleteAccountInput,
  LoginInput,
  RegisterInput,
  RequestPasswordResetInput,
  ResendVerificationInput,
  ResetPasswordInput,
  VerifyEmailInput,
} from "./account.inputs";
import { Person } from "./person.entity";

function signedIn(ctx: Context): Person {
  if (!ctx.viewer) throw new Unauthenticated();
  return ctx.viewer;
}

@Resolver()
export class AccountResolver {
  @Query(() => Person, { nullable: true, description: "The logged-in person, or null" })
  me(@Ctx() ctx: Context): Person | null {
    return ctx.viewer;
  }

  @Authorized(Access.ANYONE)
  @Mutation(() => Person, { description: "Creates an account and mails a verification link" })
  register(@Arg("input") input: RegisterInput, @Ctx() ctx: Context): Promise<Person> {
    return ctx.services.accounts.register(input);
  }

  @Authorized(Access.ANYONE)
  @Mutation(() => Person, { description: "Confirms an e-mail address with the token from the mailed link" })
  verifyEmail(@Arg("input") { token }: VerifyEmailInput, @Ctx() ctx: Context): Promise<Person> {
    return ctx.services.accounts.verifyEmail(token);
  }

  @Authorized(Access.ANYONE)
  @Mutation(() => Boolean, { description: "Mails the verification link again, if the address awaits one" })
  async resendVerification(@Arg("input") { email }: ResendVerificationInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accounts.resendVerification(email);
    return true;
  }

  @Authorized(Access.ANYONE)
  @Mutation(() => Person, { description: "Opens a session (cookie) with an e-mail address or username" })
  async login(@Arg("input") input: LoginInput, @Ctx() ctx: Context): Promise<Person> {
    if (!ctx.setSessionCookie) throw new Forbidden("Log in over HTTP, not over a WebSocket.");
    const { person, token } = await ctx.services.accounts.login(input, ctx.ip);
    ctx.setSessionCookie(token);
    return person;
  }

  @Authorized(Access.ANYONE)
  @Mutation(() => Boolean, { description: "Ends the current session; true even when there was none" })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.sessionId) await ctx.services.accounts.logout(ctx.sessionId);
    ctx.setSessionCookie?.(null);
    return true;
  }

  @Authorized(Access.ANYONE)
  @Mutation(() => Boolean, { description: "Mails a reset link; answers true whether or not the address is known" })
  async requestPasswordReset(
    @Arg("input") { email }: RequestPasswordResetInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.accounts.requestPasswordReset(email);
    return true;
  }

  @Authorized(Access.ANYONE)
  @Mutation(() => Boolean, { description: "Sets a new password from a reset link and ends every session" })
  async resetPassword(@Arg("input") input: ResetPasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accounts.resetPassword(input);
    return true;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Boolean, { description: "Changes the password and ends the other sessions" })
  async changePassword(@Arg("input") input: ChangePasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accounts.changePassword(signedIn(ctx), ctx.sessionId, input);
    return true;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Boolean, { description: "Mails a verification link to the new address; it applies once followed" })
  async changeEmail(@Arg("input") input: ChangeEmailInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accounts.requestEmailChange(signedIn(ctx), input);
    return true;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Boolean, { description: "Deletes the account and profile at once (see the README)" })
  async deleteAccount(@Arg("input") input: DeleteAccountInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accounts.deleteAccount(signedIn(ctx), input.password);
    ctx.setSessionCookie?.(null);
    return true;
  }
}
