import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One call an element runs later: the next read of something it polls, or a search once the typing stops. A new
 * `after` replaces the call still waiting (so it also debounces), and nothing runs once the element has left the page.
 */
export class DelayedCall implements ReactiveController {
  private timer?: number;
  private connected = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Runs `call` in `delay` ms, unless another `after` or `cancel` comes first; off the page, nothing is scheduled. */
  after(delay: number, call: () => unknown): void {
    this.cancel();
    if (!this.connected) {
      return;
    }

    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      void call();
    }, delay);
  }

  cancel(): void {
    window.clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.cancel();
  }
}
