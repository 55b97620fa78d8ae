import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PortalElement } from '../common/portal-element.js';
import { sharedStyles } from '../common/styles.js';
import type { Localizer } from '../common/localizer.js';
import type { ApiResult, Chargeband, DryRun, ManagementApi, PatientAccessMode, Problem } from '../api/management-api.js';
import '../patients/pp-run-counts.js';
import { SharedChargebands } from './chargeband-store.js';
import './pp-online-settings.js';

/**
 * Chargebands: the list, and for the chosen one its online booking and, only while booking is on, the
 * Online settings panel. Enabling booking asks how patients get access ("Allowing patient access"); Allow and
 * notify then shows what its run would do (the dry run's counts) before anyone is messaged.
 * Takes its API client as a property, so the backoffice and the website's admin pages can both host it.
 */
@customElement('pp-chargebands')
export class PpChargebands extends PortalElement {
  @property({ attribute: false }) api?: ManagementApi;

  @state() private selectedId?: string;
  @state() private problem?: Problem;
  @state() private askingAccess = false;
  @state() private accessMode: PatientAccessMode = 'AllowWithNoNotifications';

  private readonly chargebands = new SharedChargebands(this);

  // The host sets the client after the element is on the page; the list loads as soon as there is one.
  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) {
      void this.chargebands.use(this.api);
    }
  }

  private get selected(): Chargeband | undefined {
    return this.chargebands.value.find((chargeband) => chargeband.id === this.selectedId);
  }

  /** Shows the API's answer: the changed chargeband, or the problem. */
  private async apply(call: Promise<ApiResult<Chargeband>>): Promise<boolean> {
    const result = await call;
    if (result.ok) {
      this.problem = undefined;
      this.chargebands.replace(result.value);
      return true;
    }

    this.problem = result.problem;
    return false;
  }

  private async enable(): Promise<void> {
    const chargeband = this.selected;
    if (!this.api || !chargeband) {
      return;
    }

    if (this.accessMode === 'AllowAndNotify' && !(await this.confirmNotify(this.api, chargeband))) {
      return;
    }

    if (await this.apply(this.api.enableOnlineBooking(chargeband.id, this.accessMode))) {
      this.askingAccess = false;
    }
  }

  /** The run Allow and notify starts, counted the way it will run: this chargeband's patients without an account. */
  private async confirmNotify(api: ManagementApi, chargeband: Chargeband): Promise<boolean> {
    const dryRun = await api.dryRunInvitations({ filter: { chargebandId: chargeband.id, hasAccount: false } });
    if (!dryRun.ok) {
      this.problem = dryRun.problem;
      return false;
    }

    return this.confirmAction({
      headline: this.localize.term('ppChargebands_notifyHeadline', chargeband.name),
      content: notifyContent(this.localize, chargeband.name, dryRun.value),
      confirmLabel: this.localize.term('ppChargebands_notifyConfirm'),
    });
  }

  private async disable(): Promise<void> {
    if (this.api && this.selectedId) {
      await this.apply(this.api.disableOnlineBooking(this.selectedId));
    }
  }

  override render() {
    const l = this.localize;
    const problem = this.problem ?? this.chargebands.problem;
    return html`
      <uui-box headline=${l.term('ppChargebands_headline')}>
        ${problem ? html`<p role="alert" class="error">${problem.title}</p>` : nothing}
        <uui-table aria-label=${l.term('ppChargebands_headline')}>
          <uui-table-head>
            <uui-table-head-cell>${l.term('ppChargebands_name')}</uui-table-head-cell>
            <uui-table-head-cell>${l.term('ppChargebands_onlineBooking')}</uui-table-head-cell>
            <uui-table-head-cell>${l.term('ppChargebands_inviteCode')}</uui-table-head-cell>
          </uui-table-head>
          ${this.chargebands.value.map(
            (chargeband) => html`
              <uui-table-row>
                <uui-table-cell>
                  <uui-button look="placeholder" label=${l.term('ppChargebands_edit', chargeband.name)} @click=${() => this.select(chargeband.id)}>${chargeband.name}</uui-button>
                </uui-table-cell>
                <uui-table-cell>${chargeband.onlineBooking.enabled ? describe(l, chargeband.onlineBooking.accessMode) : l.term('ppChargebands_off')}</uui-table-cell>
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
  }

  private renderSelected(chargeband: Chargeband) {
    const l = this.localize;
    const booking = chargeband.onlineBooking;
    return html`
      <uui-box headline=${chargeband.name}>
        <h3>${l.term('ppChargebands_onlineBooking')}</h3>
        ${booking.enabled
          ? html`<p>${l.term('ppChargebands_on', describe(l, booking.accessMode))}</p>
              <uui-button look="secondary" label=${l.term('ppChargebands_disable')} @click=${this.disable}></uui-button>`
          : html`<p>${l.term('ppChargebands_offSentence')}</p>
              <uui-button look="primary" label=${l.term('ppChargebands_enable')} @click=${() => (this.askingAccess = true)}></uui-button>`}
        ${this.askingAccess ? this.renderAccessDialog() : nothing}
        ${booking.enabled
          ? html`<pp-online-settings .api=${this.api} .chargeband=${chargeband} @pp-chargeband-saved=${(event: CustomEvent<Chargeband>) => this.chargebands.replace(event.detail)}></pp-online-settings>`
          : nothing}
      </uui-box>
    `;
  }

  private renderAccessDialog() {
    const l = this.localize;
    return html`
      <uui-dialog>
        <uui-dialog-layout headline=${l.term('ppChargebands_accessHeadline')}>
          <uui-radio-group
            label=${l.term('ppChargebands_accessHeadline')}
            .value=${this.accessMode}
            @change=${(event: Event) => (this.accessMode = (event.target as HTMLInputElement).value as PatientAccessMode)}>
            <uui-radio value="AllowAndNotify" label=${l.term('ppChargebands_allowAndNotifyOption')}></uui-radio>
            <uui-radio value="AllowWithNoNotifications" label=${l.term('ppChargebands_noNotificationsOption')}></uui-radio>
          </uui-radio-group>
          <uui-button slot="actions" label=${l.term('ppCommon_cancel')} @click=${() => (this.askingAccess = false)}></uui-button>
          <uui-button slot="actions" look="primary" label=${l.term('ppChargebands_enableConfirm')} @click=${this.enable}></uui-button>
        </uui-dialog-layout>
      </uui-dialog>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      .error {
        color: var(--uui-color-danger, #d42054);
      }
    `,
  ];
}

function describe(l: Localizer, mode: PatientAccessMode | null): string {
  return mode === 'AllowAndNotify' ? l.term('ppChargebands_allowAndNotify') : l.term('ppChargebands_noNotifications');
}

function notifyContent(l: Localizer, name: string, dryRun: DryRun) {
  const messaged = dryRun.outcomes.Invited + dryRun.outcomes.ResetSent;
  return html`
    <p>${messaged === 0 ? l.term('ppChargebands_notifyNobody', name) : l.term('ppChargebands_notifyContent', messaged, name)}</p>
    <pp-run-counts .dryRun=${dryRun} .localize=${l}></pp-run-counts>
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-chargebands': PpChargebands;
  }
}
