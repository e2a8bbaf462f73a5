import type { CircularCatalogue } from './en.js';

/** The circulars messages in this language: part of its catalogue. */
export const fr: CircularCatalogue = {
  'circularAck.title': 'Circulaire relative au poste {number} · Secondment Hub',
  'circularAck.skipLink': 'Aller au contenu principal',
  'circularAck.tagline': 'Détachements auprès de l’Organisation',
  'circularAck.languages': 'Langue',
  'circularAck.heading': 'Circulaire relative au poste {number}',
  'circularAck.about': 'La circulaire annonçant le poste <b>{number}</b>, {title}, a été envoyée au BCN suivant : <b>{country}</b>.',
  'circularAck.amended': 'Il s’agit d’une circulaire modifiée : elle remplace celle envoyée précédemment.',
  'circularAck.prompt': 'Veuillez confirmer que votre BCN l’a bien reçue. Rien n’est enregistré tant que vous n’avez pas appuyé sur le bouton.',
  'circularAck.button': 'Accuser réception',
  'circularAck.acknowledged': 'Merci. L’accusé de réception de votre BCN pour cette circulaire a été enregistré le {date}.',
  'circularAck.already': 'Votre BCN a déjà accusé réception de cette circulaire le {date}. Aucune autre démarche n’est nécessaire.',
  'circularAck.notice': 'Lire l’avis de vacance',
  'circularAck.notFound.heading': 'Ce lien ne fonctionne pas',
  'circularAck.notFound.text': 'Aucune circulaire ne correspond à ce lien. Ouvrez à nouveau le lien de la circulaire reçue par courriel.',
  'circularAck.expired.heading': 'Ce lien a expiré',
  'circularAck.expired.text': 'Ce lien d’accusé de réception a expiré le {date}. Veuillez plutôt répondre au courriel de la circulaire.',
  'circularAck.footer': 'Secondment Hub : les postes ouverts aux fonctionnaires détachés par leur administration nationale.',

  'admin.circular.notSent': 'Circulaire : pas encore envoyée à votre BCN',
  'admin.circular.sent': 'Circulaire envoyée le {date} ; réception pas encore accusée',
  'admin.circular.amended': 'Circulaire modifiée envoyée le {date} ; réception pas encore accusée',
  'admin.circular.acknowledged': 'Circulaire envoyée le {sent} ; réception accusée le {date}',
  'admin.circular.acknowledge': 'Accuser réception',
  'admin.circular.acknowledge.label': 'Accuser réception de la circulaire relative au poste {number}',
  'admin.circular.acknowledgedNow': 'Réception de la circulaire relative au poste {number} accusée.',
  'admin.circular.acknowledgeFailed': 'L’accusé de réception n’a pas pu être enregistré : {reason}',

  'admin.circular.hr.column': 'Circulaire',
  'admin.circular.hr.summary':
    '{sent, plural, =0 {Pas encore envoyée} one {Envoyée à # BCN} other {Envoyée à # BCN}}, {bounced} rejetée(s), {acknowledged} accusé(s) de réception{amendments, plural, =0 {} one {, # modification} other {, # modifications}}',
  'admin.circular.hr.bounced': 'Rejetée pour : {countries}',
  'admin.circular.hr.pending': '{pending, plural, one {# BCN doit encore recevoir la dernière édition} other {# BCN doivent encore recevoir la dernière édition}}',
  'admin.circular.hr.loadFailed': 'Les chiffres de la circulaire n’ont pas pu être chargés.',
};
