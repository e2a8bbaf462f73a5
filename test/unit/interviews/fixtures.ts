import type { Invitation, Slot } from '#shared/interviews/slot.js';

export const VACANCY = '1777';
export const APPLICATION = '11111111-1111-4111-8111-111111111111';
export const OTHER_APPLICATION = '22222222-2222-4222-8222-222222222222';

export const slot = (overrides: Partial<Slot> = {}): Slot => ({
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  vacancy: VACANCY,
  startsAt: '2027-01-12T08:00:00.000Z',
  durationMinutes: 45,
  timeZone: 'Europe/Paris',
  place: 'Lyon, 200 quai Charles de Gaulle, room 3',
  panelMembers: ['chair.panel@secondment-hub.local'],
  status: 'open',
  revision: 1,
  sequence: 0,
  updatedAt: '2026-12-01T09:00:00.000Z',
  updatedBy: 'hr@secondment-hub.local',
  ...overrides,
});

export const invitation = (overrides: Partial<Invitation> = {}): Invitation => ({
  vacancy: VACANCY,
  applicationId: APPLICATION,
  invitedAt: '2026-12-01T09:00:00.000Z',
  invitedBy: 'hr@secondment-hub.local',
  ...overrides,
});
