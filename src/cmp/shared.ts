/**
 * The few lines every CMP adapter needs: checking the name from `consent-source`, waiting for a CMP
 * that may load after the widget, and calling a listener only when the decision really changed.
 * Bundled into each adapter chunk, so it stays tiny and imports nothing.
 */
import type { CmpDecision } from './cmp-adapter.js';

/** Names as CMPs spell service, category and embedding identifiers: letters, digits, ".", "-", "_". */
export const PLAIN_NAME = /^[A-Za-z0-9][\w.-]{0,99}$/;

/** Returns `value` when it matches `pattern`, else throws an Error naming the CMP, what was expected and what was given. */
export function checkName(cmp: string, what: string, value: string, pattern: RegExp = PLAIN_NAME): string {
  if (!value) throw new Error(`${cmp}: consent-source names no ${what}`);
  if (!pattern.test(value)) throw new Error(`${cmp}: "${value}" is not a valid ${what}`);
  return value;
}

/**
 * What a probe reports: `true` once ready; a text saying what is still missing while waiting.
 * A probe throws (or rejects) when waiting longer cannot help, e.g. the CMP is there but has no such service.
 */
export type Probe = () => true | string | Promise<true | string>;

/**
 * Resolves once `probe` reports ready. Probes at once, on each of `events` (on `win`) and every 50 ms;
 * rejects with the probe's own Error, or after `timeoutMs` (or when `signal` aborts) with an Error
 * saying what was last found missing.
 */
export function waitFor(
  cmp: string,
  win: Window,
  probe: Probe,
  timeoutMs: number,
  signal?: AbortSignal,
  events: readonly string[] = [],
): Promise<void> {
  return new Promise((resolve, reject) => {
    let missing = 'not ready yet';
    let busy = false;
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      clearInterval(poll);
      clearTimeout(timer);
      for (const type of events) win.removeEventListener(type, check);
      signal?.removeEventListener('abort', abort);
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error(`${cmp}: ${describe(error)}`));
    };
    const settle = (result: true | string) => {
      busy = false;
      if (result === true) finish();
      else missing = result;
    };
    function check() {
      if (busy || done) return;
      let result: ReturnType<Probe>;
      try {
        result = probe();
      } catch (error) {
        finish(error ?? new Error(`${cmp}: ${missing}`));
        return;
      }
      if (typeof result === 'object') {
        busy = true;
        result.then(settle, (error: unknown) => finish(error ?? new Error(`${cmp}: ${missing}`)));
      } else settle(result);
    }
    function abort() {
      finish(new Error(`${cmp}: ${missing} (waiting was aborted)`));
    }
    const poll = setInterval(check, 50);
    const timer = setTimeout(() => finish(new Error(`${cmp}: ${missing} (waited ${timeoutMs} ms)`)), timeoutMs);
    for (const type of events) win.addEventListener(type, check);
    signal?.addEventListener('abort', abort);
    check();
    if (signal?.aborted) abort();
  });
}

/** Returns a function that, each time it is called, calls `listener` with `read()` if that differs from the last value (the first being read now). */
export function onChange(read: () => CmpDecision, listener: (decision: CmpDecision) => void): () => void {
  let last = read();
  return () => {
    const now = read();
    if (now === last) return;
    last = now;
    listener(now);
  };
}

/** Adds `handler` for each event type on `target` (in the capture phase, so events dispatched on `document` are heard too); returns the remover. */
export function listen(target: EventTarget, types: readonly string[], handler: () => void): () => void {
  for (const type of types) target.addEventListener(type, handler, true);
  return () => {
    for (const type of types) target.removeEventListener(type, handler, true);
  };
}

/** An error's message, for messages of our own. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
}

/** `value`, or an Error saying what is missing (the adapter was used before ready() resolved, or the CMP left). */
export function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} not found (call ready() first)`);
  return value;
}

/** Runs `fn` and resolves; what it throws becomes the rejection. */
export function settle(fn: () => void): Promise<void> {
  return new Promise((resolve) => {
    fn();
    resolve();
  });
}
