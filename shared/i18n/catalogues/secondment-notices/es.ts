import type { SecondmentNoticeCatalogue } from './en.js';

/** Los avisos de fin de comisión de servicio en español (véase ./en.ts). */
export const es: SecondmentNoticeCatalogue = {
  'endingEmail.officer.subject': 'Su comisión de servicio termina el {lastDay}',
  'endingEmail.officer.body': 'Su comisión de servicio en <b>{unit}</b>, en {dutyStation}, que comenzó el {firstDay}, termina el <b>{lastDay}</b>, su último día de servicio.',
  'endingEmail.about.subject': 'Fin de comisión de servicio el {lastDay}: {name}, {unit}',
  'endingEmail.about.body':
    'La comisión de servicio de <b>{name}</b> ({administration}) en <b>{unit}</b>, en {dutyStation}, que comenzó el {firstDay}, termina el <b>{lastDay}</b>, último día de servicio.',
  'endingEmail.endsThere': 'El servicio termina al final de ese día en {dutyStation} ({timeZone}), es decir, el {there}.',
  'endingEmail.notice': '{monthsLeft, plural, =0 {Queda menos de un mes} one {Queda # mes} other {Quedan # meses}} hasta entonces: tiempo para preparar el regreso, o una prórroga.',
  'endingEmail.room.left':
    'Según las normas, una comisión de servicio {type, select, regular {ordinaria} other {de corta duración}} dura como máximo {limit} meses en total; esta suma {taken}, por lo que aún puede prorrogarse <b>{left, plural, one {# mes} other {# meses}}</b> como máximo.',
  'endingEmail.room.none':
    'Según las normas, una comisión de servicio {type, select, regular {ordinaria} other {de corta duración}} dura como máximo {limit} meses en total; esta suma {taken}, por lo que <b>no puede prorrogarse más</b>.',
  'endingEmail.underWay': 'Ya se ha solicitado una prórroga de {months, plural, one {# mes} other {# meses}} que está en trámite: este último día se mantiene hasta que RR. HH. la apruebe.',
  'endingEmail.how.officer':
    'Si usted y su administración de origen desean prorrogarla, diríjanse a su Oficina Central Nacional (OCN): esta solicita la prórroga en nombre de su administración de origen y nos envía su carta de confirmación; después decide RR. HH.',
  'endingEmail.how.ncb':
    'Para prorrogarla, solicite la prórroga en la pestaña Comisiones de servicio de la página del personal antes del último día y suba allí la carta de confirmación de la administración de origen; después decide RR. HH.',
  'endingEmail.how.hr':
    'La prórroga la solicita RR. HH. o la OCN en la pestaña Comisiones de servicio; requiere la carta de confirmación de la administración de origen, enviada por la OCN, y la aprobación de RR. HH.',
  'endingEmail.reference': 'Referencia de la comisión de servicio: {reference}',
  'hrDigest.secondments.heading': '{months, plural, one {Comisiones de servicio que terminan en # mes} other {Comisiones de servicio que terminan en # meses}}',
  'hrDigest.secondments.none': 'Ninguna comisión de servicio termina en este periodo.',
  'hrDigest.secondments.item':
    '{name} ({nationality}), {unit}, {dutyStation}: último día <b>{lastDay}</b>{early, select, yes { (fin anticipada registrada)} other {}}; {left, plural, =0 {sin prórroga posible según las normas} one {# mes disponible según las normas} other {# meses disponibles según las normas}}',
  'hrDigest.extensions.heading': 'Prórrogas en trámite',
  'hrDigest.extensions.item':
    '{name}, {unit}: {months, plural, one {# mes solicitado} other {# meses solicitados}} el {askedOn}; {step, select, letter {<b>a la espera de la carta de la administración de origen</b> por medio de la OCN} other {<b>a la espera de la aprobación de RR. HH.</b>}}',
};
