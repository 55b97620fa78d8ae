import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TemplateVersion } from '../api/management-api.js';
import { PortalElement } from '../common/portal-element.js';
import { sharedStyles } from '../common/styles.js';
import { formatDateTime } from '../common/words.js';

/** Asks the editor to revert to an earlier version (it confirms first). */
export class RevertRequestedEvent extends Event {
  constructor(readonly version: TemplateVersion) {
    super('pp-revert-requested', { bubbles: true, composed: true });
  }
}

/** A template's saved versions, newest first as the API answers them, each but the current one with Revert. */
@customElement('pp-template-history')
export class PpTemplateHistory extends PortalElement {
  @property({ attribute: false }) versions: TemplateVersion[] = [];
  @property({ attribute: false }) current?: number;

  override render() {
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
                  <td>${version.version}${version.version === this.current ? ' (current)' : ''}</td>
                  <td>${version.createdBy}</td>
                  <td>${formatDateTime(this.localize, version.createdAt)}</td>
                  <td>${version.note ?? ''}</td>
                  <td>
                    ${version.version === this.current
                      ? nothing
                      : html`<uui-button
                          look="secondary"
                          compact
                          label=${`Revert to version ${version.version}`}
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
