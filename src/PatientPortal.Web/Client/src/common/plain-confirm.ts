import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Localizer } from './localizer.js';
import type { ConfirmRequest } from './portal-element.js';

/**
 * The website admin pages' confirmation: a modal dialog on the page's body (outside any screen, as the backoffice's
 * modals are), answering whether the admin confirmed. Inside the backoffice Umbraco's confirm modal is used instead.
 */
export function plainConfirm(request: ConfirmRequest, localize: Localizer): Promise<boolean> {
  const dialog = new PpConfirmDialog();
  dialog.request = request;
  dialog.cancelLabel = localize.term('ppCommon_cancel');
  document.body.append(dialog);
  return dialog.answer();
}

@customElement('pp-confirm-dialog')
export class PpConfirmDialog extends LitElement {
  @property({ attribute: false }) request?: ConfirmRequest;
  @property({ attribute: false }) cancelLabel = 'Cancel';

  @query('dialog') private dialog?: HTMLDialogElement;
  private confirmed = false;

  async answer(): Promise<boolean> {
    await this.updateComplete;
    this.dialog?.showModal();
    this.renderRoot.querySelector<HTMLElement>('#confirm')?.focus();
    return new Promise((resolve) =>
      this.dialog?.addEventListener('close', () => {
        this.remove();
        resolve(this.confirmed);
      }),
    );
  }

  private close(confirmed: boolean): void {
    this.confirmed = confirmed;
    this.dialog?.close();
  }

  override render() {
    const request = this.request;
    return html`
      <dialog aria-labelledby="headline">
        <h2 id="headline">${request?.headline}</h2>
        <div class="content">${request?.content}</div>
        <div class="actions">
          <uui-button look="secondary" label=${this.cancelLabel} @click=${() => this.close(false)}></uui-button>
          <uui-button id="confirm" look="primary" color=${request?.color ?? 'positive'} label=${request?.confirmLabel ?? ''} @click=${() => this.close(true)}></uui-button>
        </div>
      </dialog>
    `;
  }

  static override styles = css`
    dialog {
      max-inline-size: 60ch;
      border: none;
      border-radius: var(--uui-border-radius, 3px);
      padding: var(--uui-size-space-6, 24px);
      box-shadow: var(--uui-shadow-depth-3, 0 10px 20px rgba(0, 0, 0, 0.19));
    }
    h2 {
      margin-top: 0;
      font-size: 1.25rem;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: var(--uui-size-space-3, 9px);
      margin-top: var(--uui-size-space-5, 18px);
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-confirm-dialog': PpConfirmDialog;
  }
}
