import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { PortalElement } from '../common/portal-element.js';
import type { ManagementApi, Message, Problem } from '../api/management-api.js';
import { channelLabel, formatDateTime, messageStatusLabel, purposeLabel } from '../common/words.js';
import { sharedStyles } from '../common/styles.js';
import type { PpDeliveryHealth } from './pp-delivery-health.js';
import './pp-delivery-health.js';

/**
 * Deliveries needing attention: messages that gave up (say after a long mail-server outage) and emails that may
 * have gone (the server had the whole message, then no reply: never resent by themselves), each with "Send again", under the banner that says when a channel is down. Small on purpose, so the dashboard can show it
 * too (with `no-health-banner`: the dashboard shows the banner at its top).
 */
@customElement('pp-failed-messages')
export class PpFailedMessages extends PortalElement {
  @property({ attribute: false }) api?: ManagementApi;

  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  @property() headline = 'Failed deliveries';

  @property({ type: Boolean, attribute: 'no-health-banner' }) noHealthBanner = false;

  @state() private messages?: Message[];
  @state() private page = 1;
  @state() private problem?: Problem;
  @state() private notice?: string;
  @state() private sending = new Set<string>();

  // A failed invitation goes out again as a fresh invitation while the failed row stays on file: the rows sent
  // again from this view say so instead of offering the button twice.
  @state() private sentAgain = new Set<string>();

  @query('pp-delivery-health') private healthBanner?: PpDeliveryHealth;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) {
      void this.load();
    }
  }

  /** Reads the page again; the dashboard calls it when it refreshes. */
  async load(): Promise<void> {
    void this.healthBanner?.load();
    const result = await this.api?.listMessages(['Failed', 'PossiblySent'], (this.page - 1) * this.pageSize, this.pageSize);
    if (result?.ok) {
      this.messages = result.value;
    } else if (result) {
      this.problem = result.problem;
    }
  }

  private async retry(message: Message): Promise<void> {
    if (!this.api) {
      return;
    }

    this.sending = new Set([...this.sending, message.id]);
    const result = await this.api.retryMessage(message.id);
    this.sending = new Set([...this.sending].filter((id) => id !== message.id));
    if (result.ok) {
      this.problem = undefined;
      this.sentAgain = new Set([...this.sentAgain, message.id]);
      // The dashboard counts failed deliveries: it reads its count again (and the banner its counts).
      void this.healthBanner?.load();
      this.dispatchEvent(new CustomEvent('pp-message-retried', { bubbles: true, composed: true, detail: { id: message.id } }));
      this.notice = result.value.newInvitationId
        ? `A fresh invitation is on its way to ${message.recipient}.`
        : `The ${purposeLabel(this.localize, message.purpose).toLowerCase()} message is on its way to ${message.recipient} again.`;
      // No reload here: a message sent again leaves the failed list, and its row would vanish under the admin's
      // eyes; it stays, marked "Sent again", until the page is read again.
    } else {
      this.notice = undefined;
      this.problem = result.problem;
    }
  }

  private async go(page: number): Promise<void> {
    this.page = page;
    await this.load();
  }

  override render() {
    const messages = this.messages;
    return html`
      ${this.noHealthBanner ? nothing : html`<pp-delivery-health .api=${this.api}></pp-delivery-health>`}
      <uui-box headline=${this.headline}>
        ${this.notice ? html`<p role="status">${this.notice}</p>` : nothing}
        ${this.problem ? html`<p role="alert" class="error">${this.problem.title}</p>` : nothing}
        ${!messages
          ? html`<p role="status">Loading…</p>`
          : messages.length === 0 && this.page === 1
            ? html`<p>No failed deliveries. Every message was sent or is still being tried.</p>`
            : this.renderTable(messages)}
      </uui-box>
    `;
  }

  private renderTable(messages: Message[]) {
    return html`
      <uui-table aria-label=${this.headline}>
        <uui-table-head>
          <uui-table-head-cell>Created</uui-table-head-cell>
          <uui-table-head-cell>Channel</uui-table-head-cell>
          <uui-table-head-cell>Purpose</uui-table-head-cell>
          <uui-table-head-cell>To</uui-table-head-cell>
          <uui-table-head-cell>Attempts</uui-table-head-cell>
          <uui-table-head-cell>What happened</uui-table-head-cell>
          <uui-table-head-cell>Last error</uui-table-head-cell>
          <uui-table-head-cell><span class="visually-hidden">Actions</span></uui-table-head-cell>
        </uui-table-head>
        ${messages.map(
          (message) => html`
            <uui-table-row>
              <uui-table-cell>${formatDateTime(this.localize, message.createdAt)}</uui-table-cell>
              <uui-table-cell>${channelLabel(this.localize, message.channel)}</uui-table-cell>
              <uui-table-cell>${purposeLabel(this.localize, message.purpose)}</uui-table-cell>
              <uui-table-cell>${message.recipient}</uui-table-cell>
              <uui-table-cell>${message.attempts}</uui-table-cell>
              <uui-table-cell>${messageStatusLabel(this.localize, message.status)}</uui-table-cell>
              <uui-table-cell>${message.lastError ?? ''}</uui-table-cell>
              <uui-table-cell>
                ${this.sentAgain.has(message.id)
                  ? html`<uui-tag look="secondary" color="positive">Sent again</uui-tag>`
                  : html`<uui-button
                      look="primary"
                      compact
                      label="Send again to ${message.recipient}"
                      ?disabled=${this.sending.has(message.id)}
                      @click=${() => this.retry(message)}>Send again</uui-button>`}
              </uui-table-cell>
            </uui-table-row>
          `,
        )}
      </uui-table>
      <div class="pager">
        <uui-button look="secondary" compact label="Previous page" ?disabled=${this.page === 1} @click=${() => this.go(this.page - 1)}></uui-button>
        <span>Page ${this.page}</span>
        <uui-button look="secondary" compact label="Next page" ?disabled=${messages.length < this.pageSize} @click=${() => this.go(this.page + 1)}></uui-button>
      </div>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      .pager {
        display: flex;
        align-items: center;
        gap: var(--uui-size-space-3, 9px);
        margin-top: var(--uui-size-space-3, 9px);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-failed-messages': PpFailedMessages;
  }
}
