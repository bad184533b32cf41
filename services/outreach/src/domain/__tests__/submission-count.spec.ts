import { describe, expect, it } from 'vitest';
import { parseStatusChange, submissionOf, type StatusChange } from '../submission-count';

const base: StatusChange = {
  code: '000.21.25.H39-261127-0001',
  procedureCode: '1.001193',
  unitCode: '27931',
  channel: 'ONLINE',
  action: 'SUBMIT',
  at: new Date('2026-11-27T02:00:00Z'),
  assistedBySubject: null,
  assistedByName: null,
};

describe('counting submissions from dossier events', () => {
  it('counts an online submission, and the volunteer who helped', () => {
    expect(submissionOf(base)).toEqual({ kind: 'ONLINE', helper: null });
    expect(submissionOf({ ...base, assistedBySubject: 'demo-volunteer', assistedByName: 'Trần Thị Bình' })).toEqual({
      kind: 'ONLINE',
      helper: { subject: 'demo-volunteer', name: 'Trần Thị Bình' },
    });
  });

  it('counts paper accepted at the counter, and a counter submission, as in person', () => {
    expect(submissionOf({ ...base, action: 'RECEIVE_AT_COUNTER', channel: 'COUNTER' })).toEqual({ kind: 'IN_PERSON', helper: null });
    expect(submissionOf({ ...base, channel: 'COUNTER' })?.kind).toBe('IN_PERSON');
  });

  it('ignores every later move', () => {
    for (const action of ['RECEIVE', 'START_PROCESSING', 'APPROVE', 'RETURN_RESULT', 'SUPPLEMENT']) {
      expect(submissionOf({ ...base, action, assistedBySubject: 'demo-volunteer' })).toBeNull();
    }
  });

  it('reads a payload and refuses an incomplete one', () => {
    const payload = { ...base, at: base.at.toISOString(), from: 'DRAFT', to: 'SUBMITTED' };
    expect(parseStatusChange(payload)).toEqual(base);
    expect(parseStatusChange({ ...payload, code: '' })).toBeNull();
    expect(parseStatusChange({ ...payload, at: 'yesterday' })).toBeNull();
  });
});
