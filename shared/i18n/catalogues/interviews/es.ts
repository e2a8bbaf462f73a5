import type { InterviewCatalogue } from './en.js';

/** Los mensajes de la capacidad de entrevistas en español (véase ./en.ts). */
export const es: InterviewCatalogue = {
  'interviewEmail.slotTime': '{date}, {time}, hora de {timeZone} ({offset})',
  'interviewEmail.yourTime': '{date}, {time} en su hora ({timeZone}, {offset})',
  'interviewEmail.duration': '{minutes, plural, one {# minuto} other {# minutos}}',
  'interviewEmail.place': 'Lugar: {place}',
  'interviewEmail.video': 'Videollamada: {link}',
  'interviewEmail.invitation.subject': 'Entrevista para la vacante {number}, {title}: elija su horario',
  'interviewEmail.invitation.body': 'Le invitamos a una entrevista para la vacante <b>{number}, {title}</b> ({location}).',
  'interviewEmail.invitation.pick':
    '<link>Abra su página de seguimiento</link> con el enlace del acuse de recibo de su candidatura y elija uno de los horarios de entrevista disponibles. Cada horario es para un solo candidato: quien lo elige primero lo obtiene.',
  'interviewEmail.booked.subject': 'Su entrevista para la vacante {number} está reservada',
  'interviewEmail.booked.body': 'Su entrevista para la vacante <b>{number}, {title}</b> está reservada:',
  'interviewEmail.booked.calendar': 'El archivo de calendario adjunto (interview.ics) la añade a su agenda.',
  'interviewEmail.booked.change': 'Puede cambiar a otro horario disponible en su página de seguimiento hasta el {cutoff}.',
  'interviewEmail.reminder.subject': 'Recordatorio: su entrevista de mañana para la vacante {number}',
  'interviewEmail.reminder.body': 'Le recordamos su entrevista de mañana para la vacante <b>{number}, {title}</b>:',
  'interviewEmail.moved.subject': 'Su entrevista para la vacante {number} ha cambiado',
  'interviewEmail.moved.body': 'La organización ha cambiado su entrevista para la vacante <b>{number}, {title}</b>. Ahora es:',
  'interviewEmail.cancelled.subject': 'Su horario de entrevista para la vacante {number} se ha cancelado',
  'interviewEmail.cancelled.body':
    'La organización ha cancelado su horario de entrevista para la vacante <b>{number}, {title}</b> ({when}). Su invitación sigue en pie: elija otro horario en su página de seguimiento.',
  'interviewEmail.panel.moved.subject': 'Horario de entrevista modificado: vacante {number}',
  'interviewEmail.panel.cancelled.subject': 'Horario de entrevista cancelado: vacante {number}',
  'interviewEmail.panel.moved.body': 'Ha cambiado un horario de entrevista de la vacante <b>{number}, {title}</b> en el que usted participa. Ahora es:',
  'interviewEmail.panel.cancelled.body': 'Se ha cancelado un horario de entrevista de la vacante <b>{number}, {title}</b> en el que usted participaba ({when}).',
  'interviewEmail.panel.candidate': 'Candidatura reservada en este horario: {reference}.',
};
