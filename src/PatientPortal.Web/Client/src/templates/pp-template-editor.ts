import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ManagementApi, MessageTemplate, Problem, TemplateChannel, TemplateProblem, TemplateToken, TemplateVersion } from '../api/management-api.js';
import { PortalElement } from '../common/portal-element.js';
import { sharedStyles } from '../common/styles.js';
import { channelLabel, formatDateTime, purposeLabel } from '../common/words.js';
import type { PpCodeEditor } from './pp-code-editor.js';
import { conflictMessage, type Field, fieldProblems } from './template-problems.js';
import { editorFieldStyles, type FieldsView, renderBody, renderConflict, renderSaveProblem, renderSubject } from './template-fields.js';
import { fieldStyles } from './template-styles.js';
import type { TokenPickedEvent } from './pp-template-tokens.js';
import { revertQuestion, type RevertRequestedEvent } from './pp-template-history.js';
import type { GoToProblemEvent } from './pp-template-preview.js';
import './pp-template-tokens.js';
import './pp-template-preview.js';
import './pp-template-history.js';

const subjectlessPurposes = new Set(['InvitationAppendix', 'EmailLayout']);

/**
 * One message template: subject (email) and body, with its token picker (pp-template-tokens), live preview
 * (pp-template-preview) and version history (pp-template-history); this element holds the text, saves it with the
 * version it was edited from, shows refused saves at their line and column and a conflicting save with Reload.
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
  @state() private problem?: Problem;
  @state() private conflict?: string;
  @state() private status = '';
  @state() private saving = false;

  /** Where a picked token goes: the field the cursor was last in, at the place it was. */
  private lastField: Field = 'body';

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('api') || changed.has('purpose') || changed.has('channel')) && this.api && this.purpose) {
      void this.load();
    }
  }

  private get isEmail(): boolean {
    return this.channel === 'Email';
  }

  /** The appendix goes inside other emails and the layout around them: neither has a subject of its own. */
  private get hasSubject(): boolean {
    return this.isEmail && !subjectlessPurposes.has(this.purpose);
  }

  /** True while the text differs from the version it was loaded from. */
  get hasUnsavedChanges(): boolean {
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

  /** Shows a template as stored, dropping any unsaved text (the preview follows the text). */
  private show(template: MessageTemplate): void {
    this.template = template;
    this.subject = template.subject ?? '';
    this.body = template.body;
    this.problem = undefined;
    this.conflict = undefined;
  }

  private async loadVersions(): Promise<void> {
    const result = await this.api?.listTemplateVersions(this.purpose, this.channel);
    if (result?.ok) {
      this.versions = result.value;
    }
  }

  private onInput(field: Field, value: string): void {
    if (field === 'subject') {
      this.subject = value;
    } else {
      this.body = value;
    }

    this.status = '';
  }

  /** The code editor of a field: its content carries the field's id, inside the element. */
  private editorOf(field: Field): PpCodeEditor | null {
    return this.renderRoot.querySelector(`#${field}`)?.closest('pp-code-editor') ?? null;
  }

  /** At the cursor of the field the admin was in last (the editor reports the change, as typing does). */
  private insertToken(event: TokenPickedEvent): void {
    const text = `{{ ${event.token.name} }}`;
    this.editorOf(this.hasSubject ? this.lastField : 'body')?.insert(text);
    this.status = this.localize.term('ppTemplates_inserted', text);
  }

  /** Puts the keyboard in a problem's field, at its line and column when it has one. */
  private goTo(problem: TemplateProblem): void {
    this.editorOf(problem.field === 'subject' ? 'subject' : 'body')?.goTo(problem.line, problem.column);
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
      this.status = changed ? this.localize.term('ppTemplates_savedAs', result.value.version) : this.localize.term('ppTemplates_nothingChanged');
      await this.loadVersions();
      return;
    }

    if (result.problem.status === 409) {
      this.problem = undefined;
      this.conflict = conflictMessage(result.problem);
      return;
    }

    this.problem = result.problem;
    await this.updateComplete;
    this.focusFirstProblem();
  }

  /** Puts the keyboard in the first field with a problem, at the problem's line and column when it has one. */
  private focusFirstProblem(): void {
    const first = fieldProblems(this.problem, 'subject')[0] ?? fieldProblems(this.problem, 'body')[0];
    if (!first) {
      this.renderRoot.querySelector<HTMLElement>('#save-problem')?.focus();
      return;
    }

    this.goTo(first);
  }

  private async reload(): Promise<void> {
    const result = await this.api?.getTemplate(this.purpose, this.channel);
    if (result?.ok) {
      this.show(result.value);
      this.status = this.localize.term('ppTemplates_reloaded', result.value.version);
      await this.loadVersions();
    }
  }

  /** Asks first: reverting makes a new version from the old text, and drops unsaved changes. */
  private async askRevert({ version }: RevertRequestedEvent): Promise<void> {
    if (await this.confirmAction(revertQuestion(this.localize, version, this.hasUnsavedChanges))) {
      await this.revert(version);
    }
  }

  private async revert(version: TemplateVersion): Promise<void> {
    if (!this.api || !this.template) {
      return;
    }

    const result = await this.api.revertTemplate(this.purpose, this.channel, version.version, this.template.version);
    if (result.ok) {
      this.show(result.value);
      this.status = this.localize.term('ppTemplates_reverted', version.version, result.value.version);
      await this.loadVersions();
    } else if (result.problem.status === 409) {
      this.conflict = conflictMessage(result.problem);
    } else {
      this.problem = result.problem;
    }
  }

  override render() {
    const l = this.localize;
    if (!this.template) {
      return this.problem ? html`<p role="alert" class="error">${this.problem.title}</p>` : html`<p role="status">${l.term('ppTemplates_loading')}</p>`;
    }

    const view: FieldsView = {
      localize: l,
      problem: this.problem,
      subject: this.subject,
      body: this.body,
      isEmail: this.isEmail,
      onInput: (field, value) => this.onInput(field, value),
      onFocus: (field) => (this.lastField = field),
      goTo: (problem) => this.goTo(problem),
    };
    const meta = l.term('ppTemplates_meta', this.template.version, this.template.updatedBy, formatDateTime(l, this.template.updatedAt));
    return html`
      <uui-box headline=${l.term('ppTemplates_heading', purposeLabel(l, this.purpose), channelLabel(l, this.channel))}>
        <p class="meta">${meta}${this.hasUnsavedChanges ? ` ${l.term('ppTemplates_unsaved')}` : ''}</p>
        <div class="columns">
          <form class="edit" @submit=${this.save} novalidate>
            ${renderSaveProblem(l, this.problem)} ${this.conflict ? renderConflict(l, this.conflict, () => void this.reload()) : nothing}
            ${this.hasSubject ? renderSubject(view) : nothing} ${renderBody(view)}
            <div class="actions">
              <uui-button type="submit" look="primary" label=${l.term('ppTemplates_save')} .state=${this.saving ? 'waiting' : undefined}></uui-button>
              <p role="status" class="status">${this.status}</p>
            </div>
          </form>
          <pp-template-tokens .tokens=${this.tokens} ?hasSubject=${this.hasSubject} @pp-token-picked=${this.insertToken}></pp-template-tokens>
        </div>
      </uui-box>
      <pp-template-preview .api=${this.api} .purpose=${this.purpose} .channel=${this.channel} ?hasSubject=${this.hasSubject} .subject=${this.subject} .body=${this.body}
        @pp-go-to-problem=${(event: GoToProblemEvent) => this.goTo(event.problem)}></pp-template-preview>
      <pp-template-history .versions=${this.versions} .current=${this.template.version} @pp-revert-requested=${this.askRevert}></pp-template-history>
    `;
  }

  static override styles = [sharedStyles, fieldStyles, editorFieldStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-template-editor': PpTemplateEditor;
  }
}
