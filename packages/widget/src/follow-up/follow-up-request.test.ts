import { describe, expect, it } from 'vitest';
import { emptyDraft } from './follow-up-draft.js';
import { checkFollowUp } from './follow-up-request.js';

const draft = (fields: Partial<ReturnType<typeof emptyDraft>>) => ({ ...emptyDraft('en'), wanted: true, ...fields });

describe('checkFollowUp', () => {
  it('asks for an e-mail or a phone number', () => {
    expect(checkFollowUp(draft({ name: 'Ana' }))).toEqual({ problems: ['contact'] });
  });

  it('takes a phone of 7 to 15 digits, with spaces, dots, dashes, brackets and one leading +', () => {
    expect(checkFollowUp(draft({ phone: '+1 (951) 413-3000' })).request).toEqual({
      phone: '+1 (951) 413-3000',
      language: 'en',
    });
    expect(checkFollowUp(draft({ phone: '413.30' })).problems).toEqual(['phone']);
    expect(checkFollowUp(draft({ phone: '1234567890123456' })).problems).toEqual(['phone']);
    expect(checkFollowUp(draft({ phone: '++19514133000' })).problems).toEqual(['phone']);
  });

  it('takes an e-mail as a browser does, and names each bad field', () => {
    expect(checkFollowUp(draft({ email: 'ana@example.com', language: 'es' })).request).toEqual({
      email: 'ana@example.com',
      language: 'es',
    });
    expect(checkFollowUp(draft({ email: 'ana@', phone: '12' })).problems).toEqual(['email', 'phone']);
  });

  it('leaves out blank fields and trims the name to 100 characters', () => {
    const { request } = checkFollowUp(draft({ name: ` ${'a'.repeat(120)} `, email: ' ana@example.com ' }));
    expect(request).toEqual({ name: 'a'.repeat(100), email: 'ana@example.com', language: 'en' });
  });
});
