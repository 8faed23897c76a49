import type { Env, Hono } from 'hono';
import type { H } from 'hono/types';
import type { z } from 'zod';
import { requireScope, type Scope } from '../auth/require-scope.js';
import type { StaffEnv } from '../auth/staff-auth.js';

/** A header an answer carries: by name from the document's shared headers, or written out. */
export type ApiHeader = { $ref: string } | { description: string; schema: Record<string, unknown> };

/** One answer of a route: its body's zod schema (none for an empty body) and the headers it always carries. */
export interface ApiAnswer {
  description: string;
  /** The body; JSON unless `mediaType` says otherwise. */
  schema?: z.ZodType;
  mediaType?: string;
  headers?: Record<string, ApiHeader>;
}

/** An answer many routes share, by its name in the document's `components.responses`. */
export interface SharedAnswer {
  $ref: string;
}

/**
 * One route of the HTTP API, declared once: the handler is registered from it
 * (method, path, scope) and the OpenAPI document is generated from it
 * (docs/design.md §5), so neither can change without the other.
 */
export interface ApiRoute {
  method: 'get' | 'post' | 'options';
  /** The full path in Hono's syntax (`/api/v1/follow-ups/:id`). */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  /** `staff`: a staff token is needed (Bearer); `public`: none. */
  access: 'public' | 'staff';
  /** What the token must be beyond valid; registration checks it just before the handler. */
  scope?: Scope;
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: { schema: z.ZodType; required: boolean };
  responses: Record<string, ApiAnswer | SharedAnswer>;
}

const STATUS = /^[1-5]\d\d$/;

/** Why a declaration cannot describe its route (empty when it can). */
export function declarationFaults(route: ApiRoute): string[] {
  const faults: string[] = [];
  if (!route.path.startsWith('/')) faults.push('the path must start with /');
  if (!/^[a-z][A-Za-z]+$/.test(route.operationId)) faults.push('the operationId must be camelCase');
  if (route.summary.trim() === '') faults.push('no summary');
  const named = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]!).sort();
  const declared = Object.keys(route.params?.shape ?? {}).sort();
  if (named.join() !== declared.join()) faults.push(`path parameters ${named.join()} but params ${declared.join()}`);
  const statuses = Object.keys(route.responses);
  if (!statuses.some((status) => status.startsWith('2'))) faults.push('no successful answer');
  for (const [status, answer] of Object.entries(route.responses)) {
    if (!STATUS.test(status)) faults.push(`status ${status} is not an HTTP status`);
    if (!('$ref' in answer) && answer.description.trim() === '') faults.push(`answer ${status} has no description`);
  }
  return faults;
}

/**
 * A route's declaration, refused at start when it could not be documented
 * (no summary, an answer without description, path parameters not declared).
 *
 * @example
 * export const getHealth = declareRoute({ method: 'get', path: '/healthz', operationId: 'getHealth', … });
 */
export function declareRoute<R extends ApiRoute>(route: R): R {
  const faults = declarationFaults(route);
  if (faults.length > 0) {
    throw new Error(`${route.method.toUpperCase()} ${route.path} is not declared fully: ${faults.join('; ')}`);
  }
  return route;
}

/** The query parameters a route takes, as its declaration names them. */
export const queryKeys = (route: ApiRoute): string[] => Object.keys(route.query?.shape ?? {});

/** Registers a declared route's handlers (see declaredRoutes). */
export type DeclaredRoutes<E extends Env> = (declared: ApiRoute, ...handlers: H<E>[]) => void;

/**
 * Registers handlers on an app mounted at `mountedAt` for a declared route:
 * its method, its path less the mount point, and its scope (checked after the
 * given middleware, just before the last handler).
 *
 * @example
 * const route = declaredRoutes(app, '/api/v1');
 * route(getScores, (c) => c.json(scores));
 */
export function declaredRoutes<E extends Env>(app: Hono<E>, mountedAt: string): DeclaredRoutes<E> {
  return function route(declared, ...handlers) {
    const base = mountedAt.replace(/\/$/, '');
    if (!declared.path.startsWith(`${base}/`)) {
      throw new Error(`${declared.path} is not under ${mountedAt}, where this app is mounted`);
    }
    const last = handlers.at(-1);
    if (!last) throw new Error(`${declared.path}: no handler`);
    const scoped = declared.scope ? [...handlers.slice(0, -1), scopeCheck<E>(declared.scope), last] : handlers;
    app.on(declared.method.toUpperCase(), declared.path.slice(base.length), ...(scoped as [H<E>]));
  };
}

// The scope check reads the staff principal the staff token middleware set before it.
const scopeCheck = <E extends Env>(scope: Scope) => requireScope(scope) as unknown as H<E> & H<StaffEnv>;
