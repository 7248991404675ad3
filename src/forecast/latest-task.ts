import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A request as a reactive controller, newest wins: the pattern of `@lit/task`, as much of it as
 * the forecast region uses (its forecast and its warnings). It runs when its arguments change
 * (compared one by one) and on `run()`; a new run aborts the one before, whose outcome is then
 * ignored. Written out here because `@lit/task` imports all of ReactiveElement, which the widget
 * itself does without (src/shell/lit-html-element.ts): about 2 KiB gzip after consent.
 */

export const TaskStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

export interface TaskConfig<A extends readonly unknown[], R> {
  args: () => A;
  task: (args: A, options: { signal: AbortSignal }) => R | Promise<R>;
  onComplete?: (value: R) => void;
  onError?: (error: unknown) => void;
}

export class Task<A extends readonly unknown[], R> implements ReactiveController {
  status: TaskStatus = TaskStatus.INITIAL;
  /** The latest run's value; undefined after a failure. */
  value: R | undefined;
  /** The latest run's failure; undefined after a success. */
  error: unknown;
  /** Runs on its own when the arguments change (not while false). */
  autoRun = true;
  private previous: A | undefined;
  private controller: AbortController | undefined;
  private calls = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: TaskConfig<A, R>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.autoRun) return;
    const args = this.config.args();
    const previous = this.previous;
    if (!previous || args.length !== previous.length || args.some((arg, i) => !Object.is(arg, previous[i]))) {
      void this.run(args);
    }
  }

  /** Runs now (with the current arguments unless given), aborting a run still on its way. */
  async run(args: A = this.config.args()): Promise<void> {
    this.previous = args;
    if (this.status === TaskStatus.PENDING) this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const call = ++this.calls;
    this.status = TaskStatus.PENDING;
    this.host.requestUpdate();
    let failed = false;
    let value: R | undefined;
    let error: unknown;
    try {
      value = await this.config.task(args, { signal: controller.signal });
    } catch (caught) {
      failed = true;
      error = caught;
    }
    if (call !== this.calls) return; // a newer run has taken over
    try {
      if (failed) this.config.onError?.(error);
      else this.config.onComplete?.(value as R);
    } catch {
      // Like @lit/task: a callback's own error does not keep the outcome from being shown.
    }
    this.status = failed ? TaskStatus.ERROR : TaskStatus.COMPLETE;
    this.value = value;
    this.error = error;
    this.host.requestUpdate();
  }

  /** Aborts the run on its way, if any, with `reason`. */
  abort(reason?: unknown): void {
    if (this.status === TaskStatus.PENDING) this.controller?.abort(reason);
  }
}
