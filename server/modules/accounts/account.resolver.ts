import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Access } from "../../graphql/authorization";
import type { Context } from "../../graphql/context";
import { Forbidden } from "../../graphql/errors";
import { requireViewer } from "../policy/policy";
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

@Resolver()
export class AccountResolver {
  @Query(() => Person, { nullable: true, description: "The logged-in person, or null" })
  me(@Ctx() ctx: Context): Promise<Person | null> | null {
    // The row as it is now (a remembered session's person may be a few seconds old): the loader has
    // it already when the session was read for this request.
    return ctx.viewer && ctx.loaders.personById.load(ctx.viewer.id);
  }

  @Authorized(Access.ANYONE)
  @Mutation(() => Person, {
    description:
      "Creates an account and mails a verification link. An address that already has an account gets a notice instead, with the same answer",
  })
  register(
    @Arg("input", { description: "The new account's e-mail address, password, name, username and language" })
    input: RegisterInput,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    return ctx.services.accounts.register(input, ctx.ip);
  }

  @Authorized(Access.ANYONE)
  @Mutation(() => Person, { description: "Confirms an e-mail address with the token from the mailed link" })
  verifyEmail(
    @Arg("input", { description: "The token from the mailed link" }) { token }: VerifyEmailInput,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    return ctx.services.accounts.verifyEmail(token);
  }

  @Authorized(Access.ANYONE)
  @Mutation(() => Boolean, { description: "Mails the verification link again, if the address awaits one" })
  async resendVerification(
    @Arg("input", { description: "The address awaiting verification" }) { email }: ResendVerificationInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.accounts.resendVerification(email, ctx.ip);
    return true;
  }

  @Authorized(Access.ANYONE)
  @Mutation(() => Person, { description: "Opens a session (cookie) with an e-mail address or username" })
  async login(
    @Arg("input", { description: "E-mail address or username, and password" }) input: LoginInput,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    if (!ctx.setSessionCookie) throw new Forbidden("auth.loginOverWebSocket");
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
    @Arg("input", { description: "The address of the account" }) { email }: RequestPasswordResetInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.accounts.requestPasswordReset(email, ctx.ip);
    return true;
  }

  @Authorized(Access.ANYONE)
  @Mutation(() => Boolean, { description: "Sets a new password from a reset link and ends every session" })
  async resetPassword(
    @Arg("input", { description: "The token from the reset link and the new password" }) input: ResetPasswordInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.accounts.resetPassword(input);
    return true;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Boolean, { description: "Changes the password and ends the other sessions" })
  async changePassword(
    @Arg("input", { description: "The current password and the new one" }) input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.accounts.changePassword(requireViewer(ctx), ctx.sessionId, input);
    return true;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Boolean, { description: "Mails a verification link to the new address; it applies once followed" })
  async changeEmail(
    @Arg("input", { description: "The new address and the current password" }) input: ChangeEmailInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.accounts.requestEmailChange(requireViewer(ctx), input, ctx.ip);
    return true;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Boolean, { description: "Deletes the account and profile at once (see the README)" })
  async deleteAccount(
    @Arg("input", { description: "The current password, to confirm" }) input: DeleteAccountInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.accounts.deleteAccount(requireViewer(ctx), input.password);
    ctx.setSessionCookie?.(null);
    return true;
  }
}
