import type { ReactiveController } from 'lit';
import { nothing, type TemplateResult } from 'lit/html.js';
import { emit } from '../../events.js';
import { focusAfter } from '../../shell/focus.js';
import type { WeatherHost } from '../../shell/forecast-contract.js';
import type { WeatherTranslation } from '../i18n/index.js';
import type { ForecastFailure } from '../model.js';
import { ForecastError } from '../open-meteo/client.js';
import type { Place } from '../place-choice.js';
import { BRIGHT_SKY } from './client.js';
import { Task, TaskStatus } from '../latest-task.js';
import { isActive, type WarningsAnswer } from './model.js';
import { loadWarnings, REUSE_FOR_MS, WITHDRAWN } from './warnings-request.js';
import { renderWarnings, renderWarningsPending, renderWarningsUnavailable } from './warnings-view.js';

/** api null: warnings are off, nothing is asked. */
type Args = readonly [api: string | null, latitude: number, longitude: number, timeoutSeconds: number, run: number];

/** The abort reason when the widget leaves the page or consent goes: not a failure to show. */
const STOPPED = new DOMException('The warnings were stopped.', 'AbortError');

/** Longest delay setTimeout keeps (about 24.8 days); a later expiry is looked at again then. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** Warnings of these levels (Unwetter, extremes Unwetter) are said aloud when they come of the visitor's action. */
const SPOKEN_FROM_LEVEL = 3;

/**
 * The official warnings beside the forecast: their own request (newest wins, the older run
 * aborted), their own failure and retry, so that either service failing leaves the other shown.
 * A warning disappears when it expires: a timer waits for the next expiry while the region lives.
 */
export class WarningsController implements ReactiveController {
  private readonly task: Task<Args, WarningsAnswer | null>;
  private readonly host: WeatherHost;
  private readonly place: () => Place;
  private readonly strings: () => WeatherTranslation;
  private readonly onNews: () => void;
  // Bumped when the widget comes back to the page: it asks again (an answer of the last five minutes is at hand).
  private runs = 0;
  /** The visitor acted: what the next run brings is theirs to hear. */
  private turn = false;
  private telling = false;
  /** Severe warnings the latest run brought in the visitor's turn, not yet said. */
  private news = '';
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;
  private expiryAt: number | undefined;
  /** Asking again for warnings shown longer than they are reused: the shown ones stay meanwhile. */
  private refreshing = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') this.refreshIfOld();
  };

  /** `onNews`: there is something to say (takeNews()). */
  constructor(host: WeatherHost, place: () => Place, strings: () => WeatherTranslation, onNews: () => void) {
    this.host = host;
    this.place = place;
    this.strings = strings;
    this.onNews = onNews;
    this.task = new Task(host, {
      args: (): Args => {
        const { latitude, longitude } = place();
        const { warnings, warningsApi, timeout } = host.weatherInput.config;
        return [warnings === 'on' ? (warningsApi ?? BRIGHT_SKY) : null, latitude, longitude, timeout, this.runs];
      },
      task: ([api, latitude, longitude, timeout], { signal }) => {
        this.telling = this.turn;
        this.turn = false;
        this.news = '';
        return api === null ? null : loadWarnings({ api, latitude, longitude, timeoutMs: timeout * 1000, signal });
      },
      onComplete: (answer) => this.completed(answer),
      onError: (error) => {
        this.telling = false;
        this.refreshing = false;
        if (error === STOPPED || error === WITHDRAWN) return;
        const { kind, status, message } = toFailure(error);
        emit(host, 'kreis-wetter-error', { service: 'warnings', kind, status, message });
      },
    });
    host.addController(this);
  }

  /** The visitor acted (accepted, picked a place, retried): severe warnings that come of it are said. */
  visitorActed(): void {
    this.turn = true;
  }

  /** What is worth saying about the warnings now; said once. */
  takeNews(): string {
    const news = this.news;
    this.news = '';
    return news;
  }

  hostConnected(): void {
    this.task.autoRun = true;
    this.runs++;
    document.addEventListener('visibilitychange', this.onVisible);
  }

  hostDisconnected(): void {
    // Off the page nothing runs, whatever changes meanwhile.
    this.task.autoRun = false;
    this.halt();
  }

  hostUpdated(): void {
    this.watchExpiry();
  }

  /** Consent is gone: abort what runs, clear the timer, let go of the host. */
  stop(): void {
    this.halt();
    this.host.removeController(this.task);
    this.host.removeController(this);
  }

  render(w: WeatherTranslation, place: Place): TemplateResult | typeof nothing {
    const { lang, config } = this.host.weatherInput;
    if (config.warnings === 'off') return nothing;
    const { status, value, error } = this.task;
    const retry = () => {
      this.turn = true;
      void this.task.run();
      // The retry button is gone now; focus stays in the region, on its heading.
      void focusAfter(this.host, Promise.resolve(), '#kw-forecast-heading');
    };
    if (status === TaskStatus.ERROR && error !== STOPPED && error !== WITHDRAWN) {
      return renderWarningsUnavailable(w, lang, retry);
    }
    // While warnings shown are asked for again, they stay (the place is the same).
    const shown = status === TaskStatus.COMPLETE || (this.refreshing && status === TaskStatus.PENDING) ? value : null;
    if (!shown) return renderWarningsPending();
    // Checked on arrival (real times, known levels): nothing here can throw.
    const headingLevel = config.headingLevel + 2;
    return renderWarnings({ lang, w, warnings: shown.warnings, place: place.name, headingLevel, now: Date.now() });
  }

  private halt(): void {
    clearTimeout(this.expiryTimer);
    clearTimeout(this.refreshTimer);
    document.removeEventListener('visibilitychange', this.onVisible);
    this.expiryAt = undefined;
    this.refreshing = false;
    this.task.abort(STOPPED);
  }

  /**
   * Warnings change at any minute, and the DWD asks that they reach everyone complete and at once:
   * warnings shown for longer than they are reused are asked for again (when the page is looked at
   * again, and every five minutes while it stays open).
   */
  private refreshIfOld(): void {
    clearTimeout(this.refreshTimer);
    const answer = this.task.status === TaskStatus.COMPLETE ? this.task.value : null;
    if (!answer) return;
    const age = Date.now() - answer.fetchedAt;
    if (age < REUSE_FOR_MS) {
      this.refreshTimer = setTimeout(() => this.refreshIfOld(), REUSE_FOR_MS - age);
      return;
    }
    this.refreshing = true;
    this.runs++;
    this.host.requestUpdate();
  }

  private completed(answer: WarningsAnswer | null): void {
    this.refreshing = false;
    this.refreshIfOld();
    const telling = this.telling;
    this.telling = false;
    if (!answer || !telling) return;
    const w = this.strings();
    const { lang } = this.host.weatherInput;
    const now = Date.now();
    const place = this.place().name;
    this.news = answer.warnings
      .filter((warning) => warning.level >= SPOKEN_FROM_LEVEL && isActive(warning, now))
      .map((warning) => w.warnings.news(w.warnings.names[warning.level - 1]!, place, warning[lang].headline))
      .join(' ');
    if (this.news) this.onNews();
  }

  /** A warning shown disappears when it expires: the next update comes then. */
  private watchExpiry(): void {
    const answer = this.task.status === TaskStatus.COMPLETE ? this.task.value : null;
    const now = Date.now();
    let next = Infinity;
    for (const { expires } of answer?.warnings ?? [])
      if (expires !== null && expires > now && expires < next) next = expires;
    if (next === this.expiryAt) return;
    clearTimeout(this.expiryTimer);
    this.expiryAt = next;
    if (next === Infinity) return;
    this.expiryTimer = setTimeout(
      () => {
        this.expiryAt = undefined;
        this.host.requestUpdate();
      },
      Math.min(next - now, MAX_DELAY_MS),
    );
  }
}

function toFailure(error: unknown): ForecastFailure {
  return error instanceof ForecastError ? error : { kind: 'network', message: String(error) };
}
