import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ApiResult, Invitation, InviteResponse, ManagementApi, Message, PatientDetail, Problem } from '../api/management-api.js';
import { SharedChargebands } from '../chargebands/chargeband-store.js';
import { DelayedCall } from '../common/delayed-call.js';
import type { Localizer } from '../common/localizer.js';
import { PortalElement } from '../common/portal-element.js';
import { accountLabel, channelLabel, formatDate, formatDateOnly, formatDateTime, fullName, messageStatusLabel, outcomeLabel, purposeLabel, smsOptOutLabel } from '../common/words.js';
import { sharedStyles } from '../common/styles.js';

const refreshInterval = 2000;

/**
 * The patient profile: details, the "Invite to patient portal" button at the top right (it reads "Reset password"
 * once the patient has a password: the API's label), the invitation history with resend and revoke, and the
 * message history with delivery status. Reset password and Revoke ask first, naming the patient.
 */
@customElement('pp-patient')
export class PpPatient extends PortalElement {
  @property({ attribute: false }) api?: ManagementApi;

  @property({ attribute: 'patient-id' }) patientId?: string;

  @state() private detail?: PatientDetail;
  @state() private problem?: Problem;
  @state() private notice?: string;
  @state() private busy = false;

  private readonly chargebands = new SharedChargebands(this);
  private readonly refresh = new DelayedCall(this);

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('api') || changed.has('patientId')) && this.api && this.patientId) {
      void this.chargebands.use(this.api);
      void this.load();
    }
  }

  private async load(): Promise<void> {
    if (!this.api || !this.patientId) {
      return;
    }

    const patient = await this.api.getPatient(this.patientId);
    if (patient.ok) {
      this.detail = patient.value;
      // While a message is still on its way, read the delivery status again in a moment.
      this.refresh.cancel();
      if (patient.value.messages.some((message) => message.status === 'Pending' || message.status === 'Sending')) {
        this.refresh.after(refreshInterval, () => this.load());
      }
    } else {
      this.problem = patient.problem;
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
      const message = describe(result.value);
      // Inside the backoffice its notifications say it; on the admin pages the profile's status line does.
      this.notice = this.notify({ color: 'positive', message }) ? undefined : message;
      await this.load();
    } else {
      this.notice = undefined;
      this.problem = result.problem;
    }
  }

  private async invite(): Promise<void> {
    const patient = this.detail?.patient;
    // Inviting someone new needs no question; a reset ends the password they use today.
    if (patient?.portalAction === 'ResetPassword') {
      const confirmed = await this.confirmAction({
        headline: this.localize.term('ppPatient_resetHeadline', fullName(patient)),
        content: this.localize.term('ppPatient_resetContent', fullName(patient), contactOf(this.localize, patient)),
        confirmLabel: this.localize.term('ppPatient_resetConfirm'),
        color: 'danger',
      });
      if (!confirmed) {
        return;
      }
    }

    return this.act(() => this.api?.invitePatient(this.patientId ?? ''), (response) => describeInvite(this.localize, response));
  }

  private async resend(invitation: Invitation): Promise<void> {
    const patient = this.detail?.patient;
    const purpose = purposeLabel(this.localize, invitation.purpose).toLowerCase();
    const confirmed = await this.confirmAction({
      headline: this.localize.term('ppPatient_resendHeadline', purpose, patient ? fullName(patient) : ''),
      content: this.localize.term('ppPatient_resendContent', purpose, patient ? fullName(patient) : '', patient ? contactOf(this.localize, patient) : '', formatDateTime(this.localize, invitation.createdAt)),
      confirmLabel: this.localize.term('ppPatient_resendConfirm'),
    });
    if (!confirmed) {
      return;
    }

    return this.act(() => this.api?.resendInvitation(invitation.id), (response) => describeInvite(this.localize, response));
  }

  private async revoke(invitation: Invitation): Promise<void> {
    const patient = this.detail?.patient;
    const purpose = purposeLabel(this.localize, invitation.purpose).toLowerCase();
    const sent = formatDateTime(this.localize, invitation.createdAt);
    const confirmed = await this.confirmAction({
      headline: this.localize.term('ppPatient_revokeHeadline', purpose),
      content: this.localize.term('ppPatient_revokeContent', patient ? fullName(patient) : '', purpose, sent, patient ? contactOf(this.localize, patient) : ''),
      confirmLabel: this.localize.term('ppPatient_revokeConfirm'),
      color: 'danger',
    });
    if (!confirmed) {
      return;
    }

    return this.act(() => this.api?.revokeInvitation(invitation.id), () => this.localize.term('ppPatient_revoked', purpose, formatDate(this.localize, invitation.createdAt)));
  }

  override render() {
    const detail = this.detail;
    if (!detail) {
      return this.problem ? html`<p role="alert" class="error">${this.problem.title}</p>` : html`<p role="status">${this.localize.term('ppCommon_loading')}</p>`;
    }

    const patient = detail.patient;
    const chargeband = this.chargebands.value.find((candidate) => candidate.id === patient.chargebandId);
    return html`
      <uui-box>
        <h2 slot="headline">${fullName(patient)}</h2>
        <uui-button slot="header-actions" look="primary" label=${this.localize.term(patient.portalAction === 'ResetPassword' ? 'ppPatient_actionResetPassword' : 'ppPatient_actionInvite')} ?disabled=${this.busy} @click=${this.invite}></uui-button>
        ${this.notice ? html`<p role="status" class="notice">${this.notice}</p>` : nothing}
        ${this.problem ? html`<p role="alert" class="error">${this.problem.title}</p>` : nothing}
        <dl class="details">
          <dt>${this.localize.term('ppPatient_dateOfBirth')}</dt>
          <dd>${formatDateOnly(this.localize, patient.dateOfBirth)}</dd>
          <dt>${this.localize.term('ppPatient_chargeband')}</dt>
          <dd>${chargeband?.name ?? ''}</dd>
          <dt>${this.localize.term('ppPatient_portalAccount')}</dt>
          <dd>${accountLabel(this.localize, patient.accountStatus)}</dd>
          <dt>${this.localize.term('ppPatient_email')}</dt>
          <dd>${patient.email ?? this.localize.term('ppPatient_none')} ${patient.email ? html`(${this.consent(detail.emailConsent)})` : nothing}</dd>
          <dt>${this.localize.term('ppPatient_mobile')}</dt>
          <dd>
            ${patient.mobile ?? this.localize.term('ppPatient_none')} ${patient.mobile ? html`(${this.consent(detail.smsConsent)})` : nothing}
            ${detail.smsOptedOutAt ? html`<span class="opt-out" data-sms-opt-out=${detail.smsOptOutSource ?? ''}>${smsOptOutLabel(this.localize, detail)}</span>` : nothing}
          </dd>
          ${patient.isFamilyMember ? html`<dt>${this.localize.term('ppPatient_familyMember')}</dt><dd>${this.localize.term('ppPatient_familyMemberNote')}</dd>` : nothing}
          ${detail.privacyPolicyVersion
            ? html`<dt>${this.localize.term('ppPatient_privacyPolicy')}</dt><dd>${this.localize.term('ppPatient_privacyPolicyAccepted', detail.privacyPolicyVersion, formatDate(this.localize, detail.privacyPolicyAcceptedAt))}</dd>`
            : nothing}
        </dl>
      </uui-box>
      ${this.renderInvitations(detail.invitations)} ${this.renderMessages(detail.messages)}
    `;
  }

  private consent(given: boolean): string {
    return this.localize.term(given ? 'ppPatient_mayBeContacted' : 'ppPatient_noConsent');
  }

  private invitationState(invitation: Invitation): string {
    const state = this.localize.term(`ppPatient_state${invitation.state}`);
    return invitation.openedAt && invitation.state === 'Pending' ? this.localize.term('ppPatient_stateOpened', state) : state;
  }

  private renderInvitations(invitations: Invitation[]) {
    return html`
      <uui-box headline=${this.localize.term('ppPatient_invitations')} headline-variant="h3">
        ${invitations.length === 0
          ? html`<p>${this.localize.term('ppPatient_noInvitations')}</p>`
          : html`
              <uui-table aria-label=${this.localize.term('ppPatient_invitations')}>
                <uui-table-head>
                  <uui-table-head-cell>${this.localize.term('ppPatient_sent')}</uui-table-head-cell>
                  <uui-table-head-cell>${this.localize.term('ppPatient_purpose')}</uui-table-head-cell>
                  <uui-table-head-cell>${this.localize.term('ppPatient_state')}</uui-table-head-cell>
                  <uui-table-head-cell>${this.localize.term('ppPatient_expires')}</uui-table-head-cell>
                  <uui-table-head-cell>${this.localize.term('ppPatient_by')}</uui-table-head-cell>
                  <uui-table-head-cell><span class="visually-hidden">${this.localize.term('ppCommon_actions')}</span></uui-table-head-cell>
                </uui-table-head>
                ${invitations.map(
                  (invitation) => html`
                    <uui-table-row>
                      <uui-table-cell>${formatDateTime(this.localize, invitation.createdAt)}</uui-table-cell>
                      <uui-table-cell>${purposeLabel(this.localize, invitation.purpose)}</uui-table-cell>
                      <uui-table-cell>${this.invitationState(invitation)}</uui-table-cell>
                      <uui-table-cell>${formatDateTime(this.localize, invitation.expiresAt)}</uui-table-cell>
                      <uui-table-cell>${invitation.createdBy}</uui-table-cell>
                      <uui-table-cell class="row-actions">
                        ${invitation.state === 'Completed'
                          ? nothing
                          : html`<uui-button
                              look="secondary"
                              compact
                              label=${this.localize.term('ppPatient_resendLabel', formatDateTime(this.localize, invitation.createdAt))}
                              ?disabled=${this.busy}
                              @click=${() => this.resend(invitation)}>${this.localize.term('ppPatient_resend')}</uui-button>`}
                        ${invitation.state === 'Pending' || invitation.state === 'Locked'
                          ? html`<uui-button
                              look="secondary"
                              color="danger"
                              compact
                              label=${this.localize.term('ppPatient_revokeLabel', formatDateTime(this.localize, invitation.createdAt))}
                              ?disabled=${this.busy}
                              @click=${() => this.revoke(invitation)}>${this.localize.term('ppPatient_revoke')}</uui-button>`
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
      <uui-box headline=${this.localize.term('ppPatient_messages')} headline-variant="h3">
        ${messages.length === 0
          ? html`<p>${this.localize.term('ppPatient_noMessages')}</p>`
          : html`
              <uui-table aria-label=${this.localize.term('ppPatient_messages')}>
                <uui-table-head>
                  <uui-table-head-cell>${this.localize.term('ppPatient_created')}</uui-table-head-cell>
                  <uui-table-head-cell>${this.localize.term('ppPatient_channel')}</uui-table-head-cell>
                  <uui-table-head-cell>${this.localize.term('ppPatient_purpose')}</uui-table-head-cell>
                  <uui-table-head-cell>${this.localize.term('ppPatient_to')}</uui-table-head-cell>
                  <uui-table-head-cell>${this.localize.term('ppPatient_delivery')}</uui-table-head-cell>
                  <uui-table-head-cell>${this.localize.term('ppPatient_sent')}</uui-table-head-cell>
                </uui-table-head>
                ${messages.map(
                  (message) => html`
                    <uui-table-row>
                      <uui-table-cell>${formatDateTime(this.localize, message.createdAt)}</uui-table-cell>
                      <uui-table-cell>${channelLabel(this.localize, message.channel)}</uui-table-cell>
                      <uui-table-cell>${purposeLabel(this.localize, message.purpose)}</uui-table-cell>
                      <uui-table-cell>${message.recipient}</uui-table-cell>
                      <uui-table-cell>
                        <uui-tag look="secondary" color=${statusColour(message)}>${messageStatusLabel(this.localize, message.status)}</uui-tag>
                        ${message.lastError && message.status !== 'Sent' && message.status !== 'Delivered' ? html`<div class="detail">${message.lastError}</div>` : nothing}
                        ${message.suppressionReason ? html`<div class="detail">${message.suppressionReason}</div>` : nothing}
                      </uui-table-cell>
                      <uui-table-cell>${formatDateTime(this.localize, message.sentAt)}</uui-table-cell>
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

function describeInvite(l: Localizer, response: InviteResponse): string {
  const channels = response.channels.map((channel) => l.term(channel === 'Sms' ? 'ppPatient_bySms' : 'ppPatient_byEmail')).join(l.term('ppPatient_and'));
  switch (response.outcome) {
    case 'Invited':
      return channels ? l.term('ppPatient_invitedBy', channels) : l.term('ppPatient_invited');
    case 'ResetSent':
      return channels ? l.term('ppPatient_resetSentBy', channels) : l.term('ppPatient_resetSent');
    default:
      return l.term('ppPatient_nothingSent', outcomeLabel(l, response.outcome));
  }
}

/** The address the patient's link goes to, for the question before a reset. */
function contactOf(l: Localizer, patient: { email: string | null; mobile: string | null }): string {
  return [patient.email, patient.mobile].filter((contact) => contact).join(l.term('ppPatient_and')) || l.term('ppPatient_none');
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
