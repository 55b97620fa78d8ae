import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { FunnelRequest, InvitationFunnel, InvitationPurpose, InvitationRun, ManagementApi, Problem } from '../api/management-api.js';
import { sharedStyles } from '../common/styles.js';
import { formatDateTime, purposeLabel } from '../common/words.js';
import type { PpDeliveryHealth } from '../messages/pp-delivery-health.js';
import type { PpFailedMessages } from '../messages/pp-failed-messages.js';
import '../messages/pp-delivery-health.js';
import '../messages/pp-failed-messages.js';
import { addDays, deliveredNote, formatDay, percent, stages } from './funnel-stages.js';
import './pp-funnel-chart.js';

type Preset = '7' | '30' | '90' | '365' | 'custom';

const presets: { value: Preset; name: string }[] = [
  { value: '7', name: 'Last 7 days' },
  { value: '30', name: 'Last 30 days' },
  { value: '90', name: 'Last 90 days' },
  { value: '365', name: 'Last 12 months' },
  { value: 'custom', name: 'Chosen dates' },
];

const purposes: InvitationPurpose[] = ['PortalAccess', 'PasswordReset', 'PaymentInAdvance', 'Recall'];

/**
 * The Patient Portal dashboard: the banner when email or SMS is down, the invitation funnel (sent → delivered →
 * opened → completed) per day as a chart, with its totals, conversion rates and a table of the same numbers, and the
 * failed deliveries needing attention.
 */
/**
 * Each stage's colour by its data-stage, in the stylesheet (our own constants): a style attribute would be refused
 * by the admin pages' Content-Security-Policy, which allows no inline style.
 */
const stageColors = unsafeCSS(stages.map((stage) => `.total[data-stage='${stage.key}'] { --stage-color: ${stage.color}; }`).join('\n'));

@customElement('pp-dashboard')
export class PpDashboard extends LitElement {
  @property({ attribute: false }) api?: ManagementApi;

  @state() private funnel?: InvitationFunnel;
  @state() private problem?: Problem;
  @state() private failedCount?: number;
  @state() private runs: InvitationRun[] = [];
  @state() private preset: Preset = '30';
  @state() private from = '';
  @state() private to = '';
  @state() private purpose: InvitationPurpose | '' = '';
  @state() private batchId = '';
  @state() private loading = false;

  /** The practice's today, learnt from the first answer (the API's default range ends on it). */
  private today?: string;

  @query('pp-failed-messages') private failedMessages?: PpFailedMessages;

  @query('pp-delivery-health') private healthBanner?: PpDeliveryHealth;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) {
      void this.load();
      void this.loadRuns();
    }
  }

  /** Reads the funnel for the chosen range and filters, and the count of failed deliveries. */
  async load(): Promise<void> {
    if (!this.api) {
      return;
    }

    const request: FunnelRequest = {
      from: this.from || undefined,
      to: this.to || undefined,
      purpose: this.purpose || undefined,
      batchId: this.batchId || undefined,
    };
    this.loading = true;
    const [funnel, failed] = await Promise.all([this.api.getInvitationFunnel(request), this.api.countFailedDeliveries()]);
    this.loading = false;
    if (funnel.ok) {
      this.problem = undefined;
      this.funnel = funnel.value;
      this.today ??= funnel.value.to;
      this.from = funnel.value.from;
      this.to = funnel.value.to;
    } else {
      this.problem = funnel.problem;
    }

    if (failed.ok) {
      this.failedCount = failed.value.count;
    }
  }

  private async countFailed(): Promise<void> {
    const failed = await this.api?.countFailedDeliveries();
    if (failed?.ok) {
      this.failedCount = failed.value.count;
    }
  }

  private async loadRuns(): Promise<void> {
    const runs = await this.api?.listInvitationRuns();
    if (runs?.ok) {
      this.runs = runs.value;
    }
  }

  private async refresh(): Promise<void> {
    await Promise.all([this.load(), this.loadRuns(), this.failedMessages?.load(), this.healthBanner?.load()]);
  }

  private choosePreset(preset: Preset): void {
    this.preset = preset;
    if (preset !== 'custom' && this.today) {
      this.to = this.today;
      this.from = addDays(this.today, 1 - Number(preset));
      void this.load();
    }
  }

  private chooseDate(which: 'from' | 'to', value: string): void {
    this[which] = value;
    this.preset = 'custom';
    void this.load();
  }

  override render() {
    return html`
      <pp-delivery-health .api=${this.api}></pp-delivery-health>
      <uui-box headline="Invitation funnel">
        <div slot="header-actions">
          <uui-button look="secondary" label="Refresh the dashboard" ?disabled=${this.loading} @click=${this.refresh}>Refresh</uui-button>
        </div>
        ${this.renderFilters()}
        ${this.problem ? html`<p role="alert" class="error">${this.problem.title} ${Object.values(this.problem.errors).flat().join(' ')}</p>` : nothing}
        ${this.funnel ? this.renderFunnel(this.funnel) : html`<p role="status">Loading…</p>`}
      </uui-box>
      <section aria-labelledby="attention">
        <h2 id="attention">Needing attention</h2>
        <p role="status" class="attention">${this.renderFailedCount()}</p>
        <pp-failed-messages
          .api=${this.api}
          page-size="10"
          headline="Failed deliveries"
          no-health-banner
          @pp-message-retried=${() => {
            void this.countFailed();
            void this.healthBanner?.load();
          }}></pp-failed-messages>
      </section>
    `;
  }

  private renderFailedCount() {
    if (this.failedCount === undefined) {
      return '';
    }

    return this.failedCount === 0
      ? 'No failed deliveries.'
      : `${this.failedCount} failed ${this.failedCount === 1 ? 'delivery needs' : 'deliveries need'} sending again.`;
  }

  private renderFilters() {
    const fieldError = (name: string) => this.problem?.errors[name]?.join(' ');
    return html`
      <form class="filters" aria-label="Funnel range and filters" @submit=${(event: Event) => event.preventDefault()}>
        <div class="field">
          <uui-label for="preset">Range</uui-label>
          <uui-select
            id="preset"
            label="Range"
            .options=${presets.map((preset) => ({ ...preset, selected: preset.value === this.preset }))}
            @change=${(event: Event) => this.choosePreset((event.target as HTMLSelectElement).value as Preset)}></uui-select>
        </div>
        <div class="field">
          <uui-label for="from">From</uui-label>
          <uui-input id="from" type="date" label="From" .value=${this.from} @change=${(event: Event) => this.chooseDate('from', (event.target as HTMLInputElement).value)}></uui-input>
          ${fieldError('from') ? html`<span class="error">${fieldError('from')}</span>` : nothing}
        </div>
        <div class="field">
          <uui-label for="to">To</uui-label>
          <uui-input id="to" type="date" label="To" .value=${this.to} @change=${(event: Event) => this.chooseDate('to', (event.target as HTMLInputElement).value)}></uui-input>
          ${fieldError('to') ? html`<span class="error">${fieldError('to')}</span>` : nothing}
        </div>
        <div class="field">
          <uui-label for="purpose">Purpose</uui-label>
          <uui-select
            id="purpose"
            label="Purpose"
            .options=${[
              { name: 'All purposes', value: '', selected: this.purpose === '' },
              ...purposes.map((purpose) => ({ name: purposeLabel(purpose), value: purpose, selected: purpose === this.purpose })),
            ]}
            @change=${(event: Event) => {
              this.purpose = (event.target as HTMLSelectElement).value as InvitationPurpose | '';
              void this.load();
            }}></uui-select>
        </div>
        <div class="field">
          <uui-label for="run">Bulk run</uui-label>
          <uui-select
            id="run"
            label="Bulk run"
            .options=${[
              { name: 'Any (and single invitations)', value: '', selected: this.batchId === '' },
              ...this.runs.map((run) => ({ name: `${formatDateTime(run.createdAt)}: ${run.total} patients`, value: run.id, selected: run.id === this.batchId })),
            ]}
            @change=${(event: Event) => {
              this.batchId = (event.target as HTMLSelectElement).value;
              void this.load();
            }}></uui-select>
        </div>
      </form>
    `;
  }

  private renderFunnel(funnel: InvitationFunnel) {
    const totals = funnel.totals;
    return html`
      <p class="range" role="status">
        ${funnel.totals.created} invitations created ${formatDay(funnel.from, 'long')} to ${formatDay(funnel.to, 'long')}, counted on the day they were
        created (practice time, ${funnel.timeZone}).
      </p>
      <dl class="totals" aria-label="Totals">
        ${stages.map(
          (stage) => html`
            <div class="total" data-stage=${stage.key}>
              <dt>${stage.label}</dt>
              <dd class="number">${totals[stage.key]}</dd>
              <dd class="rate">${stage.rate ? html`${percent(funnel.rates[stage.rate])} of ${stage.of}` : html`of ${totals.created} created`}</dd>
            </div>
          `,
        )}
        <div class="total overall">
          <dt>Completed overall</dt>
          <dd class="number">${percent(funnel.rates.overall)}</dd>
          <dd class="rate">of sent</dd>
        </div>
      </dl>
      <ul class="legend" aria-label="Legend">
        ${stages.map(
          (stage) => html`
            <li>
              <svg width="36" height="12" aria-hidden="true"><line x1="0" x2="36" y1="6" y2="6" stroke=${stage.color} stroke-width="3" stroke-dasharray=${stage.dash || nothing}></line></svg>
              <span>${stage.label}${stage.key === 'delivered' ? html`<span class="note"> (${deliveredNote})</span>` : nothing}</span>
            </li>
          `,
        )}
      </ul>
      <pp-funnel-chart .days=${funnel.days}></pp-funnel-chart>
      <details>
        <summary>The numbers per day, as a table</summary>
        <table>
          <caption>
            Invitations per day, ${formatDay(funnel.from, 'long')} to ${formatDay(funnel.to, 'long')}
          </caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Created</th>
              ${stages.map((stage) => html`<th scope="col">${stage.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${funnel.days.map(
              (day) => html`
                <tr>
                  <th scope="row">${formatDay(day.date, 'long')}</th>
                  <td>${day.counts.created}</td>
                  ${stages.map((stage) => html`<td>${day.counts[stage.key]}</td>`)}
                </tr>
              `,
            )}
          </tbody>
        </table>
      </details>
    `;
  }

  static override styles = [
    sharedStyles,
    stageColors,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: var(--uui-size-space-5, 18px);
        margin-bottom: var(--uui-size-space-4, 12px);
      }
      .field {
        display: grid;
        gap: var(--uui-size-space-2, 6px);
        align-content: start;
      }
      .range {
        margin: 0 0 var(--uui-size-space-4, 12px);
      }
      .totals {
        display: flex;
        flex-wrap: wrap;
        gap: var(--uui-size-space-4, 12px);
        margin: 0 0 var(--uui-size-space-4, 12px);
      }
      .total {
        min-width: 9rem;
        padding: var(--uui-size-space-3, 9px) var(--uui-size-space-4, 12px);
        border-left: 4px solid var(--stage-color, #515054);
        background: var(--uui-color-surface-alt, #f3f3f5);
      }
      .total dt {
        font-weight: bold;
      }
      .total dd {
        margin: 0;
      }
      .total .number {
        font-size: 1.75rem;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: var(--uui-size-space-2, 6px) var(--uui-size-space-5, 18px);
        list-style: none;
        padding: 0;
        margin: 0 0 var(--uui-size-space-3, 9px);
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: var(--uui-size-space-2, 6px);
      }
      .note {
        color: #515054;
      }
      details {
        margin-top: var(--uui-size-space-4, 12px);
      }
      summary {
        cursor: pointer;
      }
      summary:focus-visible {
        outline: 2px solid var(--uui-color-focus, #3879ff);
        outline-offset: 2px;
      }
      table {
        border-collapse: collapse;
        margin-top: var(--uui-size-space-3, 9px);
      }
      caption {
        text-align: left;
        font-weight: bold;
        padding-bottom: var(--uui-size-space-2, 6px);
      }
      th,
      td {
        padding: var(--uui-size-space-1, 3px) var(--uui-size-space-4, 12px);
        border-bottom: 1px solid #d8d7d9;
        text-align: right;
      }
      th[scope='row'],
      thead th:first-child {
        text-align: left;
        font-weight: normal;
      }
      h2 {
        margin: 0;
        font-size: 1.25rem;
      }
      section {
        display: grid;
        gap: var(--uui-size-space-3, 9px);
      }
      .attention {
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-dashboard': PpDashboard;
  }
}
