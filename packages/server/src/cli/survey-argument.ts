import type { Catalogue } from '@mv-feedback/scoring';
import { ConfigError } from '../config/config-error.js';

/**
 * `--survey`, which commands that make links require: an id of the catalogue,
 * else a usage error naming the known ones.
 *
 * @example
 * const survey = surveyArgument(config.catalogue, values.survey); // → 'quick'
 */
export function surveyArgument(catalogue: Catalogue, given: string | undefined): string {
  const surveys = catalogue.surveys.map((survey) => survey.id);
  if (!given || !surveys.includes(given)) {
    throw new ConfigError(`--survey must be one of ${surveys.join(', ')}, got "${given ?? ''}"`);
  }
  return given;
}
