// The public reads: the catalogue's definitions, the health check and this
// document, each declared once: public/public-routes.ts and openapi-route.ts
// register their handlers from these, and the OpenAPI document is generated from them.
import {
  DepartmentListSchema,
  HealthSchema,
  StandardListSchema,
  SurveyDefinitionSchema,
  SurveyListSchema,
} from '@mv-feedback/scoring';
import { z } from 'zod';
import { declareRoute } from './api-route.js';
import { errorResponse, header, jsonResponse, ref } from './openapi-parts.js';

const cached = { '304': ref('NotModified'), '405': ref('MethodNotAllowed') };
const etag = { ETag: header('ETag') };

export const listSurveys = declareRoute({
  method: 'get',
  path: '/api/v1/surveys',
  operationId: 'listSurveys',
  summary: "The configured catalogue's surveys (id and title in English and Spanish), in catalogue order",
  access: 'public',
  responses: { '200': jsonResponse('The surveys', SurveyListSchema, etag), ...cached },
});

export const getSurvey = declareRoute({
  method: 'get',
  path: '/api/v1/surveys/:id',
  operationId: 'getSurvey',
  summary: 'A survey definition, its texts in the offered languages (MV_LOCALES) a page asks for, and those languages',
  access: 'public',
  params: z.object({ id: z.string() }),
  query: z.object({
    lang: z
      .string()
      .optional()
      .describe(
        'The languages wanted beside English, comma-separated (e.g. `vi,es`); those not offered are left out. Without it, every offered language.',
      ),
  }),
  responses: {
    '200': jsonResponse('The survey', SurveyDefinitionSchema, etag),
    ...cached,
    '400': errorResponse('A language that is not known (`invalid_query`)'),
    '404': errorResponse('Unknown survey (`unknown_survey`)'),
  },
});

export const listStandards = declareRoute({
  method: 'get',
  path: '/api/v1/standards',
  operationId: 'listStandards',
  summary: 'The customer-care standards',
  access: 'public',
  responses: { '200': jsonResponse('The standards', StandardListSchema, etag), ...cached },
});

export const listDepartments = declareRoute({
  method: 'get',
  path: '/api/v1/departments',
  operationId: 'listDepartments',
  summary: "The configured catalogue's departments (id and title in English and Spanish), in catalogue order",
  access: 'public',
  responses: { '200': jsonResponse('The departments', DepartmentListSchema, etag), ...cached },
});

export const getHealth = declareRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getHealth',
  summary: 'Whether the database answers the health reads within 2 s and is not known to be corrupt',
  access: 'public',
  responses: {
    '200': jsonResponse('Healthy', HealthSchema),
    '405': ref('MethodNotAllowed'),
    '503': ref('StorageUnavailable'),
  },
});

export const getOpenApiDocument = declareRoute({
  method: 'get',
  path: '/api/v1/openapi.json',
  operationId: 'getOpenApiDocument',
  summary: 'This document',
  access: 'public',
  responses: {
    '200': jsonResponse('OpenAPI 3.1', z.object({}).loose()),
    '405': ref('MethodNotAllowed'),
  },
});

/** Every public read. */
export const definitionOperations = [
  listSurveys,
  getSurvey,
  listStandards,
  listDepartments,
  getHealth,
  getOpenApiDocument,
];
