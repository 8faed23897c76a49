import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ContextSchema, LOCALES, LocaleSchema, hostedLink } from '@mv-feedback/scoring';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { configuredPublicUrl } from '../config/server-config.js';
import { qrSvg } from '../hosted/qr-svg.js';
import { reportFailure } from './cli-output.js';
import { listenFlags } from './listen-flags.js';
import { surveyArgument } from './survey-argument.js';

export const LINK_USAGE =
  'mv-feedback link --survey ID [--department SLUG] [--channel CHANNEL] [--interaction REF] [--lang LOCALE] [--qr FILE] [--port 8787] [--host 127.0.0.1]';

/**
 * `mv-feedback link`: the absolute link to a hosted survey, alone on stdout
 * (so `LINK=$(mv-feedback link --survey quick)` works), from MV_PUBLIC_URL,
 * else the address `serve` listens on, read as `serve` reads it (MV_HOST and
 * MV_PORT, or the same `--host` and `--port`);
 * with `--qr FILE`, its QR code as SVG too. A value the link could not carry
 * is refused here (exit 2), where a page would drop it: staff typed it.
 *
 * @example
 * process.exitCode = linkCommand(['--survey', 'quick', '--department', 'permits', '--channel', 'in-person']);
 */
export function linkCommand(argv: string[]): number {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        survey: { type: 'string' },
        department: { type: 'string' },
        channel: { type: 'string' },
        interaction: { type: 'string' },
        lang: { type: 'string' },
        qr: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
      },
      strict: true,
    });
    const config = loadConfig({ prepareDatabase: false, flags: listenFlags(values) });
    const survey = surveyArgument(config.catalogue, values.survey);
    const context = ContextSchema.safeParse({
      department: values.department,
      channel: values.channel,
      interaction: values.interaction,
    });
    if (!context.success) {
      const issue = context.error.issues[0]!;
      throw new ConfigError(`--${String(issue.path[0])} ${issue.message}`);
    }
    const offered = config.languages?.offered ?? LOCALES;
    const lang = values.lang === undefined ? undefined : LocaleSchema.safeParse(values.lang);
    if (lang && (!lang.success || !offered.includes(lang.data))) {
      throw new ConfigError(`--lang must be one of the offered locales (${offered.join(', ')}), got "${values.lang}"`);
    }
    const link = hostedLink(configuredPublicUrl(config), survey, context.data, {
      lang: lang?.data,
    });
    if (values.qr) writeFileSync(values.qr, qrSvg(link));
    process.stdout.write(`${link}\n`);
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}
