import { css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { LatestRequest } from '../common/latest-request.js';
import { PortalElement } from '../common/portal-element.js';
import type { FunnelRequest, InvitationFunnel, InvitationPurpose, InvitationRun, ManagementApi, Problem } from '../api/management-api.js';
import { sharedStyles } from '../common/styles.js';
import { formatDateTime, purposeLabel } from '../common/words.js';
import type { PpDeliveryHealth } from '../messages/pp-delivery-health.js';
import type { PpFailedMessages } from '../messages/pp-failed-messages.js';
import '../messages/pp-delivery-health.js';
import '../messages/pp-failed-messages.js';
import { addDays, formatDay, percent, stageLabel, stages } from './funnel-stages.js';
import '../common/pp-date-input.js';
import './pp-funnel-chart.js';

type Preset = '7' | '30' | '90' | '365' | 'custom';

const presets: Preset[] = ['7', '30', '90', '365', 'custom'];

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
export class PpDashboard extends PortalElement {
  @property({ attribute: false }) api?: ManagementApi;

  /** Where a patient's profile is, for the failed deliveries' names. */
  @property({ attribute: false }) patientHref?: (id: string) => string;

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

  /** A quick change of range or filter must not be overwritten by the slower answer to the one before. */
  private readonly latestFunnel = new LatestRequest();

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
    const isLatest = this.latestFunnel.begin();
    this.loading = true;
    const [funnel, failed] = await Promise.all([this.api.getInvitationFunnel(request), this.api.countFailedDeliveries()]);
    if (!isLatest()) {
      return;
    }

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
      <uui-box headline=${this.localize.term('ppDashboard_funnel')}>
        <div slot="header-actions">
          <uui-button look="secondary" label=${this.localize.term('ppDashboard_refreshLabel')} ?disabled=${this.loading} @click=${this.refresh}
            >${this.localize.term('ppDashboard_refresh')}</uui-button
          >
        </div>
        ${this.renderFilters()}
        ${this.problem ? html`<p role="alert" class="error">${this.problem.title} ${Object.values(this.problem.errors).flat().join(' ')}</p>` : nothing}
        ${this.funnel ? this.renderFunnel(this.funnel) : html`<p role="status">${this.localize.term('ppCommon_loading')}</p>`}
      </uui-box>
      <section aria-labelledby="attention">
        <h2 id="attention">${this.localize.term('ppDashboard_attention')}</h2>
        <p role="status" class="attention">${this.renderFailedCount()}</p>
        <pp-failed-messages
          .api=${this.api}
          .patientHref=${this.patientHref}
          page-size="10"
          headline=${this.localize.term('ppDashboard_failedDeliveries')}
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

    return this.failedCount === 0 ? this.localize.term('ppDashboard_noFailed') : this.localize.term('ppDashboard_failedCount', this.failedCount);
  }

  private renderFilters() {
    const fieldError = (name: string) => this.problem?.errors[name]?.join(' ');
    return html`
      <form class="filters" aria-label=${this.localize.term('ppDashboard_filters')} @submit=${(event: Event) => event.preventDefault()}>
        <div class="field">
          <uui-label for="preset">${this.localize.term('ppDashboard_range')}</uui-label>
          <uui-select
            id="preset"
            label=${this.localize.term('ppDashboard_range')}
            .options=${presets.map((preset) => ({ name: this.localize.term(`ppDashboard_preset${preset}`), value: preset, selected: preset === this.preset }))}
            @change=${(event: Event) => this.choosePreset((event.target as HTMLSelectElement).value as Preset)}></uui-select>
        </div>
        <div class="field">
          <uui-label for="from">${this.localize.term('ppDashboard_from')}</uui-label>
          <pp-date-input id="from" label=${this.localize.term('ppDashboard_from')} .localize=${this.localize} .value=${this.from} @change=${(event: Event) => this.chooseDate('from', (event.target as HTMLInputElement).value)}></pp-date-input>
          ${fieldError('from') ? html`<span class="error">${fieldError('from')}</span>` : nothing}
        </div>
        <div class="field">
          <uui-label for="to">${this.localize.term('ppDashboard_to')}</uui-label>
          <pp-date-input id="to" label=${this.localize.term('ppDashboard_to')} .localize=${this.localize} .value=${this.to} @change=${(event: Event) => this.chooseDate('to', (event.target as HTMLInputElement).value)}></pp-date-input>
          ${fieldError('to') ? html`<span class="error">${fieldError('to')}</span>` : nothing}
        </div>
        <div class="field">
          <uui-label for="purpose">${this.localize.term('ppDashboard_purpose')}</uui-label>
          <uui-select
            id="purpose"
            label=${this.localize.term('ppDashboard_purpose')}
            .options=${[
              { name: this.localize.term('ppDashboard_allPurposes'), value: '', selected: this.purpose === '' },
              ...purposes.map((purpose) => ({ name: purposeLabel(this.localize, purpose), value: purpose, selected: purpose === this.purpose })),
            ]}
            @change=${(event: Event) => {
              this.purpose = (event.target as HTMLSelectElement).value as InvitationPurpose | '';
              void this.load();
            }}></uui-select>
        </div>
        <div class="field">
          <uui-label for="run">${this.localize.term('ppDashboard_run')}</uui-label>
          <uui-select
            id="run"
            label=${this.localize.term('ppDashboard_run')}
            .options=${[
              { name: this.localize.term('ppDashboard_anyRun'), value: '', selected: this.batchId === '' },
              ...this.runs.map((run) => ({
                name: this.localize.term('ppDashboard_runOption', formatDateTime(this.localize, run.createdAt), run.total),
                value: run.id,
                selected: run.id === this.batchId,
              })),
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
${this.localize.term('ppDashboard_rangeSummary', funnel.totals.created, formatDay(this.localize, funnel.from, 'long'), formatDay(this.localize, funnel.to, 'long'), funnel.timeZone)}
      </p>
      <dl class="totals" aria-label=${this.localize.term('ppDashboard_totals')}>
        ${stages.map(
          (stage) => html`
            <div class="total" data-stage=${stage.key}>
              <dt>${stageLabel(this.localize, stage.key)}</dt>
              <dd class="number">${this.localize.number(totals[stage.key])}</dd>
              <dd class="rate">
                ${stage.rate && stage.of
                  ? this.localize.term('ppDashboard_rateOf', percent(this.localize, funnel.rates[stage.rate]), stageLabel(this.localize, stage.of).toLowerCase())
                  : this.localize.term('ppDashboard_ofCreated', this.localize.number(totals.created))}
              </dd>
            </div>
          `,
        )}
        <div class="total overall">
          <dt>${this.localize.term('ppDashboard_completedOverall')}</dt>
          <dd class="number">${percent(this.localize, funnel.rates.overall)}</dd>
          <dd class="rate">${this.localize.term('ppDashboard_ofSent')}</dd>
        </div>
      </dl>
      <ul class="legend" aria-label=${this.localize.term('ppDashboard_legend')}>
        ${stages.map(
          (stage) => html`
            <li>
              <svg width="36" height="12" aria-hidden="true"><line x1="0" x2="36" y1="6" y2="6" stroke=${stage.color} stroke-width="3" stroke-dasharray=${stage.dash || nothing}></line></svg>
              <span>${stageLabel(this.localize, stage.key)}${stage.key === 'delivered' ? html`<span class="note"> (${this.localize.term('ppDashboard_deliveredNote')})</span>` : nothing}</span>
            </li>
          `,
        )}
      </ul>
      <pp-funnel-chart .days=${funnel.days}></pp-funnel-chart>
      <details>
        <summary>${this.localize.term('ppDashboard_tableSummary')}</summary>
        <table>
          <caption>
            ${this.localize.term('ppDashboard_tableCaption', formatDay(this.localize, funnel.from, 'long'), formatDay(this.localize, funnel.to, 'long'))}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.localize.term('ppDashboard_day')}</th>
              <th scope="col">${this.localize.term('ppDashboard_created')}</th>
              ${stages.map((stage) => html`<th scope="col">${stageLabel(this.localize, stage.key)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${funnel.days.map(
              (day) => html`
                <tr>
                  <th scope="row">${formatDay(this.localize, day.date, 'long')}</th>
                  <td>${this.localize.number(day.counts.created)}</td>
                  ${stages.map((stage) => html`<td>${this.localize.number(day.counts[stage.key])}</td>`)}
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
