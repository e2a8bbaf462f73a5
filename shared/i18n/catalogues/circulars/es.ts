import type { CircularCatalogue } from './en.js';

/** The circulars messages in this language: part of its catalogue. */
export const es: CircularCatalogue = {
  'circularAck.title': 'Circular de la vacante {number} · Secondment Hub',
  'circularAck.skipLink': 'Ir al contenido principal',
  'circularAck.tagline': 'Comisiones de servicio en la Organización',
  'circularAck.languages': 'Idioma',
  'circularAck.heading': 'Circular de la vacante {number}',
  'circularAck.about': 'La circular que anuncia la vacante <b>{number}</b>, {title}, se envió a la OCN de <b>{country}</b>.',
  'circularAck.amended': 'Se trata de una circular modificada: sustituye a la enviada anteriormente.',
  'circularAck.prompt': 'Confirme que su OCN la ha recibido. No se registra nada hasta que pulse el botón.',
  'circularAck.button': 'Acusar recibo',
  'circularAck.acknowledged': 'Gracias. El acuse de recibo de esta circular por parte de su OCN quedó registrado el {date}.',
  'circularAck.already': 'Su OCN ya acusó recibo de esta circular el {date}. No es necesario hacer nada más.',
  'circularAck.notice': 'Leer el anuncio de vacante',
  'circularAck.notFound.heading': 'Este enlace no funciona',
  'circularAck.notFound.text': 'No hay ninguna circular con este enlace. Vuelva a abrir el enlace del correo de la circular.',
  'circularAck.expired.heading': 'Este enlace ha caducado',
  'circularAck.expired.text': 'Este enlace de acuse de recibo caducó el {date}. Le rogamos que responda al correo de la circular.',
  'circularAck.footer': 'Secondment Hub: vacantes para funcionarios en comisión de servicio enviados por su administración nacional.',

  'admin.circular.notSent': 'Circular: aún no enviada a su OCN',
  'admin.circular.sent': 'Circular enviada el {date}; recibo aún no acusado',
  'admin.circular.amended': 'Circular modificada enviada el {date}; recibo aún no acusado',
  'admin.circular.acknowledged': 'Circular enviada el {sent}; recibo acusado el {date}',
  'admin.circular.acknowledge': 'Acusar recibo',
  'admin.circular.acknowledge.label': 'Acusar recibo de la circular de la vacante {number}',
  'admin.circular.acknowledgedNow': 'Se acusó recibo de la circular de la vacante {number}.',
  'admin.circular.acknowledgeFailed': 'No se pudo registrar el acuse de recibo: {reason}',

  'admin.circular.hr.column': 'Circular',
  'admin.circular.hr.summary':
    '{sent, plural, =0 {Aún no enviada} one {Enviada a # OCN} other {Enviada a # OCN}}, {bounced} rebotada(s), {acknowledged} con acuse de recibo{amendments, plural, =0 {} one {, # modificación} other {, # modificaciones}}',
  'admin.circular.hr.bounced': 'Rebotada en: {countries}',
  'admin.circular.hr.pending': '{pending, plural, one {A # OCN aún no se le ha enviado la última edición} other {A # OCN aún no se les ha enviado la última edición}}',
  'admin.circular.hr.loadFailed': 'No se pudieron cargar las cifras de la circular.',
};
