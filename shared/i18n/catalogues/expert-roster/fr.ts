import type { ExpertRosterCatalogue } from './en.js';

/** L’invitation à postuler adressée à un expert civil de la liste de l’unité, en français (voir ./en.ts). */
export const fr: ExpertRosterCatalogue = {
  'email.invitation.subject': 'Invitation à postuler : appel {number}, {title} ({mission})',
  'email.invitation.intro': 'L’unité recrute pour l’appel {number}, {title}, un poste au sein de {mission}, et vous invite à y postuler.',
  'email.invitation.call': 'Appel : {number}, {title} ; lieu d’affectation : {location}',
  'email.invitation.mission':
    'Mission : {mission}, conduite par {organisation, select, EU {l’Union européenne} UN {l’Organisation des Nations Unies} other {l’Organisation pour la sécurité et la coopération en Europe (OSCE)}}',
  'email.invitation.role': 'Catégorie de fonction : {field}',
  'email.invitation.deadline': 'Date limite de candidature : {deadline}',
  'email.invitation.missionDeadline': 'Date limite de la mission : {date} ; l’unité propose ses candidats à la mission avant cette date',
  'email.invitation.why':
    'Vous recevez cette invitation parce que vous figurez sur la liste des experts civils déployables de l’unité et que votre domaine d’expertise, {field}, est celui que requiert ce poste.',
  'email.invitation.whyRoster': 'Vous recevez cette invitation parce que vous figurez sur la liste des experts civils déployables de l’unité.',
  'email.invitation.apply': 'Pour postuler, <link>remplissez le formulaire de l’appel</link> : il précise ce que requiert le poste et les documents à fournir.',
  'email.invitation.choice':
    'Postuler ou non relève de votre seul choix. Quelle que soit votre décision, vous restez sur la liste : ne pas postuler à cet appel ne change rien, et l’unité pensera à vous pour d’autres postes dans votre domaine.',
  'email.invitation.signature': 'L’équipe des détachements internationaux',
  'email.invitation.field.borderMonitoring': 'Surveillance des frontières',
  'email.invitation.field.fieldOfficeManagement': 'Direction de bureaux de terrain et de missions',
  'email.invitation.field.humanRights': 'Droits de l’homme',
  'email.invitation.field.ruleOfLaw': 'État de droit',
  'email.invitation.field.media': 'Médias',
  'email.invitation.field.programmeManagement': 'Gestion de programmes',
  'email.invitation.field.policeTraining': 'Formation de policiers',
  'email.invitation.field.politicalAffairs': 'Affaires politiques',
  'email.invitation.field.goodGovernance': 'Bonne gouvernance',
  'email.invitation.field.democratisation': 'Promotion de la démocratie',
};
