import { z } from 'zod';
import type { ApiAnswer, ApiRoute, SharedAnswer } from './api-route.js';

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a zod schema, as a request (`input`) or an answer (`output`) has it. */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  });
  return json;
}

/** The name under which the document's `components.schemas` holds a zod schema, if it does. */
export type ComponentNames = ReadonlyMap<z.ZodType, string>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output', names: ComponentNames): Record<string, unknown> {
  const name = names.get(schema);
  return name ? { $ref: `#/components/schemas/${name}` } : jsonSchema(schema, io);
}

/** OpenAPI parameters from a zod object: one per key, its description on the parameter. */
function parameters(from: z.ZodObject | undefined, where: 'path' | 'query' | 'header') {
  return Object.entries(from?.shape ?? {}).map(([name, field]: [string, z.ZodType]) => {
    const { description, ...schema } = jsonSchema(field, 'input');
    const required = where === 'path' || !field.safeParse(undefined).success;
    return {
      name,
      in: where,
      ...(typeof description === 'string' ? { description } : {}),
      ...(required ? { required } : {}),
      schema,
    };
  });
}

/** An OpenAPI response object from a declared answer; a shared one stays a reference. */
export function responseObject(answer: ApiAnswer | SharedAnswer, names: ComponentNames) {
  if ('$ref' in answer) return { $ref: answer.$ref };
  const { description, schema, mediaType = 'application/json', headers } = answer;
  return {
    description,
    ...(headers && Object.keys(headers).length > 0 ? { headers } : {}),
    ...(schema ? { content: { [mediaType]: { schema: schemaOf(schema, 'output', names) } } } : {}),
  };
}

/**
 * The OpenAPI operation of a declared route, and the path it sits at
 * (Hono's `:id` is OpenAPI's `{id}`).
 *
 * @example
 * const { path, method, operation } = openApiOperation(getHealth, new Map());
 */
export function openApiOperation(route: ApiRoute, names: ComponentNames) {
  const all = [
    ...parameters(route.params, 'path'),
    ...parameters(route.headers, 'header'),
    ...parameters(route.query, 'query'),
  ];
  const operation = {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    security: route.access === 'staff' ? [{ staffToken: [] }] : [],
    ...(all.length > 0 ? { parameters: all } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: route.body.required,
            content: { 'application/json': { schema: schemaOf(route.body.schema, 'input', names) } },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, answer]) => [status, responseObject(answer, names)]),
    ),
  };
  return { path: route.path.replace(/:(\w+)/g, '{$1}'), method: route.method, operation };
}
