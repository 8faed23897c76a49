import { z } from 'zod';
import { CatalogueSchema, type Catalogue } from './catalogue-schema.js';

/** A catalogue file that cannot be used; `issues` name each fault and where it is. */
export class CatalogueError extends Error {
  constructor(
    message: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'CatalogueError';
  }
}

/** `surveys.1.questions.0.type` style paths, as a person reading the JSON file would follow them. */
export const formatPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/**
 * Checks a catalogue (already parsed from JSON, or as JSON text) and returns it typed.
 *
 * @example
 * const catalogue = loadCatalogue(await readFile('city-catalogue.json', 'utf8'));
 */
export function loadCatalogue(input: unknown): Catalogue {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CatalogueError(`catalogue is not valid JSON: ${reason}`, []);
    }
  }
  const result = CatalogueSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
    const first = issues[0];
    const where = first && first.path ? ` at ${first.path}` : '';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new CatalogueError(`invalid catalogue${where}: ${first?.message ?? 'unknown fault'}${more}`, issues);
  }
  return result.data;
}

/** The JSON Schema of a catalogue file, for editors and for cities writing their own. */
export const catalogueJsonSchema = (): unknown => z.toJSONSchema(CatalogueSchema, { io: 'input' });
