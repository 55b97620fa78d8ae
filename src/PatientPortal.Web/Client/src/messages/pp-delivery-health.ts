import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DelayedCall } from '../common/delayed-call.js';
import { PortalElement } from '../common/portal-element.js';
import type { ChannelHealth, DeliveryHealth, ManagementApi } from '../api/management-api.js';
import { channelLabel, formatDateTime, formatDuration } from '../common/words.js';
import { sharedStyles } from '../common/styles.js';

/**
 * The banner staff see when email or SMS is down: the channel, since when, the last error, what waits, and whether
 * the practice was alerted. It reads the delivery health again every `refresh-seconds`, so it appears and clears
 * by itself; `load()` reads it at once (the screens call it when they refresh).
 */
@customElement('pp-delivery-health')
export class PpDeliveryHealth extends PortalElement {
  @property({ attribute: false }) api?: ManagementApi;

  @property({ type: Number, attribute: 'refresh-seconds' }) refreshSeconds = 30;

  @state() private health?: DeliveryHealth;

  private readonly nextRead = new DelayedCall(this);

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) {
      void this.load();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after leaving it: read again and go on reading.
    if (this.api && this.hasUpdated) {
      void this.load();
    }
  }

  async load(): Promise<void> {
    this.nextRead.cancel();
    const result = await this.api?.getDeliveryHealth();
    if (result?.ok) {
      this.health = result.value;
    }

    // A failed read keeps what was shown; the next one may work.
    this.nextRead.after(this.refreshSeconds * 1000, () => this.load());
  }

  override render() {
    const health = this.health;
    const failing = this.failing;
    return !health || failing.length === 0 ? nothing : failing.map((channel) => this.renderBanner(channel, health.checkedAt));
  }

  override updated(): void {
    // Nothing to say takes no room in the screen's layout.
    this.hidden = this.failing.length === 0;
  }

  private get failing(): ChannelHealth[] {
    return this.health?.channels.filter((channel) => channel.status === 'Failing') ?? [];
  }

  private renderBanner(channel: ChannelHealth, checkedAt: string) {
    const name = channelLabel(this.localize, channel.channel);
    const since = channel.since ?? checkedAt;
    return html`
      <div class="banner" role="alert" data-channel=${channel.channel} aria-labelledby="heading-${channel.channel}">
        <strong id="heading-${channel.channel}">${this.localize.term('ppHealth_notGoingOut', name)}</strong>
        <p>
          ${channel.failure === 'FailureRate'
            ? this.localize.term('ppHealth_failureRate', this.localize.number((channel.recentFailurePercent ?? 0) / 100, { style: 'percent', maximumFractionDigits: 1 }), name, formatDateTime(this.localize, since))
            : this.localize.term('ppHealth_everyTryFailed', formatDateTime(this.localize, since), formatDuration(this.localize, since, checkedAt))}
        </p>
        <p>${this.localize.term('ppHealth_lastError', channel.lastError ?? this.localize.term('ppHealth_noError'))}</p>
        <p>
          ${this.localize.term('ppHealth_counts', this.localize.number(channel.waiting), this.localize.number(channel.retrying), this.localize.number(channel.failed))}
        </p>
        ${channel.alertedAt
          ? html`<p>${this.localize.term('ppHealth_alerted', channelLabel(this.localize, channel.alertedThrough ?? ''), formatDateTime(this.localize, channel.alertedAt))}</p>`
          : nothing}
      </div>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        gap: var(--uui-size-space-3, 9px);
      }
      :host([hidden]) {
        display: none;
      }
      .banner {
        padding: var(--uui-size-space-4, 12px) var(--uui-size-space-5, 18px);
        border-left: 6px solid var(--uui-color-danger, #d42054);
        background: #fdecf1;
        color: var(--uui-color-text, #060606);
      }
      .banner strong {
        font-size: 1.1rem;
      }
      .banner p {
        margin: var(--uui-size-space-2, 6px) 0 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-delivery-health': PpDeliveryHealth;
  }
}
