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
