import i18next, { type TFunction } from "i18next";

/**
 * The texts of notification mails (immediate and digest) and of the unsubscribe page, in the
 * person's language. A kind's line is written with `count` (how many times it happened while
 * unread), `actor` (the latest person who acted) and `element`.
 */
const resources = {
  fr: {
    notification: {
      greeting: "Bonjour {{name}},",
      signature: "L'équipe Communect",
      open: "Pour voir vos notifications, ouvrez ce lien :",
      unsubscribeKind: "Pour ne plus recevoir ces mails, ouvrez ce lien :",
      unsubscribeDigest: "Pour ne plus recevoir ce résumé, ouvrez ce lien :",
      settings: "Vos préférences de notification : {{url}}",
      digest: {
        subject_one: "Votre résumé Communect : {{count}} notification",
        subject_other: "Votre résumé Communect : {{count}} notifications",
        intro: "Voici ce qui s'est passé depuis votre dernier résumé :",
      },
      kind: {
        join_requested_one: "{{actor}} demande à rejoindre « {{element}} »",
        join_requested_other: "{{count}} personnes demandent à rejoindre « {{element}} »",
        administration_requested_one: "{{actor}} demande à administrer « {{element}} »",
        administration_requested_other: "{{count}} membres demandent à administrer « {{element}} »",
        request_validated_one: "Votre demande pour rejoindre « {{element}} » a été acceptée",
        request_validated_other: "Votre demande pour rejoindre « {{element}} » a été acceptée",
        request_refused_one: "Votre demande pour rejoindre « {{element}} » a été refusée",
        request_refused_other: "Votre demande pour rejoindre « {{element}} » a été refusée",
        administration_granted_one: "Vous administrez désormais « {{element}} »",
        administration_granted_other: "Vous administrez désormais « {{element}} »",
        invited_one: "{{actor}} vous invite à rejoindre « {{element}} »",
        invited_other: "{{count}} invitations à rejoindre « {{element}} »",
        new_follower_one: "{{actor}} vous suit",
        new_follower_other: "{{count}} nouvelles personnes vous suivent",
        mentioned_one: "{{actor}} vous a mentionné dans une actualité",
        mentioned_other: "{{count}} personnes vous ont mentionné dans une actualité",
        element_mentioned_one: "{{actor}} a mentionné « {{element}} » dans une actualité",
        element_mentioned_other: "{{count}} personnes ont mentionné « {{element}} » dans une actualité",
        commented_one: "{{actor}} a commenté une actualité que vous avez publiée ou commentée",
        commented_other: "{{count}} personnes ont commenté une actualité que vous avez publiée ou commentée",
        wall_posted_one: "{{actor}} a publié sur le mur de « {{element}} »",
        wall_posted_other: "{{count}} personnes ont publié sur le mur de « {{element}} »",
        deletion_requested_one: "{{actor}} demande la suppression de « {{element}} »",
        deletion_requested_other: "{{count}} administrateurs demandent la suppression de « {{element}} »",
      },
      page: {
        title: "Se désabonner",
        kind: "Ne plus recevoir par mail : {{what}}",
        digest: "Ne plus recevoir le résumé quotidien par mail.",
        confirm: "Me désabonner",
        done: "C'est fait : vous ne recevrez plus ces mails. Vous pouvez changer d'avis dans vos préférences de notification.",
        invalid: "Ce lien de désabonnement n'est pas valable.",
      },
    },
  },
  en: {
    notification: {
      greeting: "Hello {{name}},",
      signature: "The Communect team",
      open: "To see your notifications, open this link:",
      unsubscribeKind: "To stop receiving these mails, open this link:",
      unsubscribeDigest: "To stop receiving this digest, open this link:",
      settings: "Your notification settings: {{url}}",
      digest: {
        subject_one: "Your Communect digest: {{count}} notification",
        subject_other: "Your Communect digest: {{count}} notifications",
        intro: "Here is what happened since your last digest:",
      },
      kind: {
        join_requested_one: "{{actor}} asks to join “{{element}}”",
        join_requested_other: "{{count}} people ask to join “{{element}}”",
        administration_requested_one: "{{actor}} asks to administer “{{element}}”",
        administration_requested_other: "{{count}} members ask to administer “{{element}}”",
        request_validated_one: "Your request to join “{{element}}” was accepted",
        request_validated_other: "Your request to join “{{element}}” was accepted",
        request_refused_one: "Your request to join “{{element}}” was refused",
        request_refused_other: "Your request to join “{{element}}” was refused",
        administration_granted_one: "You now administer “{{element}}”",
        administration_granted_other: "You now administer “{{element}}”",
        invited_one: "{{actor}} invites you to join “{{element}}”",
        invited_other: "{{count}} invitations to join “{{element}}”",
        new_follower_one: "{{actor}} follows you",
        new_follower_other: "{{count}} new people follow you",
        mentioned_one: "{{actor}} mentioned you in a news item",
        mentioned_other: "{{count}} people mentioned you in a news item",
        element_mentioned_one: "{{actor}} mentioned “{{element}}” in a news item",
        element_mentioned_other: "{{count}} people mentioned “{{element}}” in a news item",
        commented_one: "{{actor}} commented on a news item you posted or commented on",
        commented_other: "{{count}} people commented on a news item you posted or commented on",
        wall_posted_one: "{{actor}} posted on the wall of “{{element}}”",
        wall_posted_other: "{{count}} people posted on the wall of “{{element}}”",
        deletion_requested_one: "{{actor}} asks to delete “{{element}}”",
        deletion_requested_other: "{{count}} administrators ask to delete “{{element}}”",
      },
      page: {
        title: "Unsubscribe",
        kind: "Stop receiving by mail: {{what}}",
        digest: "Stop receiving the daily digest by mail.",
        confirm: "Unsubscribe",
        done: "Done: you will not receive these mails any more. You can change your mind in your notification settings.",
        invalid: "This unsubscribe link is not valid.",
      },
    },
  },
};

const instance = i18next.createInstance();
// Mails are plain text: names are written as given. The unsubscribe page escapes what it shows itself.
void instance.init({
  resources,
  fallbackLng: "fr",
  ns: ["notification"],
  defaultNS: "notification",
  initAsync: false,
  interpolation: { escapeValue: false },
});

export function notificationTranslator(language: string): TFunction {
  return instance.getFixedT(language in resources ? language : "fr", "notification");
}
