import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/default-catalogue.js';
import { followUpSchema } from './follow-up-schema.js';
import { hotSubmissionParser } from './hot-submission.js';
import { submissionSchema } from './submission-schema.js';

const schema = submissionSchema(defaultCatalogue);
const body = {
  id: '3f0c6a4e-8f1b-4c57-9a4e-2b1d6c7e9f10',
  survey: 'quick',
  answers: { listened: 2 },
  context: { department: 'permits' },
};
const issuesOf = (followUp: unknown) => {
  const result = schema.safeParse({ ...body, followUp });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('a follow-up request', () => {
  it('takes an e-mail, a phone or both, an optional name and a language', () => {
    const parsed = schema.parse({
      ...body,
      followUp: { name: ' Ana Ruiz ', email: 'ana@example.org', phone: '+1 (555) 010-4477', language: 'es' },
    });
    expect(parsed.followUp).toEqual({
      name: 'Ana Ruiz',
      email: 'ana@example.org',
      phone: '+1 (555) 010-4477',
      language: 'es',
    });
    expect(issuesOf({ phone: '555.010.4477', language: 'en' })).toEqual([]);
  });

  it('reads blank fields, as a form sends them, as absent', () => {
    const parsed = schema.parse({ ...body, followUp: { name: '', email: 'a@b.org', phone: '  ', language: 'en' } });
    expect(parsed.followUp).toEqual({ email: 'a@b.org', language: 'en' });
  });

  it('needs an e-mail or a phone, and names the field that is wrong', () => {
    expect(issuesOf({ name: 'Ana', language: 'en' })).toEqual([
      'followUp.email: give an e-mail address or a phone number',
    ]);
    expect(issuesOf({ email: 'ana@', language: 'en' })).toEqual(['followUp.email: must be an e-mail address']);
    expect(issuesOf({ email: 'ana@example.org', language: 'fr' })[0]).toMatch(/^followUp\.language: must be one of/);
    expect(issuesOf({ email: 'ana@example.org', language: 'en', fax: '1' })).toHaveLength(1);
    expect(issuesOf({ email: 'ana@example.org', language: 'en', name: 'x'.repeat(101) })).toEqual([
      'followUp.name: at most 100 characters',
    ]);
  });

  it('counts 7 to 15 digits in a phone, after spaces, dots, dashes, brackets and one leading +', () => {
    const phone = (value: string) => issuesOf({ phone: value, language: 'en' }).length === 0;
    expect(phone('555 0104')).toBe(true);
    expect(phone('555 010')).toBe(false);
    expect(phone('+123456789012345')).toBe(true);
    expect(phone('1234567890123456')).toBe(false);
    expect(phone('++15550104477')).toBe(false);
    expect(phone('555-0104 ext 2')).toBe(false);
    expect(phone('[555] 0104')).toBe(true);
  });

  it('judges e-mail addresses as <input type=email> does', () => {
    const email = (value: string) => issuesOf({ email: value, language: 'en' }).length === 0;
    expect(email('first.last+tag@sub.example.org')).toBe(true);
    expect(email('localhost@intranet')).toBe(true);
    expect(email('"quoted"@example.org')).toBe(false);
    expect(email('a@-example.org')).toBe(false);
    expect(email('a@example..org')).toBe(false);
  });

  it('takes the languages it is given, so more can be enabled', () => {
    const three = followUpSchema(['en', 'es', 'vi']);
    expect(three.safeParse({ email: 'a@b.org', language: 'vi' }).success).toBe(true);
    expect(followUpSchema(['en']).safeParse({ email: 'a@b.org', language: 'es' }).success).toBe(false);
  });

  it('is taken by the fast path as the schema takes it, and refused ones are left to zod for the messages', () => {
    const hot = hotSubmissionParser(defaultCatalogue);
    const asked = { ...body, followUp: { email: ' a@b.org ', language: 'en' } };
    expect(hot(asked)).toStrictEqual(submissionSchema(defaultCatalogue).parse(asked));
    expect(hot(asked)?.followUp).toEqual({ email: 'a@b.org', language: 'en' });
    expect(hot({ ...body, followUp: { language: 'en' } })).toBeNull();
  });
});
