import type { Secondment } from '#shared/secondments/secondment.js';

/**
 * A secondment as the store holds it, for tests: Lucía Ortega of Spain's Policía Nacional, regular,
 * in Lyon's Cybercrime Directorate from 1 April 2027 to 31 March 2029, no extension, not ended;
 * each test overrides what it is about (the officer's email follows the id).
 */
export const secondmentFixture = (id: string, overrides: Partial<Secondment> = {}): Secondment => ({
  id,
  applicationId: `app-${id}`,
  vacancy: '1901',
  officer: { givenName: 'Lucía', familyName: 'Ortega', email: `${id}@policia.es.example`, language: 'es' },
  nationality: 'ES',
  homeAdministration: 'Policía Nacional',
  homeAdministrationCountry: 'ES',
  unit: 'Cybercrime Directorate',
  dutyStation: 'Lyon',
  timeZone: 'Europe/Paris',
  grade: 'P3',
  type: 'regular',
  firstDay: '2027-04-01',
  lastDay: '2029-03-31',
  expatriationAllowance: true,
  documents: {},
  extensions: [],
  createdAt: '2027-02-01T10:00:00.000Z',
  createdBy: 'hr@secondment-hub.local',
  updatedAt: '2027-02-01T10:00:00.000Z',
  version: 1,
  ...overrides,
});
