import { EmailToken } from "../modules/accounts/email-token.entity";
import { Person } from "../modules/accounts/person.entity";
import { Session } from "../modules/accounts/session.entity";

export const entities = [Person, Session, EmailToken];
