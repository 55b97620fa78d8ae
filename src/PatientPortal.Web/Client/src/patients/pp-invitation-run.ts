import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DelayedCall } from '../common/delayed-call.js';
import { PortalElement } from '../common/portal-element.js';
import type { PortalTerm } from '../common/localizer.js';
import type { DryRun, InvitationRunProgress, ManagementApi, Problem, RunDelivery, RunSelection } from '../api/management-api.js';
import { formatDateTime, outcomeLabel, outcomes } from '../common/words.js';
import './pp-run-counts.js';
import { sharedStyles } from '../common/styles.js';

const outcomePageSize = 25;
const pollInterval = 500;
// Done inviting, still sending (a mail server may be down for hours): read less often.
const deliveryPollInterval = 5000;

const deliveryParts: [keyof Omit<RunDelivery, 'status'>, PortalTerm][] = [
  ['sent', 'ppRun_partSent'],
  ['delivered', 'ppRun_partDelivered'],
  ['waiting', 'ppRun_partWaiting'],
  ['retrying', 'ppRun_partRetrying'],
  ['failed', 'ppRun_partFailed'],
  ['suppressed', 'ppRun_partSuppressed'],
];

/**
 * Bulk "Invite to patient portal": the confirmation with the dry run's counts, then a progress bar while the
 * run goes on, then the per-patient outcome table. `confirm(selection, description)` starts it.
 * Not yet through the dictionaries past the question: the progress and outcome texts are English.
 */
@customElement('pp-invitation-run')
export class PpInvitationRun extends PortalElement {
  @property({ attribute: false }) api?: ManagementApi;

  @state() private counting = false;
  @state() private nothingToSend?: { dryRun: DryRun; description: string };
  @state() private problem?: Problem;
  @state() private runId?: string;
  @state() private progress?: InvitationRunProgress;
  @state() private outcomePage = 1;

  private readonly nextRead = new DelayedCall(this);

  /**
   * Counts what a run over the selection would do, then asks the admin with those counts (Umbraco's modal inside
   * the backoffice, a dialog on the admin pages). When nothing would be sent, the counts say so here instead.
   */
  async confirm(selection: RunSelection, description: string): Promise<void> {
    this.problem = undefined;
    this.nothingToSend = undefined;
    this.counting = true;
    const result = await this.api?.dryRunInvitations(selection);
    this.counting = false;
    if (!result) {
      return;
    }

    if (!result.ok) {
      this.problem = result.problem;
      return;
    }

    const dryRun = result.value;
    if (dryRun.outcomes.Invited + dryRun.outcomes.ResetSent === 0) {
      this.nothingToSend = { dryRun, description };
      return;
    }

    const confirmed = await this.confirmAction({
      headline: this.localize.term('ppRun_headline'),
      content: html`<p>${description}</p>
        <pp-run-counts .dryRun=${dryRun} .localize=${this.localize}></pp-run-counts>`,
      confirmLabel: this.localize.term('ppRun_start'),
    });
    if (confirmed) {
      await this.start(selection);
    }
  }

  private async start(selection: RunSelection): Promise<void> {
    if (!this.api) {
      return;
    }

    const result = await this.api.startInvitationRun(selection);
    if (!result.ok) {
      this.problem = result.problem;
      return;
    }

    this.nextRead.cancel();
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

    this.nextRead.cancel();
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
      this.nextRead.after(pollInterval, () => this.poll());
    } else if (!done) {
      // Finished: one more read for the outcome table.
      await this.poll();
      this.dispatchEvent(new CustomEvent('pp-run-completed', { detail: { id }, bubbles: true, composed: true }));
    } else if (result.value.delivery.status !== 'Done') {
      this.nextRead.after(deliveryPollInterval, () => this.poll());
    }
  }

  private async showOutcomePage(page: number): Promise<void> {
    this.outcomePage = page;
    await this.poll();
  }

  override render() {
    return html`${this.renderQuestion()} ${this.progress ? this.renderProgress(this.progress) : nothing}`;
  }

  /** While counting, a problem, or a selection that would send nothing: said in the screen, not in a modal. */
  private renderQuestion() {
    if (this.counting) {
      return html`<p role="status">${this.localize.term('ppRun_counting')}</p>`;
    }

    if (this.problem) {
      return html`<p role="alert" class="error">${this.problem.title}</p>`;
    }

    return this.nothingToSend
      ? html`<div role="status">
          <p>${this.nothingToSend.description} ${this.localize.term('ppRun_nothingToSend')}</p>
          <pp-run-counts .dryRun=${this.nothingToSend.dryRun} .localize=${this.localize}></pp-run-counts>
        </div>`
      : nothing;
  }

  private renderProgress(progress: InvitationRunProgress) {
    const run = progress.run;
    const completed = run.status === 'Completed';
    const reached = outcomes.filter((outcome) => progress.outcomes[outcome] > 0);
    const l = this.localize;
    const pages = Math.max(1, Math.ceil(run.total / outcomePageSize));
    return html`
      <uui-box headline=${l.term('ppRun_runHeadline')}>
        <div
          class="progress"
          role="progressbar"
          aria-label=${l.term('ppRun_progressLabel')}
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${run.percentDone}
          aria-valuetext=${l.term('ppRun_progressValue', l.number(run.processed), l.number(run.total))}>
          <uui-progress-bar progress=${run.percentDone}></uui-progress-bar>
        </div>
        <p role="status" class="progress-text">
          ${l.term(completed ? 'ppRun_done' : 'ppRun_inviting', l.number(run.processed), l.number(run.total), l.number(run.percentDone))}
        </p>
        ${reached.length > 0
          ? html`<dl class="counts" aria-label=${l.term('ppRun_outcomes')}>
              ${reached.map((outcome) => html`<dt>${outcomeLabel(this.localize, outcome)}</dt><dd data-outcome=${outcome}>${progress.outcomes[outcome]}</dd>`)}
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
      .map(([key, term]) => this.localize.term(term, this.localize.number(delivery[key])));
    if (parts.length === 0) {
      return nothing;
    }

    const state: PortalTerm | undefined =
      delivery.status === 'Retrying'
        ? 'ppRun_stateRetrying'
        : delivery.status === 'Sending'
          ? completed
            ? 'ppRun_stateSending'
            : undefined
          : delivery.failed > 0
            ? 'ppRun_stateFailed'
            : 'ppRun_stateAllSent';
    const messages = this.localize.term('ppRun_messages', parts.join(', '));
    return html`<p class="delivery" aria-live="polite" data-delivery=${delivery.status}>${state ? `${messages} ${this.localize.term(state)}` : messages}</p>`;
  }

  private renderOutcomeTable(progress: InvitationRunProgress, pages: number) {
    return html`
      <uui-table aria-label=${this.localize.term('ppRun_outcomeTable')}>
        <uui-table-head>
          <uui-table-head-cell>${this.localize.term('ppMessages_patient')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppRun_outcome')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppRun_when')}</uui-table-head-cell>
        </uui-table-head>
        ${progress.items.map(
          (item) => html`
            <uui-table-row>
              <uui-table-cell>${item.patientName}</uui-table-cell>
              <uui-table-cell>${item.outcome ? outcomeLabel(this.localize, item.outcome) : this.localize.term('ppRun_waiting')}</uui-table-cell>
              <uui-table-cell>${formatDateTime(this.localize, item.processedAt)}</uui-table-cell>
            </uui-table-row>
          `,
        )}
      </uui-table>
      ${pages > 1
        ? html`<uui-pagination
            label=${this.localize.term('ppRun_outcomePages')}
            .total=${pages}
            .current=${this.outcomePage}
            @change=${(event: Event) => void this.showOutcomePage((event.target as HTMLElement & { current: number }).current)}></uui-pagination>`
        : nothing}
    `;
  }

  static override styles = [
    sharedStyles,
    css`
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
