import type { LetterCatalogue } from './en.js';

/** Los mensajes de las cartas en español (véase ./en.ts). */
export const es: LetterCatalogue = {
  'letterEmail.shortlisted.subject': 'Vacante {number}, {title}: su candidatura ha sido preseleccionada',
  'letterEmail.shortlisted.body': 'Nos complace informarle de que su candidatura a la vacante <b>{number}, {title}</b> ({location}) ha sido preseleccionada.',
  'letterEmail.shortlisted.next': 'Volveremos a escribirle sobre la siguiente etapa de la selección.',
  'letterEmail.testResult.subject': 'Vacante {number}, {title}: el resultado de su prueba escrita',
  'letterEmail.testResult.body':
    '{passed, select, yes {Ha aprobado la prueba escrita de la vacante <b>{number}, {title}</b>.} other {No ha alcanzado la nota mínima de la prueba escrita de la vacante <b>{number}, {title}</b>.}}',
  'letterEmail.testResult.mark': 'Su nota: {mark} de {maxMark} (nota mínima: {passMark}).',
  'letterEmail.testResult.next': 'Volveremos a escribirle cuando la selección haya avanzado.',
  'letterEmail.notRetained.subject': 'Vacante {number}, {title}: su candidatura',
  'letterEmail.notRetained.body':
    '{stage, select, screening {Le agradecemos su candidatura a la vacante <b>{number}, {title}</b> ({location}). Tras examinar las candidaturas recibidas, lamentamos comunicarle que la suya no ha sido seleccionada para la siguiente etapa.} shortlisting {Le agradecemos su candidatura a la vacante <b>{number}, {title}</b> ({location}). Tras un examen detenido de las candidaturas preseleccionadas, lamentamos comunicarle que la suya no ha sido seleccionada para la siguiente etapa.} test {Le agradecemos que haya realizado la prueba escrita de la vacante <b>{number}, {title}</b> ({location}). Lamentamos comunicarle que su candidatura no ha sido seleccionada para la siguiente etapa.} other {Le agradecemos su entrevista para la vacante <b>{number}, {title}</b> ({location}). Lamentamos comunicarle que, tras las entrevistas, su candidatura no ha sido seleccionada.}}',
  'letterEmail.notRetained.thanks': 'Le agradecemos su interés en la organización y le animamos a presentarse a futuras vacantes que se ajusten a su perfil.',
  'letterEmail.reserve.subject': 'Vacante {number}, {title}: lista de reserva',
  'letterEmail.reserve.body': 'Tras las entrevistas para la vacante <b>{number}, {title}</b> ({location}), el tribunal de selección le ha incluido en la lista de reserva.',
  'letterEmail.reserve.meaning': 'Esto no es una oferta: si queda libre un puesto de esta vacante, podríamos ofrecérselo, y en ese caso le escribiríamos.',
  'letterEmail.offer.subject': 'Oferta de comisión de servicio: vacante {number}, {title}',
  'letterEmail.offer.body': 'Nos complace ofrecerle una comisión de servicio en el puesto de <b>{title}</b> (vacante {number}) en {location}.',
  'letterEmail.offer.period': 'La comisión de servicio comenzaría el {startsOn} por {months, plural, one {# mes} other {# meses}}.',
  'letterEmail.offer.home': 'Su administración de origen debe confirmarnos lo siguiente a través de su Oficina Central Nacional (OCN) a más tardar el <b>{by}</b>:',
  'letterEmail.offer.term':
    '{term, select, releaseForPeriod {que le libera durante todo el periodo de la comisión de servicio} salaryAndBenefits {que sigue pagando su sueldo, seguridad social, pensión y prestaciones} travelAndRemoval {que asume los gastos de viaje y mudanza de su llegada y su partida} other {que acepta las condiciones de servicio en el lugar de destino}}',
  'letterEmail.offer.answer':
    '<link>Acepte o rechace la oferta en su página de seguimiento</link> (el enlace de su acuse de recibo la abre) a más tardar <b>{answerBy}</b>. Sin respuesta en ese plazo, la oferta caduca.',
  'letterEmail.offer.answerBy': 'al final del {date}, hora de {location} ({timeZone})',
  'letterEmail.appointed.subject': 'Nombramiento: vacante {number}, {title}',
  'letterEmail.appointed.body': 'Nos complace confirmarle su nombramiento como funcionario en comisión de servicio en el puesto de <b>{title}</b> (vacante {number}) en {location}.',
  'letterEmail.appointed.next': 'Recursos Humanos le escribirá sobre su llegada. Bienvenido/a a la organización.',
  'letterEmail.ncb.greeting': 'A la Oficina Central Nacional de {countryName} ({country}):',
  'letterEmail.ncb.offer.subject': 'Copia para la OCN: oferta de comisión de servicio a {name}, vacante {number}',
  'letterEmail.ncb.offer.body':
    'Para su información: la organización ha ofrecido a <b>{name}</b> ({currentTitle}, {administration}) una comisión de servicio en el puesto de <b>{title}</b> (vacante {number}) en {location}, a partir del {startsOn} por {months, plural, one {# mes} other {# meses}}.',
  'letterEmail.ncb.offer.home': 'La confirmación de la administración de origen debe llegarnos a través de ustedes a más tardar el <b>{by}</b>, e indicar:',
  'letterEmail.ncb.offer.answer': 'El candidato responde a la oferta a más tardar {answerBy}.',
  'letterEmail.ncb.appointed.subject': 'Copia para la OCN: nombramiento de {name}, vacante {number}',
  'letterEmail.ncb.appointed.body': 'Para su información: <b>{name}</b> ({currentTitle}, {administration}) ha sido nombrado/a funcionario en comisión de servicio en el puesto de <b>{title}</b> (vacante {number}) en {location}.',
  'letterEmail.ncb.reference': 'Referencia de la candidatura: {reference}',

  'statusPage.stage.title': 'En qué punto está la selección',
  'statusPage.stage.text':
    '{stage, select, received {Hemos recibido su candidatura; se examinará después del plazo.} shortlisted {Su candidatura ha sido preseleccionada.} tested {Ha realizado la prueba escrita; le escribiremos sobre la siguiente etapa.} interviewed {Está invitado/a a una entrevista, o ya la ha tenido; le escribiremos sobre el resultado.} offered {Se le ha ofrecido la comisión de servicio: responda en esta página antes de la fecha indicada en nuestra carta.} appointed {Ha sido nombrado/a. Bienvenido/a a la organización.} notRetained {Su candidatura no ha sido seleccionada. Gracias por su interés.} other {Su candidatura ha sido retirada.}}',
};
