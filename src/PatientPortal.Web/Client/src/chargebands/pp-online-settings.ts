import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PortalElement } from '../common/portal-element.js';
import { sharedStyles } from '../common/styles.js';
import '../common/pp-date-input.js';
import type { Chargeband, ManagementApi, Problem } from '../api/management-api.js';

/**
 * A chargeband's Online settings: the sign-up invite code with the dates it works and its usage cap, how many have
 * signed up with it, and online messaging. Every field shown is saved together (one left out would be cleared).
 * Fires `pp-chargeband-saved` with the saved chargeband.
 */
@customElement('pp-online-settings')
export class PpOnlineSettings extends PortalElement {
  @property({ attribute: false }) api?: ManagementApi;
  @property({ attribute: false }) chargeband?: Chargeband;

  @state() private problem?: Problem;
  @state() private saved = false;
  /** A generated code put in the field, not saved yet. */
  @state() private draftCode?: string;
  @state() private validFrom = '';
  @state() private validUntil = '';

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const previous = changed.get('chargeband') as Chargeband | undefined;
    if (changed.has('chargeband') && previous?.id !== this.chargeband?.id) {
      this.problem = undefined;
      this.saved = false;
      this.draftCode = undefined;
    }

    if (changed.has('chargeband')) {
      this.validFrom = this.chargeband?.onlineSettings?.inviteCodeValidFrom ?? '';
      this.validUntil = this.chargeband?.onlineSettings?.inviteCodeValidUntil ?? '';
    }
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const chargeband = this.chargeband;
    if (!this.api || !chargeband) {
      return;
    }

    const form = event.target as HTMLFormElement;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
    const inviteCode = field('inviteCode')?.value.trim() ?? '';
    const cap = field('inviteCodeUsageCap')?.value.trim() ?? '';
    const result = await this.api.saveOnlineSettings(chargeband.id, {
      inviteCode: inviteCode === '' ? null : inviteCode,
      inviteCodeValidFrom: this.validFrom || null,
      inviteCodeValidUntil: this.validUntil || null,
      // Not a whole number: sent as it is, so the API's answer says what is wrong next to the field.
      inviteCodeUsageCap: cap === '' ? null : Number(cap),
      allowOnlineMessaging: field('allowOnlineMessaging')?.checked ?? false,
      // Only there while the warning about a guessable code is shown.
      acceptGuessableInviteCode: field('acceptGuessableInviteCode')?.checked ?? false,
    });
    this.saved = result.ok;
    if (result.ok) {
      this.problem = undefined;
      this.draftCode = undefined;
      this.dispatchEvent(new CustomEvent('pp-chargeband-saved', { detail: result.value, bubbles: true, composed: true }));
    } else {
      this.problem = result.problem;
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
    const l = this.localize;
    const settings = this.chargeband?.onlineSettings;
    const error = (name: string) => this.problem?.errors[name]?.[0];
    const fieldErrors = ['inviteCode', 'inviteCodeValidFrom', 'inviteCodeValidUntil', 'inviteCodeUsageCap'];
    const otherProblem = this.problem && !fieldErrors.some((name) => error(name)) ? this.problem.title : undefined;
    const guessable = this.problem?.guessableInviteCode === true;
    const codeError = error('inviteCode');
    return html`
      <h3>${l.term('ppChargebands_onlineSettings')}</h3>
      ${otherProblem ? html`<p role="alert" class="error">${otherProblem}</p>` : nothing}
      <form @submit=${this.save} novalidate>
        <div class="field">
          <uui-label for="inviteCode">${l.term('ppChargebands_inviteCodeLabel')}</uui-label>
          <div class="code-row">
            <uui-input
              id="inviteCode"
              name="inviteCode"
              label=${l.term('ppChargebands_inviteCodeLabel')}
              .value=${this.draftCode ?? settings?.inviteCode ?? ''}
              ?error=${codeError !== undefined}
              aria-invalid=${codeError !== undefined ? 'true' : 'false'}
              aria-describedby="inviteCodeError"></uui-input>
            <uui-button type="button" look="secondary" label=${l.term('ppChargebands_generate')} @click=${this.generateCode}></uui-button>
          </div>
          ${codeError ? html`<p id="inviteCodeError" class=${guessable ? 'warning' : 'error'} role="alert">${codeError}</p>` : nothing}
          ${guessable ? html`<uui-checkbox name="acceptGuessableInviteCode" label=${l.term('ppChargebands_useAnyway')}></uui-checkbox>` : nothing}
          ${settings?.inviteCode ? this.renderUsage(settings.inviteCodeSignUpCount, settings.inviteCodeAcceptingSignUps) : nothing}
        </div>
        <div class="dates">
          <div class="field">
            <uui-label for="validFrom">${l.term('ppChargebands_validFrom')}</uui-label>
            <pp-date-input id="validFrom" optional label=${l.term('ppChargebands_validFrom')} .localize=${l} .value=${this.validFrom}
              @change=${(event: Event) => (this.validFrom = (event.target as HTMLInputElement).value)}></pp-date-input>
            ${error('inviteCodeValidFrom') ? html`<p class="error" role="alert">${error('inviteCodeValidFrom')}</p>` : nothing}
          </div>
          <div class="field">
            <uui-label for="validUntil">${l.term('ppChargebands_validUntil')}</uui-label>
            <pp-date-input id="validUntil" optional label=${l.term('ppChargebands_validUntil')} .localize=${l} .value=${this.validUntil}
              @change=${(event: Event) => (this.validUntil = (event.target as HTMLInputElement).value)}></pp-date-input>
            ${error('inviteCodeValidUntil') ? html`<p class="error" role="alert">${error('inviteCodeValidUntil')}</p>` : nothing}
          </div>
        </div>
        <div class="field">
          <uui-label for="inviteCodeUsageCap">${l.term('ppChargebands_usageCap')}</uui-label>
          <uui-input id="inviteCodeUsageCap" name="inviteCodeUsageCap" type="number" min="1" step="1" label=${l.term('ppChargebands_usageCap')}
            .value=${settings?.inviteCodeUsageCap?.toString() ?? ''} ?error=${error('inviteCodeUsageCap') !== undefined}></uui-input>
          <span class="hint">${l.term('ppChargebands_usageCapHint')}</span>
          ${error('inviteCodeUsageCap') ? html`<p class="error" role="alert">${error('inviteCodeUsageCap')}</p>` : nothing}
        </div>
        <div class="field">
          <uui-toggle name="allowOnlineMessaging" label=${l.term('ppChargebands_allowMessaging')} ?checked=${settings?.allowOnlineMessaging ?? false}></uui-toggle>
        </div>
        <uui-button type="submit" look="primary" label=${l.term('ppChargebands_save')}></uui-button>
        ${this.saved ? html`<p role="status">${l.term('ppChargebands_saved')}</p>` : nothing}
      </form>
    `;
  }

  private renderUsage(signUps: number, accepting: boolean) {
    const l = this.localize;
    return html`<p class="usage">${l.term('ppChargebands_signUps', signUps)} ${accepting ? l.term('ppChargebands_accepting') : l.term('ppChargebands_notAccepting')}</p>`;
  }

  static override styles = [
    sharedStyles,
    css`
      .field {
        display: grid;
        gap: var(--uui-size-space-2, 6px);
        margin-bottom: var(--uui-size-space-4, 12px);
      }
      .dates {
        display: flex;
        flex-wrap: wrap;
        gap: var(--uui-size-space-4, 12px);
      }
      .error {
        color: var(--uui-color-danger, #d42054);
        margin: 0;
      }
      .hint {
        font-size: 0.85em;
        color: var(--uui-color-text-alt, #515054);
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
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-online-settings': PpOnlineSettings;
  }
}
