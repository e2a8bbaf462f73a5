import type { SecondmentProblems } from './en.js';

/** Los problemas de las comisiones de servicio que puede encontrar una OCN, en español (véase ./en.ts). */
export const es: SecondmentProblems = {
  'problem.notFound.secondment': 'No existe ninguna comisión de servicio con este identificador.',
  'problem.notFound.extension': 'Esta comisión de servicio no tiene esa prórroga.',
  'problem.conflict.secondmentChanged': 'Esta comisión de servicio ha cambiado desde que la leyó: vuelva a leerla y decida de nuevo.',
  'problem.conflict.secondmentEnded': 'Esta comisión de servicio terminó el {day}: ya no puede prorrogarse.',
  'problem.conflict.extensionUnderWay':
    'Ya hay una prórroga de esta comisión de servicio en curso: debe aprobarse, rechazarse o retirarse antes de pedir otra.',
  'problem.conflict.extensionNotAt':
    'Esta prórroga está {state, select, awaitingHomeConfirmation {a la espera de la confirmación de la administración de origen} awaitingApproval {a la espera de la aprobación de RR. HH.} approved {aprobada} refused {rechazada} other {retirada}}: ese paso no le corresponde.',
  'problem.forbidden.notTheAsker': 'Solo {as, select, hr {RR. HH.} other {la OCN}}, que pidió esta prórroga, puede retirarla.',
  'problem.secondmentRules.extensionLimit':
    '{type, select, regular {Una comisión de servicio ordinaria} other {Una comisión de servicio de corta duración}} dura como máximo {limit, number} meses en total; esta ya ocupa {taken, number}, así que {left, plural, =0 {no puede prorrogarse} one {puede prorrogarse como máximo # mes más} other {puede prorrogarse como máximo # meses más}} (se piden {months, number}).',
};
