import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { DryRun, InvitationRunProgress, ManagementApi, Problem, RunDelivery, RunSelection } from '../api/management-api.js';
import { formatDateTime, outcomeLabels, skipOutcomes } from '../common/words.js';
import { sharedStyles } from '../common/styles.js';

const outcomePageSize = 25;
const pollInterval = 500;
// Done inviting, still sending (a mail server may be down for hours): read less often.
const deliveryPollInterval = 5000;

const deliveryParts: [keyof Omit<RunDelivery, 'status'>, string][] = [
  ['sent', 'sent'],
  ['delivered', 'delivered'],
  ['waiting', 'waiting to send'],
  ['retrying', 'retrying after a failure'],
  ['failed', 'failed'],
  ['suppressed', 'not sent'],
];

/**
 * Bulk "Invite to patient portal": the confirmation with the dry run's counts, then a progress bar while the
 * run goes on, then the per-patient outcome table. `confirm(selection, description)` starts it.
 */
@customElement('pp-invitation-run')
export class PpInvitationRun extends LitElement {
  @property({ attribute: false }) api?: ManagementApi;

  @state() private selection?: RunSelection;
  @state() private description = '';
  @state() private dryRun?: DryRun;
  @state() private problem?: Problem;
  @state() private starting = false;
  @state() private runId?: string;
  @state() private progress?: InvitationRunProgress;
  @state() private outcomePage = 1;

  @query('dialog') private dialog?: HTMLDialogElement;
  private pollTimer?: number;

  /** Counts what a run over the selection would do and asks the admin to confirm it. */
  async confirm(selection: RunSelection, description: string): Promise<void> {
    this.selection = selection;
    this.description = description;
    this.dryRun = undefined;
    this.problem = undefined;
    await this.updateComplete;
    this.dialog?.showModal();
    const result = await this.api?.dryRunInvitations(selection);
    if (result?.ok) {
      this.dryRun = result.value;
    } else if (result) {
      this.problem = result.problem;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.pollTimer);
  }

  private close(): void {
    this.dialog?.close();
    this.selection = undefined;
  }

  private async start(): Promise<void> {
    if (!this.api || !this.selection) {
      return;
    }

    this.starting = true;
    const result = await this.api.startInvitationRun(this.selection);
    this.starting = false;
    if (!result.ok) {
      this.problem = result.problem;
      return;
    }

    this.close();
    window.clearTimeout(this.pollTimer);
    this.runId = result.value.id;
    this.progress = undefined;
    this.outcomePage = 1;
    this.dispatchEvent(new CustomEvent('pp-run-started', { detail: { id: result.value.id }, bubbles: true, composed: true }));
    await this.poll();
    await this.updateComplete;
    this.scrollIntoView({ block: 'nearest' });
  }

  /** Reads the run's progress until it is done, then its first page of outcomes, then its messages until they are all sent. */
  private async poll(): Promise<void> {
    if (!this.api || !this.runId) {
      return;
    }

    window.clearTimeout(this.pollTimer);
    const id = this.runId;
    const done = this.progress?.run.status === 'Completed';
    const result = await this.api.getInvitationRun(id, (this.outcomePage - 1) * outcomePageSize, done ? outcomePageSize : 0);
    if (id !== this.runId) {
      return;
    }

    if (!result.ok) {
      this.problem = result.problem;
      return;
    }

    this.progress = result.value;
    if (result.value.run.status !== 'Completed') {
      this.pollTimer = window.setTimeout(() => void this.poll(), pollInterval);
    } else if (!done) {
      // Finished: one more read for the outcome table.
      await this.poll();
      this.dispatchEvent(new CustomEvent('pp-run-completed', { detail: { id }, bubbles: true, composed: true }));
    } else if (result.value.delivery.status !== 'Done') {
      this.pollTimer = window.setTimeout(() => void this.poll(), deliveryPollInterval);
    }
  }

  private async showOutcomePage(page: number): Promise<void> {
    this.outcomePage = page;
    await this.poll();
  }

  override render() {
    return html`${this.renderDialog()} ${this.progress ? this.renderProgress(this.progress) : nothing}`;
  }

  private renderDialog() {
    const dryRun = this.dryRun;
    const skips = dryRun ? skipOutcomes.filter((outcome) => dryRun.outcomes[outcome] > 0) : [];
    return html`
      <dialog aria-labelledby="confirm-heading" @close=${() => (this.selection = undefined)}>
        <h2 id="confirm-heading">Invite to patient portal</h2>
        <p>${this.description}</p>
        ${this.problem ? html`<p role="alert" class="error">${this.problem.title}</p>` : nothing}
        ${dryRun
          ? html`
              <dl class="counts" aria-label="What this run will do">
                <dt>Patients</dt>
                <dd>${dryRun.total}</dd>
                <dt>Will invite</dt>
                <dd data-outcome="Invited">${dryRun.outcomes.Invited}</dd>
                <dt>Will send a password reset</dt>
                <dd data-outcome="ResetSent">${dryRun.outcomes.ResetSent}</dd>
                ${skips.map((outcome) => html`<dt>${outcomeLabels[outcome]}</dt><dd data-outcome=${outcome}>${dryRun.outcomes[outcome]}</dd>`)}
              </dl>
              ${dryRun.sharedContacts > 0
                ? html`<p>${dryRun.sharedContacts} email addresses or mobile numbers are shared by several patients (families); each patient gets their own link.</p>`
                : nothing}
            `
          : this.problem
            ? nothing
            : html`<p role="status">Counting…</p>`}
        <div class="actions">
          <uui-button look="secondary" label="Cancel" @click=${this.close}></uui-button>
          <uui-button
            look="primary"
            color="positive"
            label="Start inviting"
            ?disabled=${!dryRun || this.starting || dryRun.outcomes.Invited + dryRun.outcomes.ResetSent === 0}
            @click=${this.start}></uui-button>
        </div>
      </dialog>
    `;
  }

  private renderProgress(progress: InvitationRunProgress) {
    const run = progress.run;
    const completed = run.status === 'Completed';
    const outcomes = (Object.keys(outcomeLabels) as (keyof typeof outcomeLabels)[]).filter((outcome) => progress.outcomes[outcome] > 0);
    const pages = Math.max(1, Math.ceil(run.total / outcomePageSize));
    return html`
      <uui-box headline="Invitation run">
        <div
          class="progress"
          role="progressbar"
          aria-label="Invitation run progress"
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${run.percentDone}
          aria-valuetext="${run.processed} of ${run.total} patients">
          <uui-progress-bar progress=${run.percentDone}></uui-progress-bar>
        </div>
        <p role="status" class="progress-text">
          ${completed ? 'Done' : 'Inviting'}: ${run.processed} of ${run.total} patients (${run.percentDone}%).
        </p>
        ${outcomes.length > 0
          ? html`<dl class="counts" aria-label="Outcomes">
              ${outcomes.map((outcome) => html`<dt>${outcomeLabels[outcome]}</dt><dd data-outcome=${outcome}>${progress.outcomes[outcome]}</dd>`)}
            </dl>`
          : nothing}
        ${this.renderDelivery(progress.delivery, completed)}
        ${completed ? this.renderOutcomeTable(progress, pages) : nothing}
      </uui-box>
    `;
  }

  /** What became of the run's messages: inviting is done long before sending is when a mail server or Twilio is down. */
  private renderDelivery(delivery: RunDelivery, completed: boolean) {
    const parts = deliveryParts
      .filter(([key]) => delivery[key] > 0)
      .map(([key, label]) => `${delivery[key]} ${label}`);
    if (parts.length === 0) {
      return nothing;
    }

    const state =
      delivery.status === 'Retrying'
        ? ' Some could not be sent yet and will be tried again by themselves; the dashboard says why.'
        : delivery.status === 'Sending'
          ? completed
            ? ' Still sending.'
            : ''
          : delivery.failed > 0
            ? ' The failed ones are listed under Failed deliveries.'
            : ' All sent.';
    return html`<p class="delivery" aria-live="polite" data-delivery=${delivery.status}>Messages: ${parts.join(', ')}.${state}</p>`;
  }

  private renderOutcomeTable(progress: InvitationRunProgress, pages: number) {
    return html`
      <uui-table aria-label="Outcome per patient">
        <uui-table-head>
          <uui-table-head-cell>Patient</uui-table-head-cell>
          <uui-table-head-cell>Outcome</uui-table-head-cell>
          <uui-table-head-cell>When</uui-table-head-cell>
        </uui-table-head>
        ${progress.items.map(
          (item) => html`
            <uui-table-row>
              <uui-table-cell>${item.patientName}</uui-table-cell>
              <uui-table-cell>${item.outcome ? outcomeLabels[item.outcome] : 'Waiting'}</uui-table-cell>
              <uui-table-cell>${formatDateTime(item.processedAt)}</uui-table-cell>
            </uui-table-row>
          `,
        )}
      </uui-table>
      ${pages > 1
        ? html`<uui-pagination
            label="Outcome pages"
            .total=${pages}
            .current=${this.outcomePage}
            @change=${(event: Event) => void this.showOutcomePage((event.target as HTMLElement & { current: number }).current)}></uui-pagination>`
        : nothing}
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      dialog {
        border: none;
        border-radius: var(--uui-border-radius, 3px);
        box-shadow: var(--uui-shadow-depth-5, 0 10px 30px rgba(0, 0, 0, 0.3));
        padding: var(--uui-size-space-6, 24px);
        min-width: min(32rem, 90vw);
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.4);
      }
      h2 {
        margin-top: 0;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: var(--uui-size-space-3, 9px);
        margin-top: var(--uui-size-space-5, 18px);
      }
      uui-box {
        margin-bottom: var(--uui-size-space-4, 12px);
      }
      .progress {
        margin-bottom: var(--uui-size-space-3, 9px);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-invitation-run': PpInvitationRun;
  }
}
