import type { OfferCatalogue } from './en.js';

/** Les messages des offres en français (./en.ts en donne les clés et l’usage). */
export const fr = {
  'offerTerm.releaseForPeriod': 'Mise à disposition du fonctionnaire pour toute la durée du détachement',
  'offerTerm.salaryAndBenefits': 'Traitement, sécurité sociale, retraite et avantages maintenus par l’administration d’origine',
  'offerTerm.travelAndRemoval': 'Frais de voyage et de déménagement à l’arrivée et au départ',
  'offerTerm.dutyStationConditions': 'Les conditions d’emploi au lieu d’affectation',
  'statusPage.offer.title': 'Votre offre',
  'statusPage.offer.intro': 'Nous vous offrons le poste : un détachement à partir du {startsOn} pour {months, plural, one {# mois} other {# mois}}.',
  'statusPage.offer.answerBy': 'Veuillez répondre avant la fin du {date} au lieu d’affectation (heure de {timeZone}) : jusqu’au {until}.',
  'statusPage.offer.yourTime': 'Soit jusqu’au {date}, {time} à votre heure ({timeZone}, {offset}).',
  'statusPage.offer.homeConfirmation': 'Votre administration d’origine doit confirmer ce qui suit par l’intermédiaire de votre BCN avant le {by} :',
  'statusPage.offer.homeConfirmed': 'La confirmation de votre administration d’origine a été reçue.',
  'statusPage.offer.legend': 'Votre réponse',
  'statusPage.offer.accept': 'J’accepte l’offre',
  'statusPage.offer.decline': 'Je décline l’offre',
  'statusPage.offer.declineWarning': 'Si vous déclinez, votre candidature à ce poste prend fin et le poste pourra être offert à un autre candidat.',
  'statusPage.offer.send': 'Envoyer ma réponse',
  'statusPage.offer.pickOne': 'Indiquez d’abord si vous acceptez ou déclinez.',
  'statusPage.offer.accepted': 'Vous avez accepté l’offre le {date}.',
  'statusPage.offer.declined': 'Vous avez décliné l’offre le {date}.',
  'statusPage.offer.lapsed': 'L’offre a expiré : elle n’a pas reçu de réponse avant la fin du {date} (heure de {timeZone}).',
  'statusPage.offer.closed': 'Le jour limite de réponse est passé : il n’est plus possible de répondre à l’offre ici.',
  'statusPage.offer.acceptedNews': 'Merci : votre acceptation est enregistrée.',
  'statusPage.offer.declinedNews': 'Votre réponse est enregistrée : vous avez décliné l’offre.',
  'statusPage.offer.failed': 'Votre réponse n’a pas pu être enregistrée. {detail}',
} as const satisfies OfferCatalogue;
