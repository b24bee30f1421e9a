import i18next, { type TFunction } from "i18next";

/** Mail texts; French is the default language of the instance. */
const resources = {
  fr: {
    mail: {
      greeting: "Bonjour {{name}},",
      signature: "L'équipe Communect",
      verify: {
        subject: "Confirmez votre adresse e-mail",
        body: "Pour confirmer votre adresse e-mail sur Communect, ouvrez ce lien (valable 48 heures) :",
        ignore: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
      },
      reset: {
        subject: "Réinitialisation de votre mot de passe",
        body: "Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure, une seule fois) :",
        ignore: "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.",
      },
      taken: {
        subject: "Quelqu'un a voulu utiliser votre adresse e-mail",
        body: "Quelqu'un vient de demander à utiliser votre adresse e-mail pour un compte Communect, alors que votre compte l'utilise déjà. Si c'était vous, connectez-vous avec votre compte ; si vous avez oublié votre mot de passe, choisissez-en un nouveau ici :",
        ignore: "Si vous n'y êtes pour rien, ignorez ce message : votre compte reste tel qu'il est.",
      },
      invite: {
        subject: "{{inviter}} vous invite à rejoindre « {{element}} »",
        body: "{{inviter}} vous invite à rejoindre « {{element}} » sur Communect. Pour répondre, ouvrez ce lien :",
        ignore:
          "Si cette invitation ne vous intéresse pas, ignorez ce message : vous n'en recevrez pas d'autre pour « {{element}} ».",
      },
    },
  },
  en: {
    mail: {
      greeting: "Hello {{name}},",
      signature: "The Communect team",
      verify: {
        subject: "Confirm your e-mail address",
        body: "To confirm your e-mail address on Communect, open this link (valid for 48 hours):",
        ignore: "If you did not ask for this, ignore this message.",
      },
      reset: {
        subject: "Reset your password",
        body: "To choose a new password, open this link (valid for 1 hour, once):",
        ignore: "If you did not ask for this, ignore this message: your password stays the same.",
      },
      taken: {
        subject: "Someone tried to use your e-mail address",
        body: "Someone just asked to use your e-mail address for a Communect account, but your account already uses it. If it was you, log in with your account; if you forgot your password, choose a new one here:",
        ignore: "If it was not you, ignore this message: your account stays as it is.",
      },
      invite: {
        subject: "{{inviter}} invites you to join “{{element}}”",
        body: "{{inviter}} invites you to join “{{element}}” on Communect. To answer, open this link:",
        ignore:
          "If this invitation does not interest you, ignore this message: you will get no other one for “{{element}}”.",
      },
    },
  },
};

const instance = i18next.createInstance();
// Mails are plain text: names are written as given, not HTML-escaped ("Café & Co", not "Café &amp; Co").
void instance.init({
  resources,
  fallbackLng: "fr",
  ns: ["mail"],
  defaultNS: "mail",
  initAsync: false,
  interpolation: { escapeValue: false },
});

export function mailTranslator(language: string): TFunction {
  return instance.getFixedT(language in resources ? language : "fr", "mail");
}
