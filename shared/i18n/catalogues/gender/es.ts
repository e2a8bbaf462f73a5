import type { GenderCatalogue } from './en.js';

/** La pregunta opcional sobre el género, en español (véase ./en.ts). */
export const es: GenderCatalogue = {
  'form.gender': 'Género',
  'form.gender.why':
    'Lo preguntamos solo para medir, en totales anónimos, en qué medida cumplimos los objetivos de representación que indican nuestros anuncios de vacante, como más mujeres entre los funcionarios en comisión de servicio. Su respuesta nunca se muestra al comité de selección, a las OCN ni en ninguna lista de candidatos.',
  'form.gender.preferNotToSay': 'Prefiero no decirlo',
  'form.gender.woman': 'Mujer',
  'form.gender.man': 'Hombre',
  'form.gender.another': 'Otro género',
};
