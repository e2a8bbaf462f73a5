import type { ReleaseCatalogue } from './en.js';

/** La autorización de un policía en activo por su cuerpo, en español (véase ./en.ts). */
export const es: ReleaseCatalogue = {
  'receipt.missing.release': 'La autorización de su cuerpo de policía para que participe en la misión',
  'receipt.missing.release.how': 'La persona que aprueba en su cuerpo decide sobre ella: pida a su superior jerárquico que la tramite antes de la fecha límite.',
  'hrDigest.missing.release': 'autorización del cuerpo',
};
