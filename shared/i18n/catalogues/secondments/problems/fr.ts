import type { SecondmentProblems } from './en.js';

/** Les problèmes des détachements qu’un BCN peut rencontrer, en français (voir ./en.ts). */
export const fr: SecondmentProblems = {
  'problem.notFound.secondment': 'Il n’existe aucun détachement portant cet identifiant.',
  'problem.notFound.extension': 'Ce détachement n’a pas de prolongation de ce type.',
  'problem.conflict.secondmentChanged': 'Ce détachement a été modifié depuis votre lecture : relisez-le, puis décidez à nouveau.',
  'problem.conflict.secondmentEnded': 'Ce détachement a pris fin le {day} : il ne peut plus être prolongé.',
  'problem.conflict.extensionUnderWay':
    'Une prolongation de ce détachement est déjà en cours : elle doit être approuvée, refusée ou retirée avant qu’une autre soit demandée.',
  'problem.conflict.extensionNotAt':
    'Cette prolongation est {state, select, awaitingHomeConfirmation {en attente de la confirmation de l’administration d’origine} awaitingApproval {en attente de l’approbation des RH} approved {approuvée} refused {refusée} other {retirée}} : cette étape ne lui est pas ouverte.',
  'problem.forbidden.notTheAsker': 'Seul {as, select, hr {le service des RH} other {le BCN}}, qui a demandé cette prolongation, peut la retirer.',
  'problem.secondmentRules.extensionLimit':
    '{type, select, regular {Un détachement ordinaire} other {Un détachement de courte durée}} dure au plus {limit, number} mois au total ; celui-ci en compte {taken, number}, donc {left, plural, =0 {il ne peut pas être prolongé} one {il peut être prolongé d’au plus # mois} other {il peut être prolongé d’au plus # mois}} ({months, number} demandés).',
};
