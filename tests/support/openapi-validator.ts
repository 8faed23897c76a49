// Checks a real answer against what /api/v1/openapi.json says of it: the
// status is documented for the operation, every documented header is sent,
// the media type matches and a JSON body validates against the schema (JSON
// Schema 2020-12, the dialect of OpenAPI 3.1, with ajv).
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

interface ResponseObject {
  $ref?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, unknown>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
  components: { responses: Record<string, ResponseObject> };
}

const pointer = (...parts: string[]) => `#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

export type OpenApiCheck = (response: Response, path: string, method?: string) => Promise<string[]>;

/**
 * Loads the server's document and returns a check that lists what an answer
 * does differently (empty when it matches).
 *
 * @example
 * const check = await openApiValidator(server.url);
 * expect(await check(await fetch(`${server.url}/healthz`), '/healthz')).toEqual([]);
 */
export async function openApiValidator(baseUrl: string): Promise<OpenApiCheck> {
  const document = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as OpenApiDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(document, 'openapi.json');
  return async (response, path, method = 'GET') => {
    const operation = document.paths[path]?.[method.toLowerCase()];
    if (!operation) return [`${method} ${path} is not in the document`];
    const status = String(response.status);
    let answer = operation.responses[status];
    let at = pointer('paths', path, method.toLowerCase(), 'responses', status);
    if (!answer) return [`${method} ${path} answered ${status}, which the document does not list`];
    if (answer.$ref) {
      const name = answer.$ref.split('/').at(-1)!;
      answer = document.components.responses[name]!;
      at = pointer('components', 'responses', name);
    }
    const problems: string[] = [];
    for (const name of Object.keys(answer.headers ?? {})) {
      if (response.headers.get(name) === null) problems.push(`${status} lacks the header ${name}`);
    }
    const media = Object.keys(answer.content ?? {})[0];
    if (!media) return problems;
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith(media)) return [...problems, `${status} is ${type}, not ${media}`];
    if (media !== 'application/json') return problems;
    const validate = ajv.compile({ $ref: `openapi.json${at}/content/application~1json/schema` });
    if (!validate(await response.clone().json())) {
      problems.push(...(validate.errors ?? []).map((e) => `${status} body ${e.instancePath || '/'} ${e.message}`));
    }
    return problems;
  };
}
