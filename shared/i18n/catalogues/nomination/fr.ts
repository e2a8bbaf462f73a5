import type { NominationCatalogue } from './en.js';

/** La réponse de la mission à une proposition de candidature, en français (voir ./en.ts). */
export const fr: NominationCatalogue = {
  'email.nomination.call': 'Appel : {number}, {title} ({location})',
  'email.nomination.mission':
    'Mission : {mission}, conduite par {organisation, select, EU {l’Union européenne} UN {l’Organisation des Nations Unies} other {l’Organisation pour la sécurité et la coopération en Europe (OSCE)}}',
  'email.nomination.outcome': 'Réponse de la mission ({day}) : {outcome, select, selected {candidature retenue} reserve {liste de réserve} other {candidature non retenue}}',
  'email.nomination.signature': 'L’équipe des détachements internationaux',
  'email.nomination.candidate.subject':
    '{outcome, select, selected {Candidature retenue par {mission} : appel {number}} reserve {Liste de réserve de {mission} : appel {number}} other {Réponse de {mission} à l’appel {number}}}',
  'email.nomination.candidate.intro': 'L’unité a proposé votre candidature à {mission} pour l’appel {number}, {title}, et la mission a maintenant rendu sa réponse.',
  'email.nomination.candidate.selected':
    'Félicitations : la mission a retenu votre candidature pour ce poste. L’unité vous contactera prochainement pour préparer votre déploiement : habilitation de sécurité, visite médicale, formation à la sécurité en environnement hostile et assurance, ainsi que vos dates de déploiement. D’ici là, ne prenez aucune disposition de voyage.',
  'email.nomination.candidate.reserve':
    'Votre candidature figure sur la liste de réserve de la mission. Si un candidat retenu ne prend pas son poste, la mission pourra faire appel à vous, et l’unité vous contactera aussitôt. Vous n’avez rien à faire pour l’instant.',
  'email.nomination.candidate.notSelected':
    'La mission n’a pas retenu votre candidature pour ce poste. Merci du temps et du soin que vous avez consacrés à votre candidature et à votre entretien. D’autres appels à candidatures pour des postes en mission sont ouverts, et nous serions heureux d’y recevoir votre candidature.',
  'email.nomination.force.subject':
    '{outcome, select, selected {Candidature de {name} retenue par {mission} : appel {number}} reserve {Candidature de {name} sur la liste de réserve de {mission} : appel {number}} other {Candidature de {name} non retenue par {mission} : appel {number}}}',
  'email.nomination.force.intro':
    'Vous avez approuvé la mise à disposition de {name} ({force}) pour l’appel {number}, {title}, du {from} au {until}. L’unité a proposé cette candidature à la mission, qui a maintenant répondu.',
  'email.nomination.force.introNoPeriod':
    'Vous avez approuvé la mise à disposition de {name} ({force}) pour l’appel {number}, {title}. L’unité a proposé cette candidature à la mission, qui a maintenant répondu.',
  'email.nomination.force.selected':
    'La mission a retenu la candidature de {name}. L’unité prendra contact avec cette personne au sujet de la préparation au déploiement (habilitation de sécurité, visite médicale, formation à la sécurité en environnement hostile et assurance) et des dates de déploiement, et vous communiquera ces dates pour que vous puissiez organiser son absence.',
  'email.nomination.force.reserve':
    'La candidature de {name} figure sur la liste de réserve de la mission : celle-ci pourra faire appel à cette personne si un candidat retenu ne prend pas son poste. L’unité vous préviendra le cas échéant ; d’ici là, cette personne reste en poste dans votre force.',
  'email.nomination.force.notSelected':
    'La mission n’a pas retenu la candidature de {name} pour ce poste : la mise à disposition que vous avez approuvée ne servira pas pour cet appel, et cette personne reste en poste dans votre force. Merci de l’avoir mise à disposition.',
};
