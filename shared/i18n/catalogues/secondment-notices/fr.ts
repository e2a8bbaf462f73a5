import type { SecondmentNoticeCatalogue } from './en.js';

/** Les avis de fin de détachement en français (voir ./en.ts). */
export const fr: SecondmentNoticeCatalogue = {
  'endingEmail.officer.subject': 'Votre détachement prend fin le {lastDay}',
  'endingEmail.officer.body': 'Votre détachement auprès de <b>{unit}</b> à {dutyStation}, commencé le {firstDay}, prend fin le <b>{lastDay}</b>, votre dernier jour de service.',
  'endingEmail.about.subject': 'Fin de détachement le {lastDay} : {name}, {unit}',
  'endingEmail.about.body':
    'Le détachement de <b>{name}</b> ({administration}) auprès de <b>{unit}</b> à {dutyStation}, commencé le {firstDay}, prend fin le <b>{lastDay}</b>, dernier jour de service.',
  'endingEmail.endsThere': 'Le service prend fin à la fin de ce jour à {dutyStation} ({timeZone}), soit le {there}.',
  'endingEmail.notice': '{monthsLeft, plural, =0 {Il reste moins d’un mois} one {Il reste # mois} other {Il reste # mois}} d’ici là : le temps de préparer le retour, ou une prolongation.',
  'endingEmail.room.left':
    'Selon les règles, un détachement {type, select, regular {régulier} other {de courte durée}} dure au plus {limit} mois au total ; celui-ci en compte {taken}, il peut donc encore être prolongé de <b>{left, plural, one {# mois} other {# mois}}</b> au plus.',
  'endingEmail.room.none':
    'Selon les règles, un détachement {type, select, regular {régulier} other {de courte durée}} dure au plus {limit} mois au total ; celui-ci en compte {taken}, il <b>ne peut donc plus être prolongé</b>.',
  'endingEmail.underWay': 'Une prolongation de {months, plural, one {# mois} other {# mois}} a déjà été demandée et est en cours : ce dernier jour reste valable tant que les RH ne l’ont pas approuvée.',
  'endingEmail.how.officer':
    'Si vous et votre administration d’origine souhaitez le prolonger, adressez-vous à votre Bureau central national (BCN) : il demande la prolongation au nom de votre administration d’origine et nous transmet sa lettre de confirmation ; les RH décident ensuite.',
  'endingEmail.how.ncb':
    'Pour le prolonger, demandez la prolongation dans l’onglet Détachements de la page du personnel avant le dernier jour, et déposez-y la lettre de confirmation de l’administration d’origine ; les RH décident ensuite.',
  'endingEmail.how.hr':
    'Une prolongation est demandée par les RH ou par le BCN dans l’onglet Détachements ; elle requiert la lettre de confirmation de l’administration d’origine, transmise par le BCN, et l’approbation des RH.',
  'endingEmail.reference': 'Référence du détachement : {reference}',
  'hrDigest.secondments.heading': '{months, plural, one {Détachements prenant fin d’ici # mois} other {Détachements prenant fin d’ici # mois}}',
  'hrDigest.secondments.none': 'Aucun détachement ne prend fin dans cette période.',
  'hrDigest.secondments.item':
    '{name} ({nationality}), {unit}, {dutyStation} : dernier jour <b>{lastDay}</b>{early, select, yes { (fin anticipée enregistrée)} other {}} ; {left, plural, =0 {aucune prolongation possible selon les règles} one {# mois restant selon les règles} other {# mois restants selon les règles}}',
  'hrDigest.extensions.heading': 'Prolongations en cours',
  'hrDigest.extensions.item':
    '{name}, {unit} : {months, plural, one {# mois} other {# mois}} demandés le {askedOn} ; {step, select, letter {<b>en attente de la lettre de l’administration d’origine</b> par le BCN} other {<b>en attente de l’approbation des RH</b>}}',
};
