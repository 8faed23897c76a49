import { ContextSchema, type HostedContext } from '@mv-feedback/scoring';

/**
 * The context of a hosted link's query: a department that is not a slug, a
 * channel that is not one of docs/design.md §3's, an interaction over 100 characters is
 * dropped, never an error (docs/design.md §9): the resident still gets the survey.
 *
 * @example
 * hostedContext({ department: 'permits', channel: 'fax' }) // → { department: 'permits' }
 */
export function hostedContext(query: Record<string, string | undefined>): HostedContext {
  const context: HostedContext = {};
  // Each part by the JSON API's own rule for it, so the link keeps exactly what a submission may carry.
  const department = ContextSchema.shape.department.safeParse(query.department || undefined);
  if (department.success && department.data) context.department = department.data;
  const channel = ContextSchema.shape.channel.safeParse(query.channel || undefined);
  if (channel.success && channel.data) context.channel = channel.data;
  const interaction = ContextSchema.shape.interaction.safeParse(query.interaction || undefined);
  if (interaction.success && interaction.data) context.interaction = interaction.data;
  return context;
}
