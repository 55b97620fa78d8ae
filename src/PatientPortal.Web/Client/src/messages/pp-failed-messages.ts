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

  /** The box's heading; without one, the screen's own (ppMessages_headline). */
  @property() headline = '';

  @property({ type: Boolean, attribute: 'no-health-banner' }) noHealthBanner = false;

  /** Where a patient's profile is (a real address the host gives); without it the name is plain text. */
  @property({ attribute: false }) patientHref?: (id: string) => string;

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
      const notice = result.value.newInvitationId
        ? this.localize.term('ppMessages_freshInvitation', message.recipient)
        : this.localize.term('ppMessages_sentAgainTo', purposeLabel(this.localize, message.purpose).toLowerCase(), message.recipient);
      // Inside the backoffice its notifications say it; on the admin pages the screen's status line does.
      this.notice = this.notify({ color: 'positive', message: notice }) ? undefined : notice;
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

  private get boxHeadline(): string {
    return this.headline || this.localize.term('ppMessages_headline');
  }

  override render() {
    const messages = this.messages;
    return html`
      ${this.noHealthBanner ? nothing : html`<pp-delivery-health .api=${this.api}></pp-delivery-health>`}
      <uui-box headline=${this.boxHeadline}>
        ${this.notice ? html`<p role="status">${this.notice}</p>` : nothing}
        ${this.problem ? html`<p role="alert" class="error">${this.problem.title}</p>` : nothing}
        ${!messages
          ? html`<p role="status">${this.localize.term('ppCommon_loading')}</p>`
          : messages.length === 0 && this.page === 1
            ? html`<p>${this.localize.term('ppMessages_none')}</p>`
            : this.renderTable(messages)}
      </uui-box>
    `;
  }

  private renderPatient(message: Message) {
    const name = message.patientName ?? this.localize.term('ppMessages_noPatient');
    return message.patientId && message.patientName && this.patientHref ? html`<a href=${this.patientHref(message.patientId)}>${name}</a>` : name;
  }

  private renderTable(messages: Message[]) {
    return html`
      <uui-table aria-label=${this.boxHeadline}>
        <uui-table-head>
          <uui-table-head-cell>${this.localize.term('ppPatient_created')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppMessages_patient')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppPatient_channel')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppPatient_purpose')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppPatient_to')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppMessages_attempts')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppMessages_whatHappened')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppMessages_lastError')}</uui-table-head-cell>
          <uui-table-head-cell><span class="visually-hidden">${this.localize.term('ppCommon_actions')}</span></uui-table-head-cell>
        </uui-table-head>
        ${messages.map(
          (message) => html`
            <uui-table-row>
              <uui-table-cell>${formatDateTime(this.localize, message.createdAt)}</uui-table-cell>
              <uui-table-cell>${this.renderPatient(message)}</uui-table-cell>
              <uui-table-cell>${channelLabel(this.localize, message.channel)}</uui-table-cell>
              <uui-table-cell>${purposeLabel(this.localize, message.purpose)}</uui-table-cell>
              <uui-table-cell>${message.recipient}</uui-table-cell>
              <uui-table-cell>${this.localize.number(message.attempts)}</uui-table-cell>
              <uui-table-cell>${messageStatusLabel(this.localize, message.status)}</uui-table-cell>
              <uui-table-cell>${message.lastError ?? ''}</uui-table-cell>
              <uui-table-cell>
                ${this.sentAgain.has(message.id)
                  ? html`<uui-tag look="secondary" color="positive">${this.localize.term('ppMessages_sentAgain')}</uui-tag>`
                  : html`<uui-button
                      look="primary"
                      compact
                      label=${this.localize.term('ppMessages_sendAgainTo', message.recipient)}
                      ?disabled=${this.sending.has(message.id)}
                      @click=${() => this.retry(message)}>${this.localize.term('ppMessages_sendAgain')}</uui-button>`}
              </uui-table-cell>
            </uui-table-row>
          `,
        )}
      </uui-table>
      <div class="pager">
        <uui-button look="secondary" compact label=${this.localize.term('ppMessages_previousPage')} ?disabled=${this.page === 1} @click=${() => this.go(this.page - 1)}></uui-button>
        <span>${this.localize.term('ppMessages_page', this.localize.number(this.page))}</span>
        <uui-button look="secondary" compact label=${this.localize.term('ppMessages_nextPage')} ?disabled=${messages.length < this.pageSize} @click=${() => this.go(this.page + 1)}></uui-button>
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
