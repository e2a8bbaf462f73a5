import type { NominationCatalogue } from './en.js';

/** La respuesta de la misión a una propuesta de candidatura, en español (véase ./en.ts). */
export const es: NominationCatalogue = {
  'email.nomination.call': 'Convocatoria: {number}, {title} ({location})',
  'email.nomination.mission':
    'Misión: {mission}, dirigida por {organisation, select, EU {la Unión Europea} UN {las Naciones Unidas} other {la Organización para la Seguridad y la Cooperación en Europa (OSCE)}}',
  'email.nomination.outcome': 'Respuesta de la misión ({day}): {outcome, select, selected {candidatura seleccionada} reserve {lista de reserva} other {candidatura no seleccionada}}',
  'email.nomination.signature': 'El equipo de comisiones de servicio internacionales',
  'email.nomination.candidate.subject':
    '{outcome, select, selected {Candidatura seleccionada por {mission}: convocatoria {number}} reserve {Lista de reserva de {mission}: convocatoria {number}} other {Respuesta de {mission} a la convocatoria {number}}}',
  'email.nomination.candidate.intro': 'La unidad propuso su candidatura a {mission} para la convocatoria {number}, {title}, y la misión ya ha dado su respuesta.',
  'email.nomination.candidate.selected':
    'Enhorabuena: la misión ha seleccionado su candidatura para el puesto. La unidad se pondrá en contacto con usted en breve para preparar su despliegue: habilitación de seguridad, reconocimiento médico, curso de seguridad en entornos hostiles y seguro, así como sus fechas de despliegue. Hasta entonces, no haga ningún preparativo de viaje.',
  'email.nomination.candidate.reserve':
    'Su candidatura figura en la lista de reserva de la misión. Si una persona seleccionada no ocupa el puesto, la misión podrá recurrir a usted, y la unidad se lo comunicará de inmediato. Por ahora no tiene que hacer nada.',
  'email.nomination.candidate.notSelected':
    'La misión no ha seleccionado su candidatura para este puesto. Le agradecemos el tiempo y el esmero que dedicó a su candidatura y a su entrevista. Hay otras convocatorias abiertas para puestos en misiones, y nos alegrará recibir su candidatura.',
  'email.nomination.force.subject':
    '{outcome, select, selected {Candidatura de {name} seleccionada por {mission}: convocatoria {number}} reserve {Candidatura de {name} en la lista de reserva de {mission}: convocatoria {number}} other {Candidatura de {name} no seleccionada por {mission}: convocatoria {number}}}',
  'email.nomination.force.intro':
    'Usted aprobó la autorización de {name} ({force}) para la convocatoria {number}, {title}, del {from} al {until}. La unidad propuso esta candidatura a la misión, que ya ha respondido.',
  'email.nomination.force.introNoPeriod':
    'Usted aprobó la autorización de {name} ({force}) para la convocatoria {number}, {title}. La unidad propuso esta candidatura a la misión, que ya ha respondido.',
  'email.nomination.force.selected':
    'La misión ha seleccionado la candidatura de {name}. La unidad se pondrá en contacto con esta persona sobre la preparación del despliegue (habilitación de seguridad, reconocimiento médico, curso de seguridad en entornos hostiles y seguro) y las fechas de despliegue, y le comunicará a usted esas fechas para que pueda organizar su ausencia.',
  'email.nomination.force.reserve':
    'La candidatura de {name} figura en la lista de reserva de la misión: esta podrá recurrir a dicha persona si una persona seleccionada no ocupa el puesto. La unidad le avisará si así ocurre; hasta entonces, sigue en su puesto en su cuerpo.',
  'email.nomination.force.notSelected':
    'La misión no ha seleccionado la candidatura de {name} para este puesto: la autorización que usted aprobó no se utilizará para esta convocatoria, y esta persona sigue en su puesto en su cuerpo. Gracias por haberla autorizado.',
};
