import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS, LOCALES, textOf } from '@mv-feedback/scoring';
import { widgetLanguageModule } from './widget-language-files.js';

/** The module's default export, as the browser's `import()` gives it. */
const imported = async (source: string): Promise<unknown> =>
  ((await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { default: unknown }).default;

describe('widgetLanguageModule', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))(
    "makes %s the widget's texts, within the 1.5 KiB gzip budget",
    async (locale) => {
      const pack = BUILT_IN_PACKS[locale];
      const source = widgetLanguageModule(pack);
      const module = (await imported(source)) as { name: string; dir: string; texts: Record<string, string> };
      expect(module.name).toBe(pack.name);
      expect(module.dir).toBe(pack.dir);
      expect(module.texts.send).toBe(textOf(pack.texts['widget.send']));
      expect(module.texts.agree5).toBe(textOf(pack.texts['answer.agree5']));
      expect(Object.keys(module.texts).some((key) => key.includes('.'))).toBe(false);
      expect(source).not.toContain('draft');
      expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(1.5 * 1024);
    },
  );

  it('writes a text that would end the string or the module as data', async () => {
    const pack = { ...BUILT_IN_PACKS.es, texts: { 'widget.send': '"};alert(1);//</script>\u2028' } };
    expect(await imported(widgetLanguageModule(pack))).toEqual({
      name: 'Español',
      dir: 'ltr',
      texts: { send: '"};alert(1);//</script>\u2028' },
    });
  });
});
