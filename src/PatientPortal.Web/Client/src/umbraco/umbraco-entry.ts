// The Patient Portal section inside the Umbraco backoffice (umbraco-package.json points its section views here).
// Thin wrappers: each hands the plain screens a ManagementApi that authorises with the backoffice's own bearer
// token. Umbraco UI is already registered by the backoffice, so this entry never registers it again.
import { UMB_AUTH_CONTEXT, type UmbAuthContext } from '@umbraco-cms/backoffice/auth';
import { css, customElement, html, nothing, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { ManagementApi } from '../api/management-api.js';
import '../elements.js';

const apiPath = '/umbraco/management/api/v1/patient-portal';

/** The client for the screens: the backoffice's server address, and its latest token (refreshed when expired). */
export function backofficeApi(auth: UmbAuthContext): ManagementApi {
  const openApi = auth.getOpenApiConfiguration();
  return new ManagementApi(`${openApi.base ?? ''}${apiPath}`, () => auth.getLatestToken());
}

/** A section view that waits for the backoffice's auth context, then gives its screen the API client. */
abstract class PpBackofficeView extends UmbLitElement {
  @state() protected api?: ManagementApi;

  constructor() {
    super();
    this.consumeContext(UMB_AUTH_CONTEXT, (auth) => {
      this.api = auth ? backofficeApi(auth) : undefined;
    });
  }

  static override styles = css`
    :host {
      display: block;
      padding: var(--uui-size-layout-1, 24px);
    }
  `;
}

@customElement('pp-backoffice-chargebands')
export class PpBackofficeChargebands extends PpBackofficeView {
  override render() {
    return html`<pp-chargebands .api=${this.api}></pp-chargebands>`;
  }
}

/** Patients: the list, and in its place the profile of the patient opened from it. */
@customElement('pp-backoffice-patients')
export class PpBackofficePatients extends PpBackofficeView {
  @state() private patientId?: string;

  override render() {
    // The list stays (hidden) while a profile is open, so going back keeps its filter, page and selection.
    return html`
      <pp-patients
        .api=${this.api}
        ?hidden=${this.patientId !== undefined}
        @pp-open-patient=${(event: CustomEvent<{ id: string }>) => (this.patientId = event.detail.id)}></pp-patients>
      ${this.patientId
        ? html`
            <uui-button look="secondary" label="Back to patients" @click=${() => (this.patientId = undefined)}></uui-button>
            <pp-patient .api=${this.api} patient-id=${this.patientId}></pp-patient>
          `
        : nothing}
    `;
  }
}

/** The section's dashboard: the invitation funnel and the failed deliveries needing attention. */
@customElement('pp-backoffice-dashboard')
export class PpBackofficeDashboard extends PpBackofficeView {
  override render() {
    return html`<pp-dashboard .api=${this.api}></pp-dashboard>`;
  }
}

@customElement('pp-backoffice-messages')
export class PpBackofficeMessages extends PpBackofficeView {
  override render() {
    return html`<pp-failed-messages .api=${this.api}></pp-failed-messages>`;
  }
}

@customElement('pp-backoffice-templates')
export class PpBackofficeTemplates extends PpBackofficeView {
  override render() {
    return html`<pp-templates .api=${this.api}></pp-templates>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-backoffice-chargebands': PpBackofficeChargebands;
    'pp-backoffice-patients': PpBackofficePatients;
    'pp-backoffice-messages': PpBackofficeMessages;
    'pp-backoffice-templates': PpBackofficeTemplates;
    'pp-backoffice-dashboard': PpBackofficeDashboard;
  }
}
