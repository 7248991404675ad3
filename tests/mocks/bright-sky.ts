import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import alertsSample from '../fixtures/brightsky-alerts-coesfeld.json';
import noAlertsSample from '../fixtures/brightsky-alerts-coesfeld-none.json';

/**
 * Bright Sky's `/alerts` (the DWD's warnings) as the tests and the demo's sample mode see it:
 * recorded-shape sample answers, served by msw so that nothing leaves the machine.
 */

export const ALERTS_URL = 'https://api.brightsky.dev/alerts';

type Alert = (typeof alertsSample.alerts)[number];
/** One alert of an answer; the DWD's texts and times may be anything the tests need. */
export type AlertBody = Omit<Alert, 'instruction_de' | 'instruction_en' | 'expires' | 'severity'> & {
  instruction_de: string | null;
  instruction_en: string | null;
  expires: string | null;
  severity: string | null;
  [key: string]: unknown;
};
export interface AlertsBody {
  alerts: AlertBody[];
  location: typeof alertsSample.location;
}

/** A fresh deep copy of the sample with two level-1 warnings (slippery roads, frost) for Coesfeld. */
export function sampleAlerts(): AlertsBody {
  return structuredClone(alertsSample);
}

/** A fresh deep copy of the sample without a warning. */
export function noAlerts(): AlertsBody {
  return structuredClone(noAlertsSample);
}

/** Answers with no warning: what every test gets unless it asks for more. */
export const noAlertsResolver: HttpResponseResolver = () => HttpResponse.json(noAlerts());

const DAY_MS = 86_400_000;

/**
 * The sample's warnings dated from today: every time moved by whole days so that the sample's
 * day (24 November 2026) is today, times of day and offsets kept. For the demo: the warnings look
 * current (from tonight until tomorrow morning), while the page says they are sample data.
 */
export function datedFromToday(body: AlertsBody, now = Date.now()): AlertsBody {
  const days = Math.round((Date.parse(new Date(now).toISOString().slice(0, 10)) - Date.parse('2026-11-24')) / DAY_MS);
  const move = (time: string) => {
    const date = new Date(Date.parse(`${time.slice(0, 10)}T00:00:00Z`) + days * DAY_MS);
    return date.toISOString().slice(0, 10) + time.slice(10);
  };
  for (const alert of body.alerts) {
    alert.effective = move(alert.effective);
    alert.onset = move(alert.onset);
    if (alert.expires !== null) alert.expires = move(alert.expires);
  }
  return body;
}

/** The demo's sample mode: two warnings, or none (`which` is read at each request). */
export function demoAlertsHandler(which: () => 'some' | 'none') {
  return http.get(ALERTS_URL, () =>
    HttpResponse.json(which() === 'some' ? datedFromToday(sampleAlerts()) : datedFromToday(noAlerts())),
  );
}
