import type { ProposalCatalogue } from './en.js';

/** The proposals messages in this language: part of its catalogue. */
export const es: ProposalCatalogue = {
  'proposals.area.counterTerrorism': 'Lucha contra el terrorismo',
  'proposals.area.cybercrime': 'Ciberdelincuencia',
  'proposals.area.drugTrafficking': 'Tráfico de drogas',
  'proposals.area.organizedCrime': 'Delincuencia organizada',
  'proposals.area.financialCrime': 'Delincuencia financiera y lucha contra la corrupción',
  'proposals.area.traffickingInHumanBeings': 'Trata de personas y tráfico ilícito de migrantes',
  'proposals.area.vulnerableCommunities': 'Delitos contra menores y comunidades vulnerables',
  'proposals.area.environmentalSecurity': 'Seguridad medioambiental',
  'proposals.area.fugitiveInvestigations': 'Búsqueda de prófugos',
  'proposals.area.forensics': 'Policía científica',
  'proposals.area.criminalIntelligence': 'Análisis de inteligencia criminal',
  'proposals.area.capacityBuilding': 'Desarrollo de capacidades y formación',
  'proposalEmail.declined.subject': 'Propuesta de comisión de servicio de corta duración rechazada: {officer}',
  'proposalEmail.declined.body': 'La Organización ha rechazado la propuesta de su OCN, hecha el {proposedOn}, de <b>{officer}</b> para una comisión de servicio de corta duración.',
  'proposalEmail.declined.reason': 'Motivo indicado: {reason}',
  'proposalEmail.lapsed.subject': 'Propuesta de comisión de servicio de corta duración cerrada: {officer}',
  'proposalEmail.lapsed.body': 'La propuesta de su OCN, hecha el {proposedOn}, de <b>{officer}</b> para una comisión de servicio de corta duración no se aceptó en un plazo de {days, plural, one {# día} other {# días}}, y ahora está cerrada.',
  'proposalEmail.lapsed.again': 'Si el funcionario sigue disponible, pueden volver a proponerlo.',
  'proposalEmail.matched.subject': 'Comisión de servicio de corta duración: su candidatura a la vacante {number}, {title}',
  'proposalEmail.matched.body': 'Su Oficina Central Nacional (OCN) le propuso para una comisión de servicio de corta duración, y la Organización le ha asignado a la vacante <b>{number}, {title}</b> ({location}). Su candidatura se ha creado a partir de la propuesta, con su CV, su carta de confirmación y la validación de su OCN.',
  'proposalEmail.matched.follow': '<link>Siga su candidatura en su página de seguimiento</link>: los próximos pasos y cómo retirarla. Mantenga este enlace en privado.',
};
