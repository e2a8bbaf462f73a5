import type { DeploymentCatalogue } from './en.js';

/** Les courriels d’un déploiement, en français (voir ./en.ts). */
export const fr: DeploymentCatalogue = {
  'email.deployment.mission':
    'Mission : {mission}, conduite par {organisation, select, EU {l’Union européenne} UN {l’Organisation des Nations Unies} other {l’Organisation pour la sécurité et la coopération en Europe (OSCE)}}, lieu d’affectation : {dutyStation}',
  'email.deployment.tour': 'Période de mission : du {deploymentDay} au {rotationDay}',
  'email.deployment.extensionRequested.subject': 'Demande de prolongation pour {name} ({mission}) jusqu’au {until}',
  'email.deployment.extensionRequested.body':
    'L’unité vous demande d’approuver la prolongation du déploiement de {name} ({force}) auprès de {mission} : sa période de mission, qui se termine actuellement le {rotationDay}, se poursuivrait jusqu’au {until}.',
  'email.deployment.extension.reason': 'Motif donné par l’unité : {reason}',
  'email.deployment.extension.how':
    'Veuillez approuver ou refuser la prolongation dans l’onglet Déploiements de la page du personnel. Tant que vous n’avez pas décidé, la mission se termine à la date prévue actuellement.',
  'email.deployment.extensionWaiting.subject': 'Rappel : la prolongation pour {name} ({mission}) attend votre décision',
  'email.deployment.extensionWaiting.body':
    'Le {requestedOn}, l’unité vous a demandé d’approuver la prolongation du déploiement de {name} ({force}) auprès de {mission} jusqu’au {until}. Elle n’est pas encore décidée, et sa période de mission se termine le {rotationDay}.',
  'email.deployment.extensionDecided.subject':
    '{decision, select, approved {Votre déploiement auprès de {mission} est prolongé jusqu’au {until}} other {Votre déploiement auprès de {mission} n’est pas prolongé}}',
  'email.deployment.extensionDecided.body':
    '{decision, select, approved {La prolongation de votre déploiement auprès de {mission} a été approuvée : votre période de mission se termine désormais le {until}.} other {La prolongation de votre déploiement auprès de {mission} jusqu’au {until} n’a pas été approuvée : votre période de mission se termine toujours le {rotationDay}.}}',
  'email.deployment.extensionDecided.next': 'L’unité prendra contact avec vous au sujet de votre relève et de votre voyage de retour. N’hésitez pas à la contacter pour toute question.',
  'email.deployment.checklist.missing':
    '{item, select, vetting {Habilitation de sécurité} medical {Examen médical} hostileEnvironmentTraining {Formation à la sensibilisation aux environnements hostiles} other {Assurance}} : pas encore enregistré',
  'email.deployment.checklist.expires':
    '{item, select, vetting {Habilitation de sécurité} medical {Examen médical} hostileEnvironmentTraining {Formation à la sensibilisation aux environnements hostiles} other {Assurance}} : expire le {expiresOn}, avant la fin de la mission le {rotationDay}',
  'email.deployment.checklist.officer.subject': 'Avant votre déploiement auprès de {mission} : {days, plural, one {# jour} other {# jours}} restants',
  'email.deployment.checklist.officer.intro':
    'Votre déploiement auprès de {mission} commence le {deploymentDay}, dans {days, plural, one {# jour} other {# jours}}. Ces éléments préalables au déploiement ne sont pas encore en ordre :',
  'email.deployment.checklist.officer.next':
    'Veuillez régler ce qui manque et envoyer à l’unité le certificat ou la police de chaque élément, afin qu’elle puisse les enregistrer avant votre départ.',
  'email.deployment.checklist.hr.subject': 'Liste de contrôle incomplète : {name}, {mission}, {days, plural, one {# jour} other {# jours}} avant le déploiement',
  'email.deployment.checklist.hr.intro':
    'Le déploiement de {name} auprès de {mission} commence le {deploymentDay}, dans {days, plural, one {# jour} other {# jours}}. Ces éléments de la liste de contrôle ne sont pas encore en ordre :',
  'email.deployment.checklist.hr.next': 'Enregistrez chaque élément dans l’onglet Déploiements une fois réglé. La même liste a été envoyée à l’agent.',
  'email.deployment.returnDue.subject': 'Retour attendu : {name}, {mission}',
  'email.deployment.returnDue.body':
    'La période de mission de {name} auprès de {mission} s’est terminée le {rotationDay} et aucun retour n’est enregistré. Enregistrez le retour dans l’onglet Déploiements, ou demandez une prolongation si l’agent reste en mission.',
  'email.deployment.debriefDue.subject': 'Débriefing attendu : {name}, {mission}',
  'email.deployment.debriefDue.body':
    '{name} est revenu·e de {mission} le {returnedOn}, il y a {days, plural, one {# jour} other {# jours}}, et aucun débriefing n’est enregistré. Veuillez tenir le débriefing et l’enregistrer dans l’onglet Déploiements.',
};
