import '../zod-config.js';
import * as z from 'zod/mini';
import type { Warning, WarningLevel } from './model.js';

/**
 * The parts of Bright Sky's `/alerts` answer the widget reads, checked for meaning as well as
 * shape: times are real ISO 8601 instants with an offset, the severity is one of the DWD's four
 * levels, texts are strings. Test messages (`status: 'test'`) are left out; a real warning that
 * fails the check fails the whole answer, since showing some warnings but not all would say less
 * than the DWD does. Unknown keys are ignored.
 */

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Milliseconds since epoch of an ISO 8601 date and time with offset, or NaN unless it is one. */
function instant(text: string): number {
  const match = INSTANT.exec(text);
  if (!match) return NaN;
  const [y, m, d] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? Date.parse(text) : NaN;
}

const timestamp = z.string().check(z.refine((text) => !Number.isNaN(instant(text)), 'not a time with offset'));
const text = z.string();

const LEVELS: Readonly<Record<string, WarningLevel>> = { minor: 1, moderate: 2, severe: 3, extreme: 4 };

const actualSchema = z.object({
  status: z.literal('actual'),
  alert_id: z.string(),
  effective: timestamp,
  onset: timestamp,
  expires: z.nullable(timestamp),
  severity: z.literal(['minor', 'moderate', 'severe', 'extreme']),
  event_de: z.nullable(text),
  event_en: z.nullable(text),
  headline_de: text,
  headline_en: text,
  description_de: text,
  description_en: text,
  instruction_de: z.nullable(text),
  instruction_en: z.nullable(text),
});

// A test message is recognised and left out; its other fields are not looked at.
const answerSchema = z.object({
  alerts: z.array(z.union([actualSchema, z.object({ status: z.literal('test') })])),
});

type Alert = z.infer<typeof actualSchema>;

/** Why an answer cannot be shown: the path of the first offending field and what is wrong there. */
export class InvalidWarnings extends Error {}

function normalise(alert: Alert): Warning {
  return {
    id: alert.alert_id,
    level: LEVELS[alert.severity]!,
    onset: instant(alert.onset),
    expires: alert.expires === null ? null : instant(alert.expires),
    de: {
      event: alert.event_de,
      headline: alert.headline_de,
      description: alert.description_de,
      instruction: alert.instruction_de,
    },
    en: {
      event: alert.event_en,
      headline: alert.headline_en,
      description: alert.description_en,
      instruction: alert.instruction_en,
    },
  };
}

/** The real warnings of an answer, most severe first; throws InvalidWarnings. */
export function parseWarnings(body: unknown): Warning[] {
  const answer = answerSchema.safeParse(body);
  if (!answer.success) {
    const issue = answer.error.issues[0];
    throw new InvalidWarnings(`"${issue?.path.join('.') ?? ''}": ${issue?.message ?? ''}`);
  }
  return answer.data.alerts
    .filter((alert): alert is Alert => alert.status === 'actual')
    .map(normalise)
    .sort((a, b) => b.level - a.level || a.onset - b.onset);
}
