// A rollup plugin for the browser bundles: a locale pack (packages/scoring/
// locales/LOCALE.json, docs/design.md §14) imported by a bundle becomes a
// module of only the texts that bundle shows, plain strings without their
// review marks, so a language's file stays small.

const PACK = /[\\/]scoring[\\/]locales[\\/][A-Za-z-]+\.json$/;

/**
 * @param {{ keep: RegExp, unprefixed?: boolean }} options the keys the bundle shows, e.g. /^(widget|answer)\./,
 *   and whether to drop their section (`widget.send` → `send`), for a bundle that reads one section
 * @returns {import('rollup').Plugin}
 */
export function localePackSections({ keep, unprefixed = false }) {
  return {
    name: 'locale-pack-sections',
    transform(code, id) {
      if (!PACK.test(id)) return null;
      const pack = JSON.parse(code);
      const texts = Object.fromEntries(
        Object.entries(pack.texts)
          .filter(([key]) => keep.test(key))
          .map(([key, value]) => [
            unprefixed ? key.slice(key.indexOf('.') + 1) : key,
            typeof value === 'string' ? value : value.text,
          ]),
      );
      const kept = { name: pack.name, dir: pack.dir, texts };
      return { code: `export default ${JSON.stringify(kept)};`, map: { mappings: '' } };
    },
  };
}
