import type { ExpertRosterCatalogue } from './en.js';

/** La invitación a presentar candidatura que recibe un experto civil de la lista de la unidad, en español (véase ./en.ts). */
export const es: ExpertRosterCatalogue = {
  'email.invitation.subject': 'Invitación a presentar su candidatura: convocatoria {number}, {title} ({mission})',
  'email.invitation.intro': 'La unidad busca candidatos para la convocatoria {number}, {title}, un puesto en {mission}, y le invita a presentar su candidatura.',
  'email.invitation.call': 'Convocatoria: {number}, {title}; lugar de destino: {location}',
  'email.invitation.mission':
    'Misión: {mission}, dirigida por {organisation, select, EU {la Unión Europea} UN {las Naciones Unidas} other {la Organización para la Seguridad y la Cooperación en Europa (OSCE)}}',
  'email.invitation.role': 'Categoría de función: {field}',
  'email.invitation.deadline': 'Plazo de presentación de candidaturas: {deadline}',
  'email.invitation.missionDeadline': 'Plazo de la misión: {date}; la unidad propone a sus candidatos a la misión antes de esa fecha',
  'email.invitation.why':
    'Recibe esta invitación porque figura en la lista de expertos civiles desplegables de la unidad y su ámbito de especialización, {field}, es el que requiere este puesto.',
  'email.invitation.whyRoster': 'Recibe esta invitación porque figura en la lista de expertos civiles desplegables de la unidad.',
  'email.invitation.apply': 'Para presentar su candidatura, <link>rellene el formulario de la convocatoria</link>: en él se indica lo que requiere el puesto y los documentos que debe enviar.',
  'email.invitation.choice':
    'Presentar o no su candidatura es decisión suya. Decida lo que decida, seguirá en la lista: no presentarse a esta convocatoria no cambia nada, y la unidad le tendrá en cuenta para otros puestos de su ámbito.',
  'email.invitation.signature': 'El equipo de comisiones de servicio internacionales',
  'email.invitation.field.borderMonitoring': 'Vigilancia de fronteras',
  'email.invitation.field.fieldOfficeManagement': 'Dirección de oficinas sobre el terreno y de misiones',
  'email.invitation.field.humanRights': 'Derechos humanos',
  'email.invitation.field.ruleOfLaw': 'Estado de derecho',
  'email.invitation.field.media': 'Medios de comunicación',
  'email.invitation.field.programmeManagement': 'Gestión de programas',
  'email.invitation.field.policeTraining': 'Formación policial',
  'email.invitation.field.politicalAffairs': 'Asuntos políticos',
  'email.invitation.field.goodGovernance': 'Buena gobernanza',
  'email.invitation.field.democratisation': 'Promoción de la democracia',
};
