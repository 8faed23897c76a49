// A rollup plugin that minifies the text of Lit's tagged templates, so the
// source is written for people and the bundle stays small:
// - css`` (without ${} expressions: the whole stylesheet) through lightningcss;
// - html``: each run of white space that holds a line break becomes one line
//   break. Outside `white-space: pre` that renders the same, and the modules
//   this is given show no pre-formatted text.
import { transform } from 'lightningcss';
import MagicString from 'magic-string';

/** Every tagged template in an ESTree AST whose tag is a plain identifier. */
function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') yield node;
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'type' && typeof value === 'object') yield* taggedTemplates(value);
  }
}

/** Text as a template literal's raw source: backslashes, backticks and ${ escaped. */
const asRawTemplate = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

const minifyCss = (id, css) => transform({ filename: id, code: Buffer.from(css), minify: true }).code.toString();

/** The new raw text of each piece of text (TemplateElement) of one template. */
function edits(id, template) {
  const { tag, quasi } = template;
  if (tag.name === 'css' && quasi.expressions.length === 0) {
    const [text] = quasi.quasis;
    return [{ text, raw: asRawTemplate(minifyCss(id, text.value.cooked)) }];
  }
  if (tag.name === 'html') {
    return quasi.quasis.map((text) => ({ text, raw: text.value.raw.replace(/\s*\n\s*/g, '\n') }));
  }
  return [];
}

/**
 * @param {{ include: RegExp }} options the modules (by id) whose templates are minified
 * @returns {import('rollup').Plugin}
 */
export function minifyTemplateLiterals({ include }) {
  return {
    name: 'minify-template-literals',
    transform(code, id) {
      if (!include.test(id)) return null;
      const changes = [...taggedTemplates(this.parse(code))].flatMap((template) => edits(id, template));
      const output = new MagicString(code);
      for (const { text, raw } of changes) {
        if (code.slice(text.start, text.end) !== text.value.raw) this.error(`template text out of place in ${id}`);
        if (raw !== text.value.raw) output.overwrite(text.start, text.end, raw);
      }
      // A true map keeps the code after a shortened template where it was, for the bench's byte attribution.
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
