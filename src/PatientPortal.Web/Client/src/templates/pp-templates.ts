import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { PortalElement } from '../common/portal-element.js';
import type { ManagementApi, MessageTemplate, Problem, TemplateChannel } from '../api/management-api.js';
import type { Localizer } from '../common/localizer.js';
import { sharedStyles } from '../common/styles.js';
import { channelLabel, formatDateTime, purposeLabel } from '../common/words.js';
import type { PpTemplateEditor } from './pp-template-editor.js';
import './pp-template-editor.js';

/**
 * Message templates: one email and one SMS per purpose, listed by purpose; Edit opens the editor in place of
 * the list, and Back returns to the list (reloaded, so it shows the versions just saved).
 */
@customElement('pp-templates')
export class PpTemplates extends PortalElement {
  @property({ attribute: false }) api?: ManagementApi;

  @state() private templates: MessageTemplate[] = [];
  @state() private problem?: Problem;
  @state() private open?: { purpose: string; channel: TemplateChannel };

  @query('pp-template-editor') private editor?: PpTemplateEditor;
  private returnFocusTo?: string;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const result = await this.api?.listTemplates();
    if (result?.ok) {
      this.templates = result.value;
      this.problem = undefined;
    } else if (result) {
      this.problem = result.problem;
    }
  }

  private async edit(template: MessageTemplate): Promise<void> {
    this.open = { purpose: template.purpose, channel: template.channel };
    this.returnFocusTo = editLabel(this.localize, template);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#back')?.focus();
  }

  private async back(): Promise<void> {
    if (
      this.editor?.hasUnsavedChanges &&
      !(await this.confirmAction({
        headline: this.localize.term('ppTemplates_leaveHeadline'),
        content: this.localize.term('ppTemplates_leaveContent'),
        confirmLabel: this.localize.term('ppTemplates_leaveConfirm'),
        color: 'danger',
      }))
    ) {
      return;
    }

    this.open = undefined;
    await this.load();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`uui-button[label="${this.returnFocusTo}"]`)?.focus();
  }

  override render() {
    const l = this.localize;
    if (this.open) {
      return html`
        <div><uui-button id="back" look="secondary" label=${l.term('ppTemplates_back')} @click=${this.back}></uui-button></div>
        <pp-template-editor .api=${this.api} purpose=${this.open.purpose} channel=${this.open.channel}></pp-template-editor>
      `;
    }

    return html`
      <uui-box headline=${l.term('ppTemplates_headline')}>
        <p class="help">${l.term('ppTemplates_intro')}</p>
        ${this.problem ? html`<p role="alert" class="error">${this.problem.title}</p>` : nothing}
        <uui-table aria-label=${l.term('ppTemplates_headline')}>
          <uui-table-head>
            <uui-table-head-cell>${l.term('ppTemplates_purpose')}</uui-table-head-cell>
            <uui-table-head-cell>${l.term('ppTemplates_channel')}</uui-table-head-cell>
            <uui-table-head-cell>${l.term('ppTemplates_version')}</uui-table-head-cell>
            <uui-table-head-cell>${l.term('ppTemplates_lastSaved')}</uui-table-head-cell>
            <uui-table-head-cell><span class="visually-hidden">${l.term('ppCommon_actions')}</span></uui-table-head-cell>
          </uui-table-head>
          ${this.templates.map(
            (template) => html`
              <uui-table-row>
                <uui-table-cell>${purposeLabel(l, template.purpose)}</uui-table-cell>
                <uui-table-cell>${channelLabel(l, template.channel)}</uui-table-cell>
                <uui-table-cell>${template.version}</uui-table-cell>
                <uui-table-cell>${l.term('ppTemplates_savedOnBy', formatDateTime(l, template.updatedAt), template.updatedBy)}</uui-table-cell>
                <uui-table-cell>
                  <uui-button look="outline" compact label=${editLabel(l, template)} @click=${() => this.edit(template)}>${l.term('ppTemplates_edit')}</uui-button>
                </uui-table-cell>
              </uui-table-row>
            `,
          )}
        </uui-table>
      </uui-box>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      .help {
        margin-top: 0;
      }
    `,
  ];
}

function editLabel(l: Localizer, template: MessageTemplate): string {
  return l.term('ppTemplates_editLabel', purposeLabel(l, template.purpose), channelLabel(l, template.channel));
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-templates': PpTemplates;
  }
}
