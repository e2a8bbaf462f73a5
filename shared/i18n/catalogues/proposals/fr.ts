import type { ProposalCatalogue } from './en.js';

/** The proposals messages in this language: part of its catalogue. */
export const fr: ProposalCatalogue = {
  'proposals.area.counterTerrorism': 'Lutte contre le terrorisme',
  'proposals.area.cybercrime': 'Cybercriminalité',
  'proposals.area.drugTrafficking': 'Trafic de stupéfiants',
  'proposals.area.organizedCrime': 'Criminalité organisée',
  'proposals.area.financialCrime': 'Criminalité financière et lutte contre la corruption',
  'proposals.area.traffickingInHumanBeings': 'Traite des êtres humains et trafic de migrants',
  'proposals.area.vulnerableCommunities': 'Criminalité contre les enfants et les communautés vulnérables',
  'proposals.area.environmentalSecurity': 'Sécurité environnementale',
  'proposals.area.fugitiveInvestigations': 'Recherche des fugitifs',
  'proposals.area.forensics': 'Police scientifique',
  'proposals.area.criminalIntelligence': 'Analyse du renseignement criminel',
  'proposals.area.capacityBuilding': 'Renforcement des capacités et formation',
  'proposalEmail.declined.subject': 'Proposition de détachement de courte durée déclinée : {officer}',
  'proposalEmail.declined.body': 'L’Organisation a décliné la proposition de votre BCN, faite le {proposedOn}, de détacher <b>{officer}</b> pour une courte durée.',
  'proposalEmail.declined.reason': 'Motif indiqué : {reason}',
  'proposalEmail.lapsed.subject': 'Proposition de détachement de courte durée close : {officer}',
  'proposalEmail.lapsed.body': 'La proposition de votre BCN, faite le {proposedOn}, de détacher <b>{officer}</b> pour une courte durée n’a pas été retenue dans un délai de {days, plural, one {# jour} other {# jours}} ; elle est désormais close.',
  'proposalEmail.lapsed.again': 'Si ce fonctionnaire est toujours disponible, vous pouvez le proposer à nouveau.',
  'proposalEmail.matched.subject': 'Détachement de courte durée : votre candidature au poste {number}, {title}',
  'proposalEmail.matched.body': 'Votre Bureau central national (BCN) vous a proposé pour un détachement de courte durée, et l’Organisation a retenu votre candidature pour le poste <b>{number}, {title}</b> ({location}). Votre candidature a été établie à partir de la proposition, avec votre CV, votre lettre de confirmation et la validation de votre BCN.',
  'proposalEmail.matched.follow': '<link>Suivez votre candidature sur sa page de suivi</link> : les prochaines étapes, et comment la retirer. Gardez ce lien pour vous.',
};
