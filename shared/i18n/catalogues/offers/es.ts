import type { OfferCatalogue } from './en.js';

/** Los mensajes de las ofertas en español (./en.ts da sus claves y su uso). */
export const es = {
  'offerTerm.releaseForPeriod': 'Liberación del funcionario durante todo el periodo de la comisión de servicio',
  'offerTerm.salaryAndBenefits': 'Sueldo, seguridad social, pensión y prestaciones a cargo de la administración de origen',
  'offerTerm.travelAndRemoval': 'Gastos de viaje y de mudanza a la llegada y a la salida',
  'offerTerm.dutyStationConditions': 'Las condiciones de servicio en el lugar de destino',
  'statusPage.offer.title': 'Su oferta',
  'statusPage.offer.intro': 'Le ofrecemos el puesto: una comisión de servicio a partir del {startsOn} por {months, plural, one {# mes} other {# meses}}.',
  'statusPage.offer.answerBy': 'Responda antes del final del {date} en el lugar de destino (hora de {timeZone}): hasta el {until}.',
  'statusPage.offer.yourTime': 'Es decir, hasta el {date}, {time} en su hora ({timeZone}, {offset}).',
  'statusPage.offer.homeConfirmation': 'Su administración de origen debe confirmar lo siguiente a través de su OCN antes del {by}:',
  'statusPage.offer.homeConfirmed': 'Se ha recibido la confirmación de su administración de origen.',
  'statusPage.offer.legend': 'Su respuesta',
  'statusPage.offer.accept': 'Acepto la oferta',
  'statusPage.offer.decline': 'Rechazo la oferta',
  'statusPage.offer.declineWarning': 'Si rechaza la oferta, su candidatura a este puesto termina y el puesto podrá ofrecerse a otra persona candidata.',
  'statusPage.offer.send': 'Enviar mi respuesta',
  'statusPage.offer.pickOne': 'Indique primero si acepta o rechaza.',
  'statusPage.offer.accepted': 'Aceptó la oferta el {date}.',
  'statusPage.offer.declined': 'Rechazó la oferta el {date}.',
  'statusPage.offer.lapsed': 'La oferta caducó: no se respondió antes del final del {date} (hora de {timeZone}).',
  'statusPage.offer.closed': 'El día límite de respuesta ha terminado: ya no se puede responder a la oferta aquí.',
  'statusPage.offer.acceptedNews': 'Gracias: su aceptación ha quedado registrada.',
  'statusPage.offer.declinedNews': 'Su respuesta ha quedado registrada: rechazó la oferta.',
  'statusPage.offer.failed': 'No se pudo registrar su respuesta. {detail}',
} as const satisfies OfferCatalogue;
