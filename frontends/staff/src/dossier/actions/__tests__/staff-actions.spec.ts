import { describe, expect, it } from 'vitest';
import { staffActionsFor } from '../staff-actions';

const base = { status: 'IN_PROGRESS' as const, deliveryMethod: 'PICKUP' as const, postalTrackingNumber: null, overdue: false, assignable: false };

describe('staffActionsFor', () => {
  it('offers the actions the service allows, the main one first', () => {
    const kinds = staffActionsFor({ ...base, status: 'RECEIVED', availableActions: ['START_PROCESSING', 'WITHDRAW'] }, ['INTAKE']).map((b) => b.kind);
    expect(kinds).toEqual(['startProcessing', 'withdraw']);
  });

  it('calls to the counter and hands back a result waiting for pickup', () => {
    const buttons = staffActionsFor({ ...base, status: 'RESULT_READY', availableActions: ['RETURN_RESULT'] }, ['INTAKE']);
    expect(buttons).toEqual([
      { kind: 'callForPickup', tone: 'primary' },
      { kind: 'returnResult', tone: 'secondary' },
    ]);
  });

  it('reports postal delivery instead of a counter return for a result sent by post', () => {
    const kinds = staffActionsFor({ ...base, status: 'RESULT_READY', deliveryMethod: 'POST', postalTrackingNumber: 'VN123', availableActions: ['RETURN_RESULT'] }, ['INTAKE']).map((b) => b.kind);
    expect(kinds).toEqual(['reportPostalDelivery']);
  });

  it('offers the apology for an overdue dossier, and refusal for REJECT too', () => {
    const kinds = staffActionsFor({ ...base, overdue: true, availableActions: ['REJECT', 'RECORD_STEP'] }, ['HANDLER']).map((b) => b.kind);
    expect(kinds).toEqual(['recordStep', 'apologise', 'refuse']);
  });

  it('offers assignment where the service says the officer may assign, before the handling steps', () => {
    const kinds = staffActionsFor({ ...base, status: 'RECEIVED', assignable: true, availableActions: ['START_PROCESSING'] }, ['INTAKE']).map((b) => b.kind);
    expect(kinds).toEqual(['startProcessing', 'assign']);
  });

  it('offers nothing the role cannot do', () => {
    expect(staffActionsFor({ ...base, status: 'RESULT_READY', availableActions: [] }, ['APPROVER'])).toEqual([]);
  });
});
