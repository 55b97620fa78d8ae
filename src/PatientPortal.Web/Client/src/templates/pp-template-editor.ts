import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { LatestRequest } from '../common/latest-request.js';
import { PortalElement } from '../common/portal-element.js';
import { live } from 'lit/directives/live.js';
import type {
  ManagementApi,
  MessageTemplate,
  PatientSummary,
  Problem,
  TemplateChannel,
  TemplatePreview,
  TemplateProblem,
  TemplateToken,
  TemplateVersion,
} from '../api/management-api.js';
import { sharedStyles } from '../common/styles.js';
import { channelLabel, describeSmsLength, formatDateTime, fullName, purposeLabel } from '../common/words.js';

const previewDelay = 300;
const subjectlessPurposes = new Set(['InvitationAppendix', 'EmailLayout']);
const searchDelay = 300;

type Field = 'subject' | 'body';

/**
 * One message template: subject (email) and body, a token picker that inserts at the cursor, a live preview
 * of the unsaved text for the sample patient or a chosen one (email as sandboxed HTML and its text part, SMS
 * with its characters, encoding and segments), Save with the version it was edited from, refused saves shown
 * at their line and column, and the version history with Revert.
 */
@customElement('pp-template-editor')
export class PpTemplateEditor extends PortalElement {
  @property({ attribute: false }) api?: ManagementApi;
  @property() purpose = '';
  @property() channel: TemplateChannel = 'Sms';

  @state() private template?: MessageTemplate;
  @state() private subject = '';
  @state() private body = '';
  @state() private tokens: TemplateToken[] = [];
  @state() private versions: TemplateVersion[] = [];
  @state() private preview?: TemplatePreview;
  @state() private previewProblems: TemplateProblem[] = [];
  @state() private previewing = false;
  @state() private problem?: Problem;
  @state() private conflict?: string;
  @state() private status = '';
  @state() private saving = false;
  @state() private patientSearch = '';
  @state() private patients: PatientSummary[] = [];
  @state() private patientId = '';

  @query('#subject') private subjectInput?: HTMLInputElement;
  @query('#body') private bodyInput?: HTMLTextAreaElement;

  /** Where a picked token goes: the field the cursor was last in, at the place it was. */
  private lastField: Field = 'body';
  private previewTimer?: number;
  private searchTimer?: number;
  private readonly latestPreview = new LatestRequest();
  private readonly latestSearch = new LatestRequest();

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('api') || changed.has('purpose') || changed.has('channel')) && this.api && this.purpose) {
      void this.load();
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

  /** The appendix goes inside other emails and the layout around them: neither has a subject of its own. */
  private get hasSubject(): boolean {
    return this.isEmail && !subjectlessPurposes.has(this.purpose);
  }

  private get heading(): string {
    return `${purposeLabel(this.localize, this.purpose)} ${channelLabel(this.localize, this.channel)}`;
  }

  /** True while the text differs from the version it was loaded from. */
  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  private get dirty(): boolean {
    return !!this.template && (this.body !== this.template.body || (this.hasSubject && this.subject !== (this.template.subject ?? '')));
  }

  private async load(): Promise<void> {
    const api = this.api;
    if (!api) {
      return;
    }

    const [template, tokens] = await Promise.all([api.getTemplate(this.purpose, this.channel), api.listTemplateTokens(this.purpose)]);
    if (!template.ok) {
      this.problem = template.problem;
      return;
    }

    this.show(template.value);
    this.tokens = tokens.ok ? tokens.value : [];
    await this.loadVersions();
  }

  /** Shows a template as stored, dropping any unsaved text, and previews it. */
  private show(template: MessageTemplate): void {
    this.template = template;
    this.subject = template.subject ?? '';
    this.body = template.body;
    this.problem = undefined;
    this.conflict = undefined;
    void this.renderPreview();
  }

  private async loadVersions(): Promise<void> {
    const result = await this.api?.listTemplateVersions(this.purpose, this.channel);
    if (result?.ok) {
      this.versions = result.value;
    }
  }

  private schedulePreview(): void {
    window.clearTimeout(this.previewTimer);
    this.previewTimer = window.setTimeout(() => void this.renderPreview(), previewDelay);
  }

  private async renderPreview(): Promise<void> {
    if (!this.api) {
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
    if (result.ok) {
      this.preview = result.value;
      this.previewProblems = result.value.problems;
    } else {
      this.preview = undefined;
      this.previewProblems = result.problem.problems ?? Object.entries(result.problem.errors).flatMap(([field, messages]) => messages.map((message) => wholeProblem(field, message)));
      if (this.previewProblems.length === 0) {
        this.previewProblems = [wholeProblem('body', result.problem.title)];
      }
    }
  }

  private onInput(field: Field, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    if (field === 'subject') {
      this.subject = value;
    } else {
      this.body = value;
    }

    this.status = '';
    this.schedulePreview();
  }

  private insertToken(token: TemplateToken): void {
    const field = this.hasSubject ? this.lastField : 'body';
    const input = field === 'subject' ? this.subjectInput : this.bodyInput;
    if (!input) {
      return;
    }

    const text = `{{ ${token.name} }}`;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    const value = input.value.slice(0, start) + text + input.value.slice(end);
    input.value = value;
    if (field === 'subject') {
      this.subject = value;
    } else {
      this.body = value;
    }

    input.focus();
    input.setSelectionRange(start + text.length, start + text.length);
    this.status = `Inserted ${text}.`;
    this.schedulePreview();
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api || !this.template || this.saving) {
      return;
    }

    this.saving = true;
    this.status = '';
    this.conflict = undefined;
    const result = await this.api.saveTemplate(this.purpose, this.channel, this.hasSubject ? this.subject : null, this.body, this.template.version);
    this.saving = false;
    if (result.ok) {
      const changed = result.value.version !== this.template.version;
      this.template = result.value;
      this.problem = undefined;
      this.status = changed ? `Saved as version ${result.value.version}.` : 'Nothing changed since the saved version.';
      await this.loadVersions();
      return;
    }

    if (result.problem.status === 409) {
      this.problem = undefined;
      this.conflict = result.problem.errors['expectedVersion']?.[0] ?? result.problem.title;
      return;
    }

    this.problem = result.problem;
    await this.updateComplete;
    this.focusFirstProblem();
  }

  /** Puts the keyboard in the first field with a problem, at the problem's line and column when it has one. */
  private focusFirstProblem(): void {
    const first = this.fieldProblems('subject')[0] ?? this.fieldProblems('body')[0];
    if (!first) {
      this.renderRoot.querySelector<HTMLElement>('#save-problem')?.focus();
      return;
    }

    const input = first.field === 'subject' ? this.subjectInput : this.bodyInput;
    input?.focus();
    if (input && first.line !== null) {
      const offset = offsetOf(input.value, first.line, first.column ?? 1);
      input.setSelectionRange(offset, offset);
    }
  }

  private fieldProblems(field: Field): TemplateProblem[] {
    if (!this.problem) {
      return [];
    }

    if (this.problem.problems) {
      return this.problem.problems.filter((problem) => problem.field === field);
    }

    return (this.problem.errors[field] ?? []).map((message) => wholeProblem(field, message));
  }

  private async reload(): Promise<void> {
    const result = await this.api?.getTemplate(this.purpose, this.channel);
    if (result?.ok) {
      this.show(result.value);
      this.status = `Reloaded version ${result.value.version}.`;
      await this.loadVersions();
    }
  }

  private async revert(version: TemplateVersion): Promise<void> {
    if (!this.api || !this.template) {
      return;
    }

    const result = await this.api.revertTemplate(this.purpose, this.channel, version.version, this.template.version);
    if (result.ok) {
      this.show(result.value);
      this.status = `Reverted to version ${version.version}: saved as version ${result.value.version}.`;
      await this.loadVersions();
      return;
    }

    if (result.problem.status === 409) {
      this.conflict = result.problem.errors['expectedVersion']?.[0] ?? result.problem.title;
    } else {
      this.problem = result.problem;
    }
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
    if (!this.template) {
      return this.problem ? html`<p role="alert" class="error">${this.problem.title}</p>` : html`<p role="status">Loading the template…</p>`;
    }

    return html`
      <uui-box headline=${`${this.heading} template`}>
        <p class="meta">Version ${this.template.version}, saved by ${this.template.updatedBy} on ${formatDateTime(this.localize, this.template.updatedAt)}.${this.dirty ? ' Unsaved changes.' : ''}</p>
        <div class="columns">
          <form class="edit" @submit=${this.save} novalidate>
            ${this.renderSaveProblem()} ${this.conflict ? this.renderConflict(this.conflict) : nothing}
            ${this.hasSubject ? this.renderSubject() : nothing} ${this.renderBody()}
            <div class="actions">
              <uui-button type="submit" look="primary" label="Save" .state=${this.saving ? 'waiting' : undefined}></uui-button>
              <p role="status" class="status">${this.status}</p>
            </div>
          </form>
          ${this.renderTokens()}
        </div>
      </uui-box>
      ${this.renderPreviewBox()} ${this.renderVersions()}
    `;
  }

  private renderSaveProblem() {
    if (!this.problem) {
      return nothing;
    }

    // Problems of fields this editor does not show (none expected) are listed with the title.
    const other = (this.problem.problems ?? []).filter((problem) => problem.field !== 'subject' && problem.field !== 'body');
    return html`
      <div id="save-problem" class="error" role="alert" tabindex="-1">
        <p>${this.problem.title}</p>
        ${other.length > 0 ? html`<ul>${other.map((problem) => html`<li>${located(problem)}</li>`)}</ul>` : nothing}
      </div>
    `;
  }

  private renderConflict(message: string) {
    return html`
      <div class="conflict" role="alert">
        <p>Someone else saved this template while you were editing it. ${message}</p>
        <uui-button look="secondary" label="Reload the saved template (your changes are dropped)" @click=${this.reload}></uui-button>
      </div>
    `;
  }

  private renderSubject() {
    const problems = this.fieldProblems('subject');
    return html`
      <div class="field">
        <label for="subject">Subject</label>
        <input
          id="subject"
          name="subject"
          autocomplete="off"
          spellcheck="true"
          .value=${live(this.subject)}
          aria-invalid=${problems.length > 0 ? 'true' : 'false'}
          aria-describedby="subject-problems"
          @input=${(event: Event) => this.onInput('subject', event)}
          @focus=${() => (this.lastField = 'subject')} />
        ${this.renderProblems('subject-problems', problems)}
      </div>
    `;
  }

  private renderBody() {
    const problems = this.fieldProblems('body');
    return html`
      <div class="field">
        <label for="body">${this.isEmail ? 'Body (HTML)' : 'Text message'}</label>
        <textarea
          id="body"
          name="body"
          rows=${this.isEmail ? 16 : 6}
          spellcheck="true"
          .value=${live(this.body)}
          aria-invalid=${problems.length > 0 ? 'true' : 'false'}
          aria-describedby="body-problems body-help"
          @input=${(event: Event) => this.onInput('body', event)}
          @focus=${() => (this.lastField = 'body')}></textarea>
        <p id="body-help" class="help">Liquid: <code>{{ token }}</code> inserts a value, <code>{% if patient.has_account %}…{% else %}…{% endif %}</code> chooses text.</p>
        ${this.renderProblems('body-problems', problems)}
      </div>
    `;
  }

  private renderProblems(id: string, problems: TemplateProblem[]) {
    return html`<ul id=${id} class="problems error" ?hidden=${problems.length === 0}>
      ${problems.map((problem) => html`<li>${located(problem)}</li>`)}
    </ul>`;
  }

  private renderTokens() {
    const groups: { kind: TemplateToken['kind']; heading: string }[] = [
      { kind: 'Trd', heading: 'TRD tokens' },
      { kind: 'Data', heading: 'Data tokens' },
    ];
    return html`
      <section class="tokens" aria-labelledby="tokens-heading">
        <h3 id="tokens-heading">Insert a token</h3>
        <p class="help">Inserted at the cursor${this.hasSubject ? ' in the subject or body, whichever you were in last' : ''}.</p>
        ${groups.map(({ kind, heading }) => {
          const tokens = this.tokens.filter((token) => token.kind === kind);
          return tokens.length === 0
            ? nothing
            : html`
                <h4>${heading}</h4>
                <ul role="list">
                  ${tokens.map(
                    (token) => html`
                      <li>
                        <button type="button" class="token" aria-label=${`Insert ${token.name}`} aria-describedby=${`token-${token.name}`} @click=${() => this.insertToken(token)}>
                          <code>{{ ${token.name} }}</code>
                        </button>
                        <span id=${`token-${token.name}`} class="help">${token.description}</span>
                      </li>
                    `,
                  )}
                </ul>
              `;
        })}
      </section>
    `;
  }

  private renderPreviewBox() {
    return html`
      <uui-box headline="Preview">
        <div class="patient-picker">
          <div class="field">
            <label for="patient-search">Find a patient to preview for</label>
            <input id="patient-search" type="search" autocomplete="off" placeholder="Name, email or mobile" .value=${live(this.patientSearch)} @input=${this.onPatientSearch} />
          </div>
          <div class="field">
            <label for="preview-patient">Preview for</label>
            <select id="preview-patient" .value=${live(this.patientId)} @change=${this.onPatientChosen}>
              <option value="">Sample patient (no account)</option>
              ${this.patients.map((patient) => html`<option value=${patient.id} ?selected=${patient.id === this.patientId}>${fullName(patient)} (${patient.email ?? patient.mobile ?? 'no contact details'})</option>`)}
            </select>
          </div>
        </div>
        <p class="help">Nothing is sent: links in the preview are samples that cannot be used.</p>
        <div aria-busy=${this.previewing ? 'true' : 'false'}>${this.isEmail ? this.renderEmailPreview() : this.renderSmsPreview()}</div>
        ${this.previewProblems.length > 0
          ? html`<div class="error" id="preview-problems">
              <p>${this.preview ? 'This text would not be saved:' : 'The preview cannot be shown:'}</p>
              <ul>
                ${this.previewProblems.map((problem) => html`<li>${problem.field === 'subject' ? 'Subject: ' : ''}${located(problem)}</li>`)}
              </ul>
            </div>`
          : nothing}
      </uui-box>
    `;
  }

  private renderSmsPreview() {
    const preview = this.preview;
    return html`
      <p role="status" id="sms-length" class="counter">${preview?.sms ? describeSmsLength(this.localize, preview.sms) : ''}</p>
      ${preview ? html`<pre class="sms" aria-label="Text message preview">${preview.text}</pre>` : nothing}
    `;
  }

  private renderEmailPreview() {
    const preview = this.preview;
    if (!preview) {
      return nothing;
    }

    // The HTML is shown in a sandbox with nothing allowed: no scripts, no forms, no navigation of this page.
    return html`
      <p><strong>Subject:</strong> <span id="preview-subject">${preview.subject}</span></p>
      <iframe title="Email preview (HTML)" sandbox="" referrerpolicy="no-referrer" .srcdoc=${preview.html ?? ''}></iframe>
      <h4>Text part</h4>
      <pre class="email-text" aria-label="Email text part">${preview.text}</pre>
    `;
  }

  private renderVersions() {
    const current = this.template?.version;
    return html`
      <uui-box headline="Version history">
        <table aria-label="Version history">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Saved by</th>
              <th scope="col">When</th>
              <th scope="col">Note</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            ${this.versions.map(
              (version) => html`
                <tr>
                  <td>${version.version}${version.version === current ? ' (current)' : ''}</td>
                  <td>${version.createdBy}</td>
                  <td>${formatDateTime(this.localize, version.createdAt)}</td>
                  <td>${version.note ?? ''}</td>
                  <td>
                    ${version.version === current
                      ? nothing
                      : html`<uui-button look="secondary" compact label=${`Revert to version ${version.version}`} @click=${() => this.askRevert(version)}></uui-button>`}
                  </td>
                </tr>
              `,
            )}
          </tbody>
        </table>
      </uui-box>
    `;
  }

  /** Asks first: reverting makes a new version from the old text, and drops unsaved changes. */
  private async askRevert(version: TemplateVersion): Promise<void> {
    const confirmed = await this.confirmAction({
      headline: `Revert to version ${version.version}?`,
      content: html`<p>
        The text of version ${version.version} (saved by ${version.createdBy} on ${formatDateTime(this.localize, version.createdAt)}) becomes a new version.
        ${this.dirty ? 'Your unsaved changes are dropped. ' : ''}Nothing is lost: the current text stays in the history.
      </p>`,
      confirmLabel: `Revert to version ${version.version} now`,
      color: 'danger',
    });
    if (confirmed) {
      await this.revert(version);
    }
  }

  static override styles = [
    sharedStyles,
    css`
      .columns {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(14rem, 1fr);
        gap: var(--uui-size-space-5, 18px);
      }
      .field {
        display: grid;
        gap: var(--uui-size-space-2, 6px);
        margin-bottom: var(--uui-size-space-4, 12px);
      }
      label {
        font-weight: bold;
      }
      input,
      textarea,
      select {
        font: inherit;
        padding: var(--uui-size-space-2, 6px);
        border: 1px solid var(--uui-color-border-standalone, #c2c2c2);
        border-radius: var(--uui-border-radius, 3px);
      }
      textarea {
        font-family: ui-monospace, monospace;
        resize: vertical;
      }
      input[aria-invalid='true'],
      textarea[aria-invalid='true'] {
        border-color: var(--uui-color-danger, #d42054);
      }
      input:focus-visible,
      textarea:focus-visible,
      select:focus-visible,
      button:focus-visible,
      #save-problem:focus-visible {
        outline: 2px solid var(--uui-color-focus, #3879ff);
        outline-offset: 2px;
      }
      .problems {
        margin: 0;
        padding-left: 1.2em;
      }
      .help,
      .meta {
        color: var(--uui-color-text-alt, #515054);
        font-size: 0.9em;
        margin: 0;
      }
      .actions {
        display: flex;
        align-items: center;
        gap: var(--uui-size-space-4, 12px);
      }
      .conflict {
        border: 1px solid var(--uui-color-warning, #fbd142);
        padding: var(--uui-size-space-3, 9px);
        margin-bottom: var(--uui-size-space-4, 12px);
      }
      .tokens ul {
        list-style: none;
        padding: 0;
        margin: 0 0 var(--uui-size-space-4, 12px);
        display: grid;
        gap: var(--uui-size-space-2, 6px);
      }
      .tokens li {
        display: grid;
      }
      .token {
        justify-self: start;
        font: inherit;
        cursor: pointer;
        background: var(--uui-color-surface-alt, #f3f3f5);
        border: 1px solid var(--uui-color-border, #d8d7d9);
        border-radius: var(--uui-border-radius, 3px);
        padding: 2px 6px;
      }
      .token:hover {
        background: var(--uui-color-surface-emphasis, #e9e9eb);
      }
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
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: left;
        padding: var(--uui-size-space-2, 6px);
        border-bottom: 1px solid var(--uui-color-border, #d8d7d9);
      }
    `,
  ];
}

/** "Line 2, column 16: …", or the message alone for a problem of the whole text. */
function located(problem: TemplateProblem): string {
  return problem.line !== null ? `Line ${problem.line}, column ${problem.column ?? 1}: ${problem.message}` : problem.message;
}

function wholeProblem(field: string, message: string): TemplateProblem {
  return { field, line: null, column: null, kind: 'Unknown', message };
}

/** The offset in `text` of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) {
      return text.length;
    }

    offset = next + 1;
  }

  return Math.min(offset + column - 1, text.length);
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-template-editor': PpTemplateEditor;
  }
}
