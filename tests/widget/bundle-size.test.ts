// The size budget of the drop-in bundle (issue 4): what a resident downloads
// first, gzipped, at most 16 KiB; of each language's texts beside it
// (docs/design.md §14), loaded only by a page in that language; and of the
// fields of "contact me" (§12), loaded only where a survey offers them.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Issue 17 took it to 16,567 B with "contact me" in the bundle; with the fields, their checks and
// styles in their own chunk (the checkbox and the texts stay, with the one saying the chunk could not
// load), 16,039 B, and the chunk 1,258 B.
const BUDGET = 16 * 1024;
// The largest, Arabic, 1,525 B with "the contact form could not be loaded" since its draft texts
// dropped the optional short-vowel marks (1,550 B with them).
const LANGUAGE_BUDGET = 1.5 * 1024;
const FOLLOW_UP_BUDGET = 2 * 1024;
const LANGUAGES = ['es', 'vi', 'tl', 'ko', 'zh-Hans', 'zh-Hant', 'ar'];
const FOLLOW_UP_CHUNK = 'mv-feedback-follow-up-form.js';
const dist = new URL('../../packages/widget/dist/', import.meta.url);
const bundle = readFileSync(new URL('mv-feedback.js', dist));
const followUp = readFileSync(new URL(FOLLOW_UP_CHUNK, dist));
const languageFile = (locale: string) => readFileSync(new URL(`mv-feedback-${locale}.js`, dist));
const IMPORTS = /\bimport\s*[{*"]|\bimport\s+\w|\bimport\s*\(|\beval\(|new Function\(/g;
const gzipped = (file: Buffer) => gzipSync(file, { level: 9 }).length;

/** A file and every file it imports statically, at once: what the browser fetches before the element runs. */
function firstDownload(name: string, seen = new Set<string>()): Buffer[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const file = readFileSync(new URL(name, dist));
  const imported = [...file.toString('utf8').matchAll(/\bimport\s*(?:[\w{}*\s,$]+from\s*)?"\.\/([^"]+)"/g)];
  return [file, ...imported.flatMap(([, next]) => firstDownload(next!, seen))];
}

describe('packages/widget/dist/mv-feedback.js', () => {
  it(`is, with what it imports at once, at most ${BUDGET} bytes gzipped`, () => {
    const first = firstDownload('mv-feedback.js');
    expect(first.map(gzipped).reduce((a, b) => a + b)).toBeLessThanOrEqual(BUDGET);
  });

  it('carries the styles and templates minified: none of their comments or indentation', () => {
    const code = bundle.toString('utf8');
    expect(code).toContain(':host{');
    expect(code).not.toMatch(/\/\*|\n {2,}/);
  });

  it("is one ES module with no eval, whose only imports are each language's texts and the fields of 'contact me', beside it, when needed", () => {
    const code = bundle.toString('utf8');
    // One import(): the function of build/retry-failed-imports.mjs that each chunk is asked for through.
    expect(code.match(IMPORTS)).toEqual(['import(']);
    for (const locale of LANGUAGES) expect(code).toContain(`("./mv-feedback-${locale}.js")`);
    expect(code).toContain(`("./${FOLLOW_UP_CHUNK}")`);
    expect(code).toContain('customElements.define("mv-feedback"');
  });

  it("holds English alone: no other language, and nothing of the packs but the widget's texts", () => {
    const code = bundle.toString('utf8');
    expect(code).toContain('"Send"');
    for (const foreign of ['"Enviar"', 'Califique su atención', '"Gửi"', '보내기', 'إرسال']) {
      expect(code).not.toContain(foreign);
    }
    expect(code).not.toContain('hosted.');
    expect(code).not.toContain('"review"');
  });
});

describe.each(LANGUAGES)('packages/widget/dist/mv-feedback-%s.js', (locale) => {
  const text = languageFile(locale).toString('utf8');

  it(`is at most ${LANGUAGE_BUDGET} bytes gzipped`, () => {
    expect(gzipSync(languageFile(locale), { level: 9 }).length).toBeLessThanOrEqual(LANGUAGE_BUDGET);
  });

  it("holds the language's widget texts and answer words, and nothing of English nor of the other pages", () => {
    expect(text).toMatch(/\bsend:"/);
    expect(text).toMatch(/\bagree5:"/);
    expect(text).not.toContain('"Send"');
    expect(text).not.toMatch(/"(hosted|card|invitation|survey|question|standard|department)\./);
    expect(text).toContain(locale === 'ar' ? 'dir:"rtl"' : 'dir:"ltr"');
  });

  it('imports nothing and runs no code: data only, safe to load anywhere', () => {
    expect(text.match(IMPORTS)).toBeNull();
    expect(text).toMatch(/^var \w+=\{[^]*\};export\{\w+ as default\};?\s*$/);
  });
});

describe(`packages/widget/dist/${FOLLOW_UP_CHUNK}`, () => {
  const code = followUp.toString('utf8');

  it(`is at most ${FOLLOW_UP_BUDGET} bytes gzipped`, () => {
    expect(gzipped(followUp)).toBeLessThanOrEqual(FOLLOW_UP_BUDGET);
  });

  it('holds the fields, their checks and styles, which the bundle does not; the checkbox and texts stay in the bundle', () => {
    for (const part of ['part="contact-field"', 'autocomplete', '.field-error{']) {
      expect(code).toContain(part);
      expect(bundle.toString('utf8')).not.toContain(part);
    }
    expect(bundle.toString('utf8')).toContain('contact-choice');
    expect(code).not.toContain('I would like someone from the city to contact me');
  });

  it('imports nothing, so the bundle exports nothing (build/only-with-a-document.mjs)', () => {
    expect(code.match(IMPORTS)).toBeNull();
  });
});
