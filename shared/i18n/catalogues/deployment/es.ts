import type { DeploymentCatalogue } from './en.js';

/** Los correos de un despliegue, en español (véase ./en.ts). */
export const es: DeploymentCatalogue = {
  'email.deployment.mission':
    'Misión: {mission}, dirigida por {organisation, select, EU {la Unión Europea} UN {las Naciones Unidas} other {la Organización para la Seguridad y la Cooperación en Europa (OSCE)}}, lugar de destino: {dutyStation}',
  'email.deployment.tour': 'Período de misión: del {deploymentDay} al {rotationDay}',
  'email.deployment.extensionRequested.subject': 'Solicitud de prórroga para {name} ({mission}) hasta el {until}',
  'email.deployment.extensionRequested.body':
    'La unidad le pide que apruebe la prórroga del despliegue de {name} ({force}) en {mission}: su período de misión, que ahora termina el {rotationDay}, continuaría hasta el {until}.',
  'email.deployment.extension.reason': 'Motivo indicado por la unidad: {reason}',
  'email.deployment.extension.how':
    'Apruebe o rechace la prórroga en la pestaña Despliegues de la página del personal. Mientras no decida, la misión termina el día previsto ahora.',
  'email.deployment.extensionWaiting.subject': 'Recordatorio: la prórroga para {name} ({mission}) espera su decisión',
  'email.deployment.extensionWaiting.body':
    'El {requestedOn} la unidad le pidió que aprobara la prórroga del despliegue de {name} ({force}) en {mission} hasta el {until}. Aún no se ha decidido, y su período de misión termina el {rotationDay}.',
  'email.deployment.extensionDecided.subject':
    '{decision, select, approved {Su despliegue en {mission} se prorroga hasta el {until}} other {Su despliegue en {mission} no se prorroga}}',
  'email.deployment.extensionDecided.body':
    '{decision, select, approved {Se ha aprobado la prórroga de su despliegue en {mission}: su período de misión termina ahora el {until}.} other {No se ha aprobado la prórroga de su despliegue en {mission} hasta el {until}: su período de misión sigue terminando el {rotationDay}.}}',
  'email.deployment.extensionDecided.next': 'La unidad se pondrá en contacto con usted sobre su relevo y su viaje de regreso. Consúltela ante cualquier duda.',
  'email.deployment.checklist.missing':
    '{item, select, vetting {Habilitación de seguridad} medical {Reconocimiento médico} hostileEnvironmentTraining {Curso de sensibilización sobre entornos hostiles} other {Seguro}}: aún no registrado',
  'email.deployment.checklist.expires':
    '{item, select, vetting {Habilitación de seguridad} medical {Reconocimiento médico} hostileEnvironmentTraining {Curso de sensibilización sobre entornos hostiles} other {Seguro}}: vence el {expiresOn}, antes del fin de la misión el {rotationDay}',
  'email.deployment.checklist.officer.subject': 'Antes de su despliegue en {mission}: {days, plural, one {queda # día} other {quedan # días}}',
  'email.deployment.checklist.officer.intro':
    'Su despliegue en {mission} comienza el {deploymentDay}, dentro de {days, plural, one {# día} other {# días}}. Estos requisitos previos al despliegue aún no están en regla:',
  'email.deployment.checklist.officer.next':
    'Resuelva lo que falta y envíe a la unidad el certificado o la póliza de cada requisito, para que pueda registrarlos antes de su partida.',
  'email.deployment.checklist.hr.subject': 'Lista de verificación incompleta: {name}, {mission}, {days, plural, one {# día} other {# días}} antes del despliegue',
  'email.deployment.checklist.hr.intro':
    'El despliegue de {name} en {mission} comienza el {deploymentDay}, dentro de {days, plural, one {# día} other {# días}}. Estos elementos de la lista de verificación aún no están en regla:',
  'email.deployment.checklist.hr.next': 'Registre cada elemento en la pestaña Despliegues cuando esté resuelto. Se ha enviado la misma lista al agente.',
  'email.deployment.returnDue.subject': 'Regreso pendiente: {name}, {mission}',
  'email.deployment.returnDue.body':
    'El período de misión de {name} en {mission} terminó el {rotationDay} y no consta ningún regreso. Registre el regreso en la pestaña Despliegues, o solicite una prórroga si el agente permanece en la misión.',
  'email.deployment.debriefDue.subject': 'Sesión de información pendiente: {name}, {mission}',
  'email.deployment.debriefDue.body':
    '{name} regresó de {mission} el {returnedOn}, hace {days, plural, one {# día} other {# días}}, y no consta ninguna sesión de información final. Celébrela y regístrela en la pestaña Despliegues.',
};
