import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PortalElement } from '../common/portal-element.js';
import type { ApiResult, Chargeband, ManagementApi, PatientAccessMode, Problem } from '../api/management-api.js';

/**
 * Chargebands: the list, and for the chosen one its online booking and, only while booking is on, the
 * Online settings panel. Enabling booking asks how patients get access ("Allowing patient access").
 * Takes its API client as a property, so the backoffice and the website's admin pages can both host it.
 */
@customElement('pp-chargebands')
export class PpChargebands extends PortalElement {
  @property({ attribute: false }) api?: ManagementApi;

  @state() private chargebands: Chargeband[] = [];
  @state() private selectedId?: string;
  @state() private problem?: Problem;
  @state() private askingAccess = false;
  @state() private accessMode: PatientAccessMode = 'AllowWithNoNotifications';
  @state() private saved = false;
  /** A generated code put in the field, not saved yet. */
  @state() private draftCode?: string;

  // The host sets the client after the element is on the page; the list loads as soon as there is one.
  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) {
      void this.load();
    }
  }

  private get selected(): Chargeband | undefined {
    return this.chargebands.find((chargeband) => chargeband.id === this.selectedId);
  }

  private async load(): Promise<void> {
    const result = await this.api?.listChargebands();
    if (result?.ok) {
      this.chargebands = result.value;
    } else if (result) {
      this.problem = result.problem;
    }
  }

  private replace(updated: Chargeband): void {
    this.chargebands = this.chargebands.map((chargeband) => (chargeband.id === updated.id ? updated : chargeband));
  }

  /** Shows the API's answer: the changed chargeband, or the problem next to its field. */
  private async apply(call: Promise<ApiResult<Chargeband>>): Promise<boolean> {
    const result = await call;
    this.saved = false;
    if (result.ok) {
      this.problem = undefined;
      this.replace(result.value);
      return true;
    }

    this.problem = result.problem;
    return false;
  }

  private async enable(): Promise<void> {
    if (this.api && this.selectedId && (await this.apply(this.api.enableOnlineBooking(this.selectedId, this.accessMode)))) {
      this.askingAccess = false;
    }
  }

  private async disable(): Promise<void> {
    if (this.api && this.selectedId) {
      await this.apply(this.api.disableOnlineBooking(this.selectedId));
    }
  }

  private async saveSettings(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const inviteCode = (form.elements.namedItem('inviteCode') as HTMLInputElement).value.trim();
    const allowOnlineMessaging = (form.elements.namedItem('allowOnlineMessaging') as HTMLInputElement).checked;
    // Only there while the warning about a guessable code is shown.
    const accept = (form.elements.namedItem('acceptGuessableInviteCode') as HTMLInputElement | null)?.checked ?? false;
    if (this.api && this.selectedId) {
      this.saved = await this.apply(this.api.saveOnlineSettings(this.selectedId, inviteCode === '' ? null : inviteCode, allowOnlineMessaging, accept));
      if (this.saved) {
        this.draftCode = undefined;
      }
    }
  }

  private async generateCode(): Promise<void> {
    const result = await this.api?.generateInviteCode();
    if (result?.ok) {
      this.draftCode = result.value.inviteCode;
      this.problem = undefined;
      this.saved = false;
    } else if (result) {
      this.problem = result.problem;
    }
  }

  override render() {
    return html`
      <uui-box headline="Chargebands">
        ${this.problem && !this.problem.errors['inviteCode'] ? html`<p role="alert" class="error">${this.problem.title}</p>` : nothing}
        <uui-table aria-label="Chargebands">
          <uui-table-head>
            <uui-table-head-cell>Name</uui-table-head-cell>
            <uui-table-head-cell>Online booking</uui-table-head-cell>
            <uui-table-head-cell>Invite code</uui-table-head-cell>
          </uui-table-head>
          ${this.chargebands.map(
            (chargeband) => html`
              <uui-table-row>
                <uui-table-cell>
                  <uui-button look="placeholder" label="Edit ${chargeband.name}" @click=${() => this.select(chargeband.id)}>${chargeband.name}</uui-button>
                </uui-table-cell>
                <uui-table-cell>${chargeband.onlineBooking.enabled ? describe(chargeband.onlineBooking.accessMode) : 'Off'}</uui-table-cell>
                <uui-table-cell>${chargeband.onlineSettings?.inviteCode ?? ''}</uui-table-cell>
              </uui-table-row>
            `,
          )}
        </uui-table>
      </uui-box>
      ${this.selected ? this.renderSelected(this.selected) : nothing}
    `;
  }

  private select(id: string): void {
    this.selectedId = id;
    this.problem = undefined;
    this.askingAccess = false;
    this.saved = false;
    this.draftCode = undefined;
  }

  private renderSelected(chargeband: Chargeband) {
    const booking = chargeband.onlineBooking;
    return html`
      <uui-box headline=${chargeband.name}>
        <h3>Online booking</h3>
        ${booking.enabled
          ? html`<p>On: ${describe(booking.accessMode)}.</p>
              <uui-button look="secondary" label="Disable online booking" @click=${this.disable}></uui-button>`
          : html`<p>Off.</p>
              <uui-button look="primary" label="Enable online booking" @click=${() => (this.askingAccess = true)}></uui-button>`}
        ${this.askingAccess ? this.renderAccessDialog() : nothing}
        ${booking.enabled ? this.renderOnlineSettings(chargeband) : nothing}
      </uui-box>
    `;
  }

  private renderAccessDialog() {
    return html`
      <uui-dialog>
        <uui-dialog-layout headline="Allowing patient access">
          <uui-radio-group
            label="Allowing patient access"
            .value=${this.accessMode}
            @change=${(event: Event) => (this.accessMode = (event.target as HTMLInputElement).value as PatientAccessMode)}>
            <uui-radio value="AllowAndNotify" label="Allow and notify: invite every patient on this chargeband without an account, and each one added later"></uui-radio>
            <uui-radio value="AllowWithNoNotifications" label="Allow with no notifications: nobody is messaged; invite whom you choose"></uui-radio>
          </uui-radio-group>
          <uui-button slot="actions" label="Cancel" @click=${() => (this.askingAccess = false)}></uui-button>
          <uui-button slot="actions" look="primary" label="Enable" @click=${this.enable}></uui-button>
        </uui-dialog-layout>
      </uui-dialog>
    `;
  }

  private renderOnlineSettings(chargeband: Chargeband) {
    const inviteCodeError = this.problem?.errors['inviteCode']?.[0];
    const guessable = this.problem?.guessableInviteCode === true;
    const settings = chargeband.onlineSettings;
    return html`
      <h3>Online settings</h3>
      <form @submit=${this.saveSettings} novalidate>
        <div class="field">
          <uui-label for="inviteCode">Online sign-up invite code</uui-label>
          <div class="code-row">
            <uui-input
              id="inviteCode"
              name="inviteCode"
              label="Online sign-up invite code"
              .value=${this.draftCode ?? settings?.inviteCode ?? ''}
              ?error=${inviteCodeError !== undefined}
              aria-invalid=${inviteCodeError !== undefined ? 'true' : 'false'}
              aria-describedby="inviteCodeError"></uui-input>
            <uui-button type="button" look="secondary" label="Generate a strong code" @click=${this.generateCode}></uui-button>
          </div>
          ${inviteCodeError
            ? html`<p id="inviteCodeError" class=${guessable ? 'warning' : 'error'} role="alert">${inviteCodeError}</p>`
            : nothing}
          ${guessable ? html`<uui-checkbox name="acceptGuessableInviteCode" label="Use this code anyway"></uui-checkbox>` : nothing}
        </div>
        <div class="field">
          <uui-toggle name="allowOnlineMessaging" label="Allow online messaging" ?checked=${settings?.allowOnlineMessaging ?? false}></uui-toggle>
        </div>
        <uui-button type="submit" look="primary" label="Save online settings"></uui-button>
        ${this.saved ? html`<p role="status">Saved.</p>` : nothing}
      </form>
    `;
  }

  static override styles = css`
    :host {
      display: grid;
      gap: var(--uui-size-space-5, 18px);
    }
    :host([hidden]) {
      display: none;
    }
    .field {
      display: grid;
      gap: var(--uui-size-space-2, 6px);
      margin-bottom: var(--uui-size-space-4, 12px);
    }
    .error {
      color: var(--uui-color-danger, #d42054);
    }
    .code-row {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: var(--uui-size-space-3, 9px);
    }
    .warning {
      color: var(--uui-color-warning-contrast, #5c3d00);
      background: var(--uui-color-warning, #fbd142);
      padding: var(--uui-size-space-2, 6px);
      margin: 0;
    }
  `;
}

function describe(mode: PatientAccessMode | null): string {
  return mode === 'AllowAndNotify' ? 'Allow and notify' : 'Allow with no notifications';
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-chargebands': PpChargebands;
  }
}
