import { z } from 'zod';

/**
 * The zod schemas of single settings, each refusing a bad value with the one
 * line the command prints (see ConfigError): the line names the setting, what
 * it takes and what it got. A setting is a string from the environment or a
 * flag, trimmed; empty is unset.
 */

/** A setting as given: trimmed, and undefined when unset or blank. */
export const setting = z
  .union([z.string(), z.number()])
  .optional()
  .transform((raw) => {
    const text = raw === undefined ? '' : String(raw).trim();
    return text === '' ? undefined : text;
  });

/** Refuses with `message`: the one line the command prints. */
export function refuse(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

/** A whole number from `min` to `max`, `fallback` when unset. */
export function wholeNumber(name: string, fallback: number, min: number, max: number) {
  return setting.transform((text, ctx): number => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      return refuse(ctx, `${name} must be a whole number from ${min} to ${max}, got "${text}"`);
    }
    return value;
  });
}

/** A yes/no setting written as one of `on`/`off`, `true`/`false`, `yes`/`no`, `1`/`0`; undefined when unset. */
export function onOff(name: string, words: string) {
  return setting.transform((text, ctx): boolean | undefined => {
    if (text === undefined) return undefined;
    if (/^(on|1|true|yes)$/i.test(text)) return true;
    if (/^(off|0|false|no)$/i.test(text)) return false;
    return refuse(ctx, `${name} must be ${words}, got "${text}"`);
  });
}

/** The first refusal of a failed parse: the line to print. */
export const firstMessage = (error: z.ZodError): string => error.issues[0]?.message ?? 'invalid configuration';
