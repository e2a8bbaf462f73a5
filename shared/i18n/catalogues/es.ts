import type { Catalogue } from './en.js';

/** Spanish: typed by the English catalogue, so a missing key fails the typecheck. */
export const es: Catalogue = {
  'email.greeting.anonymous': 'Estimado/a señor/a:',
  'email.greeting.named': 'Estimado/a {name}:',
  'email.signature.hr': 'Recursos Humanos',
  'email.reference': 'Referencia: {reference}',
  'deadline.inDutyStation': '{date}, a las {time}, hora de {location} ({timeZone}, {offset})',
  'deadline.inRecipientZone': '{date}, a las {time}, su hora local ({timeZone}, {offset})',
  'deadline.both': '{dutyStation}; es decir, {recipient}',
  'time.utc': '{date}, {time} UTC',

  'receipt.confirm.subject': 'Confirme su candidatura: vacante {number}, {title}',
  'receipt.confirm.submitted': 'Se ha presentado con esta dirección de correo electrónico una candidatura a la vacante <b>{number}, {title}</b> ({location}).',
  'receipt.confirm.action':
    'Si la presentó usted, le rogamos que <link>confirme su dirección de correo electrónico</link> antes del <b>{confirmBy}</b>. Este enlace es personal: no lo comparta.',
  'receipt.confirm.untilConfirmed':
    'Mientras no la confirme, su candidatura no se tendrá en cuenta. Las candidaturas que no se confirman en el plazo previsto se eliminan.',
  'receipt.confirm.afterwards':
    'El mismo enlace le permitirá después consultar su candidatura: los documentos recibidos, los que aún faltan y cómo retirarla. Toda la documentación debe obrar en nuestro poder a más tardar el <b>{deadline}</b>.',
  'receipt.confirm.notYou':
    'Si usted no presentó esta candidatura, no es necesario que haga nada: se eliminará y no recibirá más mensajes al respecto.',
  'receipt.received.subject': 'Acuse de recibo de su candidatura: vacante {number}, {title}',
  'receipt.received.body': 'Hemos recibido su candidatura a la vacante <b>{number}, {title}</b> ({location}).',
  'receipt.received.follow':
    '<link>Consulte el estado de su candidatura, los documentos recibidos y los que aún faltan, añada documentos o retírela</link>. Este enlace es personal: no lo comparta.',
  'receipt.received.deadline':
    'Toda la documentación debe obrar en nuestro poder a más tardar el <b>{deadline}</b>; por lo general, las candidaturas incompletas no se toman en consideración.',
  'receipt.letterThroughNcb':
    'La carta de confirmación de su administración de origen debe llegarnos por conducto de la Oficina Central Nacional (OCN) de su país. Si usted mismo/a sube una copia, quedará registrada, pero solo se tendrá en cuenta cuando su OCN la confirme.',

  'reminder.subject': 'Recordatorio: su candidatura a la vacante {number}, {title}, está incompleta',
  'reminder.notComplete': 'Su candidatura a la vacante <b>{number}, {title}</b> ({location}) aún no está completa.',
  'reminder.timeLeft':
    '{days, plural, =0 {El plazo vence hoy} =1 {El plazo vence mañana} other {El plazo vence dentro de # días}}: toda la documentación debe obrar en nuestro poder a más tardar el <b>{deadline}</b>. Por lo general, las candidaturas incompletas no se toman en consideración.',
  'reminder.stillMissing': 'Documentación pendiente:',
  'reminder.missingItem': '<b>{what}.</b> {how}',
  'reminder.statusHelp':
    'Su página de seguimiento se abre con el enlace personal incluido en el acuse de recibo que le enviamos cuando presentó su candidatura (para proteger su privacidad, ese enlace no se repite en los recordatorios). <link>Página de seguimiento</link>.',
  'receipt.missing.cv': 'Su currículum vítae',
  'receipt.missing.cv.how': 'Súbalo desde su página de seguimiento.',
  'receipt.missing.confirmationLetter': 'La carta de confirmación de su administración de origen',
  'receipt.missing.confirmationLetter.how':
    'Nos llega por conducto de su Oficina Central Nacional (OCN): pida a su administración que la envíe a su OCN. Si ya dispone de ella, también puede subir una copia desde su página de seguimiento; se tendrá en cuenta cuando su OCN la confirme.',
  'receipt.missing.letterConfirmation': 'La confirmación de su carta de confirmación por parte de su OCN',
  'receipt.missing.letterConfirmation.how':
    'Su copia ya está registrada; se tendrá en cuenta cuando su OCN la confirme. Le rogamos que pida a su OCN que la confirme antes de que venza el plazo.',
  'receipt.missing.ncbValidation': 'La validación de su Oficina Central Nacional (OCN)',
  'receipt.missing.ncbValidation.how':
    'Su OCN valida su candidatura y certifica su investigación de seguridad: le rogamos que se ponga en contacto con su OCN.',

  'ncbDigest.subject.oneVacancy':
    'OCN {countryName} ({country}): {count, plural, one {# candidatura pendiente} other {# candidaturas pendientes}} de su intervención, vacante {number}, {title}',
  'ncbDigest.subject.vacancies':
    'OCN {countryName} ({country}): {count, plural, one {# candidatura pendiente} other {# candidaturas pendientes}} de su intervención, vacantes {numbers}',
  'ncbDigest.greeting': 'A la Oficina Central Nacional de {countryName} ({country}):',
  'ncbDigest.intro':
    '{count, plural, one {# candidatura presentada por las administraciones de su país está pendiente} other {# candidaturas presentadas por las administraciones de su país están pendientes}} de su validación o de la carta de confirmación. Por lo general, las candidaturas que siguen incompletas al vencer el plazo no se toman en consideración.',
  'ncbDigest.vacancy': 'Vacante {number}, {title} ({location})',
  'ncbDigest.deadline': 'Plazo: <b>{deadline}</b>, {days, plural, =0 {hoy} =1 {mañana} other {dentro de # días}}',
  'ncbDigest.application': '<b>{name}</b> ({currentTitle}, {administration}; referencia {reference}, presentada el {submittedOn})',
  'ncbDigest.waitingFor': 'pendiente de: {item}',
  'ncbDigest.pending.validationBasic': 'su validación, con la certificación de la investigación de seguridad de nivel Basic y su fecha',
  'ncbDigest.pending.validationEnhanced':
    'su validación, con la certificación de la investigación de seguridad de nivel Enhanced (exigida para esta vacante) y su fecha',
  'ncbDigest.pending.confirmationLetter': 'la carta de confirmación de la administración de origen, que nos llega por conducto de ustedes',
  'ncbDigest.pending.letterConfirmation':
    'su confirmación de la copia de la carta subida por el candidato (solo se tiene en cuenta una vez que ustedes la confirmen)',
  'ncbDigest.action': '<link>Valide, rechace o adjunte la carta en la tabla del personal</link>.',

  'hrDigest.subject':
    'Resumen de RR. HH., {day}: {newCount, plural, one {# candidatura nueva} other {# candidaturas nuevas}}, {openCount, plural, one {# vacante abierta} other {# vacantes abiertas}}{closedCount, plural, =0 {} one {, # cerrada} other {, # cerradas}}',
  'hrDigest.heading': 'Resumen de RR. HH. del {day}',
  'hrDigest.summary.since':
    '{newCount, plural, one {# candidatura nueva} other {# candidaturas nuevas}} desde el último resumen ({since}), en {openCount, plural, one {# vacante abierta} other {# vacantes abiertas}}.',
  'hrDigest.summary.first':
    '{newCount, plural, one {# candidatura nueva} other {# candidaturas nuevas}} hasta la fecha (este es el primer resumen), en {openCount, plural, one {# vacante abierta} other {# vacantes abiertas}}.',
  'hrDigest.soon.heading': 'Plazos que vencen en {days, plural, one {# día} other {los próximos # días}}',
  'hrDigest.soon.item':
    '<b>{number} · {title}</b>: {days, plural, =0 {cierra hoy} one {cierra dentro de # día} other {cierra dentro de # días}}, {incomplete, plural, one {# incompleta} other {# incompletas}}',
  'hrDigest.open.heading': 'Vacantes abiertas',
  'hrDigest.open.none': 'No hay ninguna vacante abierta.',
  'hrDigest.closed.heading': 'Vacantes cerradas desde el último resumen',
  'hrDigest.vacancy': '{number} · {title} ({location})',
  'hrDigest.vacancyEnded':
    '{number} · {title} ({location}): {status, select, closed {cerrada} filled {cubierta} cancelled {cancelada} other {terminada}}',
  'hrDigest.deadline':
    'Plazo: {deadline}, <b>{days, plural, =0 {cierra hoy} one {cierra dentro de # día} other {cierra dentro de # días}}</b>',
  'hrDigest.counts':
    'Candidaturas: {total, plural, one {# candidatura} other {# candidaturas}}{byStatus, select, none {} other { ({byStatus})}}; incompletas: {incomplete}',
  'hrDigest.finalCounts':
    'Recuento final: {total, plural, one {# candidatura} other {# candidaturas}}{byStatus, select, none {} other { ({byStatus})}}; incompletas: {incomplete}',
  'hrDigest.statusCount': '{status}: {count}',
  'hrDigest.new.since': 'Nuevas desde el último resumen ({since}): <b>{count}</b>',
  'hrDigest.new.first': 'Nuevas hasta la fecha (este es el primer resumen): <b>{count}</b>',
  'hrDigest.newApplication':
    '{name} ({nationality}), {submitted}, {status}; {missingCount, plural, =0 {completa} other {falta: {missing}}}',
  'hrDigest.more': 'y {count, plural, one {# más} other {# más}} en la tabla',
  'hrDigest.grid': '<link>Abrir {number} en la tabla</link>',
  'hrDigest.signature': 'Recursos Humanos, plataforma de adscripciones',
  'hrDigest.missing.cv': 'currículum vítae',
  'hrDigest.missing.confirmationLetter': 'carta de confirmación',
  'hrDigest.missing.ncbValidation': 'validación de la OCN',

  'status.submitted': 'presentada',
  'status.screening': 'en examen',
  'status.shortlisted': 'preseleccionada',
  'status.tested': 'prueba realizada',
  'status.interviewed': 'entrevista realizada',
  'status.offered': 'oferta enviada',
  'status.appointed': 'nombramiento efectuado',
  'status.rejected': 'no seleccionada',
  'status.withdrawn': 'retirada',
  'problem.validation.title': 'La solicitud no es válida',
  'problem.validation.detail': 'La solicitud no es válida.',
  'validation.required': 'Este campo es obligatorio.',
  'validation.invalid': 'Este valor no es válido.',
  'validation.format': 'El formato no es el esperado.',
  'validation.type':
    '{expected, select, string {Escriba un texto.} number {Escriba un número.} boolean {Responda sí o no.} array {Indique una lista.} object {Indique un objeto.} other {Este valor no es del tipo esperado.}}',
  'validation.oneOf': 'Uno de los valores siguientes: {values}.',
  'validation.unknownFields': 'Campo(s) desconocido(s): {fields}.',
  'validation.parameterOnce': 'Indique este parámetro una sola vez.',
  'validation.text.atLeastCharacters': '{min, plural, one {Al menos # carácter.} other {Al menos # caracteres.}}',
  'validation.text.atMostCharacters': '{max, plural, one {Como máximo # carácter.} other {Como máximo # caracteres.}}',
  'validation.text.controlCharacters': 'El texto no debe contener caracteres de control, como saltos de línea.',
  'validation.text.directionControls': 'El texto no debe contener separadores de línea ni caracteres de control de la dirección del texto.',
  'validation.text.onlyLineBreaks': 'Entre los caracteres de control, solo se admiten saltos de línea.',
  'validation.number.atLeast': 'Como mínimo {min}.',
  'validation.number.atMost': 'Como máximo {max}.',
  'validation.list.atLeast': '{min, plural, one {Al menos # elemento.} other {Al menos # elementos.}}',
  'validation.list.atMost': '{max, plural, one {Como máximo # elemento.} other {Como máximo # elementos.}}',
  'validation.date.format': 'Utilice el formato AAAA-MM-DD (YYYY-MM-DD).',
  'validation.date.notCalendarDate': 'Esta fecha no existe en el calendario.',
  'validation.country.code': 'Utilice el código de país de dos letras de la norma ISO 3166-1, por ejemplo, FR.',
  'validation.country.unknown': 'No es un código de país de la norma ISO 3166-1.',
  'validation.nationality.notMember': 'Solo pueden presentar candidatura los nacionales de los países miembros de INTERPOL.',
  'validation.homeAdministrationCountry.notMember':
    'La administración de origen debe encontrarse en un país miembro de INTERPOL: su OCN es la que transmite su candidatura.',
  'validation.email': 'No es una dirección de correo electrónico válida.',
  'validation.emailAddress': 'Una dirección de correo electrónico.',
  'validation.phone': 'Solo cifras, espacios y + ( ) . -, por ejemplo, +33 4 72 00 00 00.',
  'validation.category': 'O bien law-enforcement (funcionario/a de los servicios encargados de la aplicación de la ley), o bien government-official (funcionario/a de la administración pública).',
  'validation.years.whole': 'Un número entero de años.',
  'validation.languages.code': 'No es un código de idioma de la norma ISO 639-1, por ejemplo, es.',
  'validation.languages.atLeastOne': 'Al menos un idioma.',
  'validation.languages.eachOnce': 'Cada idioma una sola vez.',
  'validation.privacyConsent': 'Para presentar su candidatura, debe aceptar el aviso de privacidad.',
  'validation.timeZone': 'No es una zona horaria IANA, como Europe/Paris.',
  'validation.language': 'Uno de los idiomas siguientes: ar, en, fr, es.',
  'validation.vacancyNumber': 'El número de un anuncio de vacante tiene de 1 a 20 letras, cifras o guiones.',
  'validation.document.kind': 'Utilice cv, coverLetter o confirmationLetter.',
  'validation.document.contentType': 'Envíe un PDF ({pdf}) o un documento de Word ({word}).',
  'validation.document.key': 'Obligatorio: el campo key de la oferta de carga.',
  'validation.confirmationToken': 'No es un código de confirmación: vuelva a abrir el enlace del correo electrónico de acuse de recibo.',
  'validation.idempotencyKey': 'Utilice de 16 a 128 letras, cifras, - o _, por ejemplo, un UUID aleatorio.',
  'validation.ncb.declineAttestsNothing': 'Un rechazo no certifica ninguna investigación de seguridad: omita el nivel y la fecha de la investigación.',
  'validation.ncb.clearanceRequired':
    'Una validación indica el nivel de la investigación de seguridad realizada: Basic o Enhanced, como mínimo el que exige el anuncio de vacante.',
  'validation.ncb.screenedOnRequired': 'Una validación indica la fecha de la investigación de seguridad (AAAA-MM-DD).',
  'validation.ncb.screeningAttested': 'Una validación certifica la investigación de seguridad: omita screeningAttested o dele el valor true, o rechace la candidatura.',
  'validation.ncb.screenedOnFuture': 'La fecha de la investigación de seguridad es posterior a hoy.',
};
