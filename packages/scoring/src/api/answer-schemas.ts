// The small answers of the public API (docs/design.md §5): a stored response,
// the standards and the health check, shared by the server that sends them
// and the OpenAPI document that describes them.
import { z } from 'zod';
import { StandardSchema } from '../catalogue/catalogue-schema.js';

/** `POST /api/v1/responses`: the response is durably stored (201), or was already (200). */
export const StoredSchema = z.object({ id: z.uuid(), status: z.literal('stored') });
export type Stored = z.infer<typeof StoredSchema>;

/** `GET /api/v1/standards`: the customer-care standards. */
export const StandardListSchema = z.object({ standards: z.array(StandardSchema) });
export type StandardList = z.infer<typeof StandardListSchema>;

/** `GET /healthz`: the database answers. */
export const HealthSchema = z.object({ status: z.literal('ok') });
export type Health = z.infer<typeof HealthSchema>;
