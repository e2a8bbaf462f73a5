import { describe, expect, it } from 'vitest';
import { Conflict } from '#shared/errors.js';
import { contactTimeZone } from '#shared/ncb/contact.js';
import { saveNcbContact } from '#shared/ncb/save-contact.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { memoryNcbContacts } from './memory-ncb-contacts.js';

const admin: StaffPrincipal = { subject: 'a-1', email: 'admin@secondment-hub.local', groups: ['admin'] };
const seeded = { country: 'SN', email: 'ncb.sn@ncb.secondment-hub.local', name: 'NCB Senegal (demo)', language: 'en' as const, updatedAt: '2026-11-01T00:00:00.000Z', updatedBy: 'seed' };
const now = new Date('2026-11-22T09:00:00Z');

describe('saving an NCB contact', () => {
  it('stamps the contact with who saved it and when, and audits what changed', async () => {
    // Prepare
    const contacts = memoryNcbContacts([seeded]);

    // Act
    const saved = await saveNcbContact(contacts.store, admin, 'SN', { email: 'recrutement@ncb.sn.example' }, now);

    // Assert
    expect(saved).toEqual({ country: 'SN', email: 'recrutement@ncb.sn.example', language: 'en', updatedAt: '2026-11-22T09:00:00.000Z', updatedBy: 'admin@secondment-hub.local' });
    expect(contacts.audit).toEqual([
      {
        at: '2026-11-22T09:00:00.000Z',
        by: 'admin@secondment-hub.local',
        country: 'SN',
        changes: { email: { from: seeded.email, to: 'recrutement@ncb.sn.example' }, name: { from: seeded.name, to: null } },
      },
    ]);
  });

  it('creates the contact of a country that had none', async () => {
    const contacts = memoryNcbContacts();

    const saved = await saveNcbContact(contacts.store, admin, 'FR', { email: 'bcn.lyon@interieur.fr.example', name: 'BCN Paris' }, now);

    expect((await contacts.store.list()).map((contact) => contact.country)).toEqual(['FR']);
    expect(saved.name).toBe('BCN Paris');
    expect(contacts.audit[0]?.changes.email).toEqual({ from: null, to: 'bcn.lyon@interieur.fr.example' });
  });

  it('writes nothing when the same address and name are saved again', async () => {
    const contacts = memoryNcbContacts([seeded]);

    const saved = await saveNcbContact(contacts.store, admin, 'SN', { email: seeded.email, name: seeded.name }, now);

    expect(saved).toEqual(seeded);
    expect(contacts.audit).toEqual([]);
  });

  it('saves the language of the digest, audited, and keeps it when a later save names none', async () => {
    const contacts = memoryNcbContacts([seeded]);

    const french = await saveNcbContact(contacts.store, admin, 'SN', { email: seeded.email, name: seeded.name, language: 'fr' }, now);
    const kept = await saveNcbContact(contacts.store, admin, 'SN', { email: 'bcn@ncb.sn.example' }, new Date('2026-11-23T09:00:00Z'));

    expect(french.language).toBe('fr');
    expect(contacts.audit[0]?.changes).toEqual({ language: { from: 'en', to: 'fr' } });
    expect(kept.language).toBe('fr');
  });

  it('saves the zone the NCB reads times in, audited, and keeps it when a later save names none', async () => {
    const contacts = memoryNcbContacts([seeded]);

    const named = await saveNcbContact(contacts.store, admin, 'SN', { email: seeded.email, name: seeded.name, timeZone: 'Europe/Paris' }, now);
    const kept = await saveNcbContact(contacts.store, admin, 'SN', { email: seeded.email, name: seeded.name, language: 'fr' }, new Date('2026-11-23T09:00:00Z'));

    expect(named.timeZone).toBe('Europe/Paris');
    expect(contacts.audit[0]?.changes).toEqual({ timeZone: { from: null, to: 'Europe/Paris' } });
    expect(kept.timeZone).toBe('Europe/Paris');
    expect(contacts.audit[1]?.changes).toEqual({ language: { from: 'en', to: 'fr' } });
  });

  it('goes back to the country’s zone when a save gives null, audited', async () => {
    const contacts = memoryNcbContacts([{ ...seeded, timeZone: 'Europe/Paris' }]);

    const saved = await saveNcbContact(contacts.store, admin, 'SN', { email: seeded.email, name: seeded.name, timeZone: null }, now);

    expect(saved).not.toHaveProperty('timeZone');
    expect(contactTimeZone(saved)).toBe('Africa/Dakar');
    expect(contacts.audit[0]?.changes).toEqual({ timeZone: { from: 'Europe/Paris', to: null } });
  });

  it('gives a new contact English when the save names no language', async () => {
    const contacts = memoryNcbContacts();

    expect((await saveNcbContact(contacts.store, admin, 'MA', { email: 'bcn@ncb.ma.example' }, now)).language).toBe('en');
  });

  it('reads again and saves when another save came in between', async () => {
    // Prepare
    const contacts = memoryNcbContacts([seeded]);
    contacts.loseRaces(1);

    // Act
    const saved = await saveNcbContact(contacts.store, admin, 'SN', { email: 'first@ncb.sn.example' }, now);

    // Assert
    expect(saved.email).toBe('first@ncb.sn.example');
    expect(contacts.audit).toHaveLength(1);
  });

  it('answers a conflict when it loses the race three times running', async () => {
    const contacts = memoryNcbContacts([seeded]);
    contacts.loseRaces(3);

    await expect(saveNcbContact(contacts.store, admin, 'SN', { email: 'second@ncb.sn.example' }, now)).rejects.toBeInstanceOf(Conflict);
    expect(contacts.audit).toEqual([]);
  });
});
