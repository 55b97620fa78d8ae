import { css, html, nothing } from 'lit';
import type { Localizer } from '../common/localizer.js';
import { customElement, property } from 'lit/decorators.js';
import type { TemplateVersion } from '../api/management-api.js';
import { type ConfirmRequest, PortalElement } from '../common/portal-element.js';
import { sharedStyles } from '../common/styles.js';
import { formatDateTime } from '../common/words.js';

/** Asks the editor to revert to an earlier version (it confirms first). */
export class RevertRequestedEvent extends Event {
  constructor(readonly version: TemplateVersion) {
    super('pp-revert-requested', { bubbles: true, composed: true });
  }
}

/** The question before a revert: it makes a new version from the old text, and drops unsaved changes. */
export function revertQuestion(l: Localizer, version: TemplateVersion, hasUnsavedChanges: boolean): ConfirmRequest {
  return {
    headline: l.term('ppTemplates_revertHeadline', version.version),
    content: html`<p>
      ${l.term('ppTemplates_revertContent', version.version, version.createdBy, formatDateTime(l, version.createdAt))}
      ${hasUnsavedChanges ? l.term('ppTemplates_revertDropsUnsaved') : nothing} ${l.term('ppTemplates_revertKeepsHistory')}
    </p>`,
    confirmLabel: l.term('ppTemplates_revertConfirm', version.version),
    color: 'danger',
  };
}

/** A template's saved versions, newest first as the API answers them, each but the current one with Revert. */
@customElement('pp-template-history')
export class PpTemplateHistory extends PortalElement {
  @property({ attribute: false }) versions: TemplateVersion[] = [];
  @property({ attribute: false }) current?: number;

  override render() {
    const l = this.localize;
    return html`
      <uui-box headline=${l.term('ppTemplates_history')}>
        <table aria-label=${l.term('ppTemplates_history')}>
          <thead>
            <tr>
              <th scope="col">${l.term('ppTemplates_version')}</th>
              <th scope="col">${l.term('ppTemplates_savedBy')}</th>
              <th scope="col">${l.term('ppTemplates_when')}</th>
              <th scope="col">${l.term('ppTemplates_note')}</th>
              <th scope="col"><span class="visually-hidden">${l.term('ppCommon_actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${this.versions.map(
              (version) => html`
                <tr>
                  <td>${version.version === this.current ? l.term('ppTemplates_current', version.version) : version.version}</td>
                  <td>${version.createdBy}</td>
                  <td>${formatDateTime(l, version.createdAt)}</td>
                  <td>${version.note ?? ''}</td>
                  <td>
                    ${version.version === this.current
                      ? nothing
                      : html`<uui-button
                          look="secondary"
                          compact
                          label=${l.term('ppTemplates_revertTo', version.version)}
                          @click=${() => this.dispatchEvent(new RevertRequestedEvent(version))}></uui-button>`}
                  </td>
                </tr>
              `,
            )}
          </tbody>
        </table>
      </uui-box>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
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

declare global {
  interface HTMLElementTagNameMap {
    'pp-template-history': PpTemplateHistory;
  }
}
