import { describe, expect, it } from 'vitest';
import { createdStatusRecord, hasStatusRecord, statusRecordAfter, withoutStatusRecord, type StatusRecord } from '#shared/applications/status-record.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';

/** An application as the rule sees it: its status and its record. */
const at = (status: ApplicationStatus, record: StatusRecord = {}) => ({ status, ...record });

/** The record after moves one by one from a created application, each written at its own time. */
const afterMoves = (first: ApplicationStatus, ...moves: Array<[ApplicationStatus, string]>) => {
  let current = at(first, createdStatusRecord({ status: first }));
  for (const [status, when] of moves) current = { ...current, ...statusRecordAfter(current, { status }, when), status };
  return current;
};

describe('the statuses an application item records it held, and its appointment', () => {
  it('starts with the status it is created in', () => {
    expect(createdStatusRecord({ status: 'submitted' })).toEqual({ statusesHeld: ['submitted'] });
    // The demo data creates some applications further on: no move, so no appointment time.
    expect(createdStatusRecord({ status: 'appointed' })).toEqual({ statusesHeld: ['appointed'] });
  });

  it('keeps what a creator already knows of its past, its status included, each once and in order', () => {
    expect(createdStatusRecord({ status: 'rejected', statusesHeld: ['interviewed', 'submitted', 'interviewed'] })).toEqual({ statusesHeld: ['submitted', 'interviewed', 'rejected'] });
  });

  it('adds each status it moves into, in the status machine’s order', () => {
    const record = afterMoves('submitted', ['screening', '2026-04-01T09:00:00Z'], ['shortlisted', '2026-04-10T09:00:00Z'], ['interviewed', '2026-05-01T09:00:00Z']);

    expect(record.statusesHeld).toEqual(['submitted', 'screening', 'shortlisted', 'interviewed']);
    expect(record.appointedAt).toBeUndefined();
  });

  it('keeps a status it moved back from', () => {
    const record = afterMoves('submitted', ['screening', 'a'], ['shortlisted', 'b'], ['screening', 'c']);

    expect(record).toMatchObject({ status: 'screening', statusesHeld: ['submitted', 'screening', 'shortlisted'] });
  });

  it('keeps the stages of a withdrawn application, withdrawn included', () => {
    const record = afterMoves('submitted', ['screening', 'a'], ['shortlisted', 'b'], ['tested', 'c'], ['withdrawn', 'd']);

    expect(record.statusesHeld).toEqual(['submitted', 'screening', 'shortlisted', 'tested', 'withdrawn']);
  });

  it('records the time of the move into appointed, the latest when it was appointed twice', () => {
    const once = afterMoves('offered', ['appointed', '2026-06-01T09:00:00.000Z']);
    const twice = afterMoves('offered', ['appointed', '2026-06-01T09:00:00.000Z'], ['offered', '2026-06-02T09:00:00.000Z'], ['appointed', '2026-06-15T09:00:00.000Z']);

    expect(once).toMatchObject({ statusesHeld: ['offered', 'appointed'], appointedAt: '2026-06-01T09:00:00.000Z' });
    expect(twice.appointedAt).toBe('2026-06-15T09:00:00.000Z');
  });

  it('keeps the appointment time through a later move, and through a change that moves no status', () => {
    const appointed = afterMoves('offered', ['appointed', '2026-06-01T09:00:00.000Z']);

    expect(statusRecordAfter(appointed, {}, '2026-07-01T09:00:00.000Z')).toEqual({ statusesHeld: ['offered', 'appointed'], appointedAt: '2026-06-01T09:00:00.000Z' });
    expect(statusRecordAfter(appointed, { status: 'appointed' }, '2026-07-01T09:00:00.000Z').appointedAt).toBe('2026-06-01T09:00:00.000Z');
    expect(statusRecordAfter(appointed, { status: 'withdrawn' }, '2026-07-01T09:00:00.000Z')).toEqual({
      statusesHeld: ['offered', 'appointed', 'withdrawn'],
      appointedAt: '2026-06-01T09:00:00.000Z',
    });
  });

  it('leaves an item stored before the record without it, whatever the move: its past is in its history alone', () => {
    expect(statusRecordAfter(at('interviewed'), { status: 'rejected' }, 'a')).toEqual({});
    expect(statusRecordAfter(at('offered'), { status: 'appointed' }, '2026-06-01T09:00:00.000Z')).toEqual({});
    expect(statusRecordAfter(at('screening'), {}, 'a')).toEqual({});
  });

  it('believes a record only while it holds the status: one that code from before the record moved on is stale, read from the history and dropped', () => {
    // Written with the record as screening, then moved to interviewed and rejected by code from before it (a deployment part-way, a rollback).
    const stale = at('rejected', { statusesHeld: ['submitted', 'screening'] });
    expect(hasStatusRecord(stale)).toBe(false);
    expect(statusRecordAfter(stale, { status: 'screening' }, '2026-06-01T09:00:00Z')).toEqual({});
    expect(statusRecordAfter(stale, {}, '2026-06-01T09:00:00Z')).toEqual({});
    expect(withoutStatusRecord({ ...stale, id: 'a-1' })).toEqual({ status: 'rejected', id: 'a-1' });
    // Appointed by such code: the status is in the record, the appointment time is not.
    expect(hasStatusRecord(at('appointed', { statusesHeld: ['submitted', 'appointed'] }))).toBe(false);
    expect(hasStatusRecord(at('appointed', { statusesHeld: ['submitted', 'appointed'], appointedAt: '2026-06-01T09:00:00Z' }))).toBe(true);
    expect(hasStatusRecord(at('shortlisted', { statusesHeld: ['submitted', 'shortlisted'] }))).toBe(true);
    expect(hasStatusRecord(at('shortlisted'))).toBe(false);
  });
});
