import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ApiResult, Chargeband, Invitation, InviteResponse, ManagementApi, Message, PatientDetail, Problem } from '../api/management-api.js';
import { accountLabels, formatDate, formatDateOnly, formatDateTime, fullName, messageStatusLabels, outcomeLabels, purposeLabel, smsOptOutLabel } from '../common/words.js';
import { sharedStyles } from '../common/styles.js';

const refreshInterval = 2000;

/**
 * The patient profile: details, the "Invite to patient portal" button at the top right (it reads "Reset password"
 * once the patient has a password: the API's label), the invitation history with resend and revoke, and the
 * message history with delivery status.
 */
@customElement('pp-patient')
export class PpPatient extends LitElement {
  @property({ attribute: false }) api?: ManagementApi;

  @property({ attribute: 'patient-id' }) patientId?: string;

  @state() private detail?: PatientDetail;
  @state() private chargebands: Chargeband[] = [];
  @state() private problem?: Problem;
  @state() private notice?: string;
  @state() private busy = false;

  private refreshTimer?: number;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.refreshTimer);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('api') || changed.has('patientId')) && this.api && this.patientId) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    if (!this.api || !this.patientId) {
      return;
    }

    const [patient, chargebands] = await Promise.all([this.api.getPatient(this.patientId), this.api.listChargebands()]);
    if (patient.ok) {
      this.detail = patient.value;
      // While a message is still on its way, read the delivery status again in a moment.
      window.clearTimeout(this.refreshTimer);
      if (patient.value.messages.some((message) => message.status === 'Pending' || message.status === 'Sending')) {
        this.refreshTimer = window.setTimeout(() => void this.load(), refreshInterval);
      }
    } else {
      this.problem = patient.problem;
    }

    if (chargebands.ok) {
      this.chargebands = chargebands.value;
    }
  }

  /** Runs one action, says what it did, and reloads the profile so the histories show it. */
  private async act<T>(call: () => Promise<ApiResult<T>> | undefined, describe: (value: T) => string): Promise<void> {
    this.busy = true;
    const result = await call();
    this.busy = false;
    if (!result) {
      return;
    }

    if (result.ok) {
      this.problem = undefined;
      this.notice = describe(result.value);
      await this.load();
    } else {
      this.notice = undefined;
      this.problem = result.problem;
    }
  }

  private invite(): Promise<void> {
    return this.act(() => this.api?.invitePatient(this.patientId ?? ''), describeInvite);
  }

  private resend(invitation: Invitation): Promise<void> {
    return this.act(() => this.api?.resendInvitation(invitation.id), describeInvite);
  }

  private revoke(invitation: Invitation): Promise<void> {
    return this.act(() => this.api?.revokeInvitation(invitation.id), () => `The ${purposeLabel(invitation.purpose).toLowerCase()} link sent ${formatDate(invitation.createdAt)} no longer works.`);
  }

  override render() {
    const detail = this.detail;
    if (!detail) {
      return this.problem ? html`<p role="alert" class="error">${this.problem.title}</p>` : html`<p role="status">Loading…</p>`;
    }

    const patient = detail.patient;
    const chargeband = this.chargebands.find((candidate) => candidate.id === patient.chargebandId);
    return html`
      <uui-box>
        <h2 slot="headline">${fullName(patient)}</h2>
        <uui-button slot="header-actions" look="primary" label=${patient.portalActionLabel} ?disabled=${this.busy} @click=${this.invite}></uui-button>
        ${this.notice ? html`<p role="status" class="notice">${this.notice}</p>` : nothing}
        ${this.problem ? html`<p role="alert" class="error">${this.problem.title}</p>` : nothing}
        <dl class="details">
          <dt>Date of birth</dt>
          <dd>${formatDateOnly(patient.dateOfBirth)}</dd>
          <dt>Chargeband</dt>
          <dd>${chargeband?.name ?? ''}</dd>
          <dt>Portal account</dt>
          <dd>${accountLabels[patient.accountStatus] ?? patient.accountStatus}</dd>
          <dt>Email</dt>
          <dd>${patient.email ?? 'None'} ${patient.email ? html`(${detail.emailConsent ? 'may be contacted' : 'no consent'})` : nothing}</dd>
          <dt>Mobile</dt>
          <dd>
            ${patient.mobile ?? 'None'} ${patient.mobile ? html`(${detail.smsConsent ? 'may be contacted' : 'no consent'})` : nothing}
            ${detail.smsOptedOutAt ? html`<span class="opt-out" data-sms-opt-out=${detail.smsOptOutSource ?? ''}>${smsOptOutLabel(detail)}</span>` : nothing}
          </dd>
          ${patient.isFamilyMember ? html`<dt>Family member</dt><dd>The portal account is managed by the primary account holder.</dd>` : nothing}
          ${detail.privacyPolicyVersion
            ? html`<dt>Privacy policy</dt><dd>Version ${detail.privacyPolicyVersion}, accepted ${formatDate(detail.privacyPolicyAcceptedAt)}</dd>`
            : nothing}
        </dl>
      </uui-box>
      ${this.renderInvitations(detail.invitations)} ${this.renderMessages(detail.messages)}
    `;
  }

  private renderInvitations(invitations: Invitation[]) {
    return html`
      <uui-box headline="Invitations">
        ${invitations.length === 0
          ? html`<p>No invitations yet.</p>`
          : html`
              <uui-table aria-label="Invitations">
                <uui-table-head>
                  <uui-table-head-cell>Sent</uui-table-head-cell>
                  <uui-table-head-cell>Purpose</uui-table-head-cell>
                  <uui-table-head-cell>State</uui-table-head-cell>
                  <uui-table-head-cell>Expires</uui-table-head-cell>
                  <uui-table-head-cell>By</uui-table-head-cell>
                  <uui-table-head-cell><span class="visually-hidden">Actions</span></uui-table-head-cell>
                </uui-table-head>
                ${invitations.map(
                  (invitation) => html`
                    <uui-table-row>
                      <uui-table-cell>${formatDateTime(invitation.createdAt)}</uui-table-cell>
                      <uui-table-cell>${purposeLabel(invitation.purpose)}</uui-table-cell>
                      <uui-table-cell>${invitation.state}${invitation.openedAt && invitation.state === 'Pending' ? ' (opened)' : ''}</uui-table-cell>
                      <uui-table-cell>${formatDateTime(invitation.expiresAt)}</uui-table-cell>
                      <uui-table-cell>${invitation.createdBy}</uui-table-cell>
                      <uui-table-cell class="row-actions">
                        ${invitation.state === 'Completed'
                          ? nothing
                          : html`<uui-button
                              look="secondary"
                              compact
                              label="Resend the invitation sent ${formatDateTime(invitation.createdAt)}"
                              ?disabled=${this.busy}
                              @click=${() => this.resend(invitation)}>Resend</uui-button>`}
                        ${invitation.state === 'Pending' || invitation.state === 'Locked'
                          ? html`<uui-button
                              look="secondary"
                              color="danger"
                              compact
                              label="Revoke the invitation sent ${formatDateTime(invitation.createdAt)}"
                              ?disabled=${this.busy}
                              @click=${() => this.revoke(invitation)}>Revoke</uui-button>`
                          : nothing}
                      </uui-table-cell>
                    </uui-table-row>
                  `,
                )}
              </uui-table>
            `}
      </uui-box>
    `;
  }

  private renderMessages(messages: Message[]) {
    return html`
      <uui-box headline="Messages">
        ${messages.length === 0
          ? html`<p>No messages yet.</p>`
          : html`
              <uui-table aria-label="Messages">
                <uui-table-head>
                  <uui-table-head-cell>Created</uui-table-head-cell>
                  <uui-table-head-cell>Channel</uui-table-head-cell>
                  <uui-table-head-cell>Purpose</uui-table-head-cell>
                  <uui-table-head-cell>To</uui-table-head-cell>
                  <uui-table-head-cell>Delivery</uui-table-head-cell>
                  <uui-table-head-cell>Sent</uui-table-head-cell>
                </uui-table-head>
                ${messages.map(
                  (message) => html`
                    <uui-table-row>
                      <uui-table-cell>${formatDateTime(message.createdAt)}</uui-table-cell>
                      <uui-table-cell>${message.channel === 'Sms' ? 'SMS' : message.channel}</uui-table-cell>
                      <uui-table-cell>${purposeLabel(message.purpose)}</uui-table-cell>
                      <uui-table-cell>${message.recipient}</uui-table-cell>
                      <uui-table-cell>
                        <uui-tag look="secondary" color=${statusColour(message)}>${messageStatusLabels[message.status] ?? message.status}</uui-tag>
                        ${message.lastError && message.status !== 'Sent' && message.status !== 'Delivered' ? html`<div class="detail">${message.lastError}</div>` : nothing}
                        ${message.suppressionReason ? html`<div class="detail">${message.suppressionReason}</div>` : nothing}
                      </uui-table-cell>
                      <uui-table-cell>${formatDateTime(message.sentAt)}</uui-table-cell>
                    </uui-table-row>
                  `,
                )}
              </uui-table>
            `}
      </uui-box>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      h2 {
        margin: 0;
        font-size: var(--uui-type-h4-size, 1.3rem);
      }
      .details {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--uui-size-space-2, 6px) var(--uui-size-space-5, 18px);
      }
      .details dt {
        font-weight: bold;
      }
      .details dd {
        margin: 0;
      }
      .row-actions {
        display: flex;
        gap: var(--uui-size-space-2, 6px);
      }
      .detail {
        font-size: 0.85em;
        color: var(--uui-color-text-alt, #515054);
      }
      .notice {
        color: var(--uui-color-positive-standalone, #2b7a2b);
      }
      .opt-out {
        display: block;
        color: var(--uui-color-danger-standalone, #c2272d);
      }
    `,
  ];
}

function describeInvite(response: InviteResponse): string {
  const channels = response.channels.map((channel) => (channel === 'Sms' ? 'SMS' : channel.toLowerCase())).join(' and ');
  switch (response.outcome) {
    case 'Invited':
      return `Invitation sent${channels ? ` by ${channels}` : ''}.`;
    case 'ResetSent':
      return `Password reset link sent${channels ? ` by ${channels}` : ''}.`;
    default:
      return `Nothing sent. ${outcomeLabels[response.outcome]}.`;
  }
}

function statusColour(message: Message): 'default' | 'positive' | 'warning' | 'danger' {
  switch (message.status) {
    case 'Delivered':
    case 'Sent':
      return 'positive';
    case 'Failed':
      return 'danger';
    case 'Suppressed':
      return 'warning';
    default:
      return 'default';
  }
}
