// The masks of personal data in comments (docs/design.md §15): each kind is
// caught, and what only looks like it (case numbers, dates, money, the demo
// comments) stays visible.
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../packages/server/src/privacy/personal-data-mask.js';
import { DEMO_COMMENTS } from '../../packages/server/src/seed/demo-comments.js';

describe('maskPersonalData', () => {
  it.each([
    ['Email me at jane.doe@example.com please', 'Email me at [email] please'],
    ['Write to josé.núñez@correo.mx.', 'Write to [email].'],
    ['call me at (951) 555-0123', 'call me at [phone]'],
    ['my cell 951-555-0123.', 'my cell [phone].'],
    ['951.555.0123 or 9515550123 or +1 951 555 0123', '[phone] or [phone] or [phone]'],
    ['UK number +44 20 7946 0958', 'UK number [phone]'],
    ['llámeme al +52 55 1234 5678', 'llámeme al [phone]'],
    ['I live at 1234 Main Street, Springfield', 'I live at [address], Springfield'],
    ['the pothole at 42 Oak Ave is back', 'the pothole at [address] is back'],
    ['send it to 500 W. Elm St. Apt 4 please', 'send it to [address] please'],
    ['near 12 5th Ave', 'near [address]'],
    ['vivo en Calle Juárez 45, Riverside', 'vivo en [address], Riverside'],
  ])('masks %j', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  it.each([
    'Case BP-2026-00417 is still open.',
    'Permit 2026-00417 was issued on 2026-03-04.',
    'I paid $1,250.00 on 3/14/2026 for invoice 4471-2209.',
    'Receipt #20260314-0042, ref BP-2026-00417.',
    'Open 8:00-17:00, room 201, window 3.',
    'Waited 45 minutes on the way to 3 offices.',
    'Evening hours once a week, please: I work 9 to 5.',
    'ZIP 92501-1234, parcel 123-456-78.',
    'en la calle hay 3 baches',
  ])('leaves %j visible', (text) => {
    expect(maskPersonalData(text)).toBe(text);
  });

  it('changes none of the demo comments', () => {
    const texts = [...DEMO_COMMENTS.en, ...DEMO_COMMENTS.es].map((comment) => comment.text);
    expect(texts.filter((text) => maskPersonalData(text) !== text)).toEqual([]);
  });
});
