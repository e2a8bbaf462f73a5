import type { ReleaseCatalogue } from './en.js';

/** La autorización de un policía en activo por su cuerpo, en español (véase ./en.ts). */
export const es: ReleaseCatalogue = {
  'receipt.missing.release': 'La autorización de su cuerpo de policía para que participe en la misión',
  'receipt.missing.release.how': 'La persona que aprueba en su cuerpo decide sobre ella: pida a su superior jerárquico que la tramite antes de la fecha límite.',
  'hrDigest.missing.release': 'autorización del cuerpo',
  'page.footer.sending': '¿Tiene alguna pregunta sobre un puesto o sobre las condiciones del despliegue? Diríjase al equipo de comisiones de servicio internacionales de la unidad.',
  'panel.missing.release': 'La persona que aprueba en su cuerpo decide sobre ella; le avisaremos en cuanto lo haga. Si se retrasa, pida a su superior jerárquico que la tramite.',
  'form.gender.why.sending':
    'Lo preguntamos solo para medir, en totales anónimos, en qué medida cumplimos nuestros objetivos de representación, como más mujeres entre los agentes y expertos que desplegamos. Su respuesta nunca se muestra al comité de selección, a su cuerpo ni en ninguna lista de candidatos.',
};
