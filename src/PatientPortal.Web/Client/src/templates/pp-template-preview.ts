import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ManagementApi, PatientSummary, TemplateChannel, TemplatePreview, TemplateProblem } from '../api/management-api.js';
import { LatestRequest } from '../common/latest-request.js';
import { PortalElement } from '../common/portal-element.js';
import { sharedStyles } from '../common/styles.js';
import { describeSmsLength, fullName } from '../common/words.js';
import { allProblems, located } from './template-problems.js';
import { fieldStyles } from './template-styles.js';

/** Asks the editor to put the cursor where a problem is. */
export class GoToProblemEvent extends Event {
  constructor(readonly problem: TemplateProblem) {
    super('pp-go-to-problem', { bubbles: true, composed: true });
  }
}

const previewDelay = 300;
const searchDelay = 300;

/**
 * The live preview of the unsaved text, for the sample patient or one found by search: an email as sandboxed HTML
 * and its text part, a text message with its characters, encoding and segments, and what would stop it saving.
 * A new template is previewed at once; typing is previewed once it pauses.
 */
@customElement('pp-template-preview')
export class PpTemplatePreview extends PortalElement {
  @property({ attribute: false }) api?: ManagementApi;
  @property() purpose = '';
  @property() channel: TemplateChannel = 'Sms';
  @property({ type: Boolean }) hasSubject = false;
  @property() subject = '';
  @property() body = '';

  @state() private preview?: TemplatePreview;
  @state() private problems: TemplateProblem[] = [];
  @state() private previewing = false;
  @state() private patientSearch = '';
  @state() private patients: PatientSummary[] = [];
  @state() private patientId = '';

  private previewTimer?: number;
  private searchTimer?: number;
  private readonly latestPreview = new LatestRequest();
  private readonly latestSearch = new LatestRequest();

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('purpose') || changed.has('channel')) {
      void this.renderPreview();
    } else if (changed.has('subject') || changed.has('body')) {
      window.clearTimeout(this.previewTimer);
      this.previewTimer = window.setTimeout(() => void this.renderPreview(), previewDelay);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.previewTimer);
    window.clearTimeout(this.searchTimer);
  }

  private get isEmail(): boolean {
    return this.channel === 'Email';
  }

  private async renderPreview(): Promise<void> {
    if (!this.api || !this.purpose) {
      return;
    }

    // Answers can arrive out of order while the admin types; only the latest one is shown.
    const isLatest = this.latestPreview.begin();
    this.previewing = true;
    const result = await this.api.previewTemplate(this.purpose, this.channel, this.hasSubject ? this.subject : null, this.body, this.patientId || undefined);
    if (!isLatest()) {
      return;
    }

    this.previewing = false;
    this.preview = result.ok ? result.value : undefined;
    this.problems = result.ok ? result.value.problems : allProblems(result.problem);
  }

  private onPatientSearch(event: Event): void {
    this.patientSearch = (event.target as HTMLInputElement).value;
    window.clearTimeout(this.searchTimer);
    this.searchTimer = window.setTimeout(() => void this.searchPatients(), searchDelay);
  }

  private async searchPatients(): Promise<void> {
    const search = this.patientSearch.trim();
    const isLatest = this.latestSearch.begin();
    if (!this.api || search === '') {
      this.patients = [];
      return;
    }

    const result = await this.api.listPatients({ search }, 0, 10);
    if (isLatest() && result.ok) {
      this.patients = result.value.items;
    }
  }

  private onPatientChosen(event: Event): void {
    this.patientId = (event.target as HTMLSelectElement).value;
    void this.renderPreview();
  }

  override render() {
    const l = this.localize;
    return html`
      <uui-box headline=${l.term('ppTemplates_preview')}>
        <div class="patient-picker">
          <div class="field">
            <label for="patient-search">${l.term('ppTemplates_findPatient')}</label>
            <input
              id="patient-search"
              type="search"
              autocomplete="off"
              placeholder=${l.term('ppTemplates_findPatientPlaceholder')}
              .value=${live(this.patientSearch)}
              @input=${this.onPatientSearch} />
          </div>
          <div class="field">
            <label for="preview-patient">${l.term('ppTemplates_previewFor')}</label>
            <select id="preview-patient" .value=${live(this.patientId)} @change=${this.onPatientChosen}>
              <option value="">${l.term('ppTemplates_samplePatient')}</option>
              ${this.patients.map(
                (patient) =>
                  html`<option value=${patient.id} ?selected=${patient.id === this.patientId}>
                    ${l.term('ppTemplates_patientOption', fullName(patient), patient.email ?? patient.mobile ?? l.term('ppTemplates_noContactDetails'))}
                  </option>`,
              )}
            </select>
          </div>
        </div>
        <p class="help">${l.term('ppTemplates_nothingSent')}</p>
        <div aria-busy=${this.previewing ? 'true' : 'false'}>${this.isEmail ? this.renderEmail() : this.renderSms()}</div>
        ${this.problems.length > 0
          ? html`<div class="error" id="preview-problems">
              <p>${l.term(this.preview ? 'ppTemplates_wouldNotSave' : 'ppTemplates_cannotPreview')}</p>
              <ul>
                ${this.problems.map(
                  (problem) =>
                    html`<li>
                      ${problem.field === 'subject' ? l.term('ppTemplates_subjectProblem', located(l, problem)) : located(l, problem)}
                      ${problem.line !== null
                        ? html`<button type="button" class="go-to" @click=${() => this.dispatchEvent(new GoToProblemEvent(problem))}>${l.term('ppTemplates_goToLine', problem.line)}</button>`
                        : nothing}
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing}
      </uui-box>
    `;
  }

  private renderSms() {
    const preview = this.preview;
    return html`
      <p role="status" id="sms-length" class="counter">${preview?.sms ? describeSmsLength(this.localize, preview.sms) : ''}</p>
      ${preview ? html`<pre class="sms" aria-label=${this.localize.term('ppTemplates_smsPreview')}>${preview.text}</pre>` : nothing}
    `;
  }

  private renderEmail() {
    const preview = this.preview;
    if (!preview) {
      return nothing;
    }

    // The HTML is shown in a sandbox with nothing allowed: no scripts, no forms, no navigation of this page.
    const l = this.localize;
    return html`
      <p><strong>${l.term('ppTemplates_previewSubject')}</strong> <span id="preview-subject">${preview.subject}</span></p>
      <iframe title=${l.term('ppTemplates_emailFrame')} sandbox="" referrerpolicy="no-referrer" .srcdoc=${preview.html ?? ''}></iframe>
      <h4>${l.term('ppTemplates_textPart')}</h4>
      <pre class="email-text" aria-label=${l.term('ppTemplates_emailTextPart')}>${preview.text}</pre>
    `;
  }

  static override styles = [
    sharedStyles,
    fieldStyles,
    css`
      .patient-picker {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: var(--uui-size-space-4, 12px);
      }
      .counter {
        font-weight: bold;
      }
      pre {
        white-space: pre-wrap;
        word-break: break-word;
        background: var(--uui-color-surface-alt, #f3f3f5);
        padding: var(--uui-size-space-3, 9px);
      }
      iframe {
        width: 100%;
        height: 36rem;
        border: 1px solid var(--uui-color-border, #d8d7d9);
        background: white;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-template-preview': PpTemplatePreview;
  }
}
