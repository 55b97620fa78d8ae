// The Patient Portal section inside the Umbraco backoffice (umbraco-package.json points its section views here).
// Thin wrappers: each hands the screens a ManagementApi that authorises with the backoffice's own bearer
// token. Built on its own (vite build --mode backoffice): Lit and Umbraco UI are the backoffice's, never bundled.
import { customElement, html } from '@umbraco-cms/backoffice/external/lit';
import { PpBackofficeView, patientProfileHref } from './backoffice-view.js';
import '../elements.js';
import './pp-backoffice-patients.js';

export { backofficeApi } from './backoffice-view.js';

@customElement('pp-backoffice-chargebands')
export class PpBackofficeChargebands extends PpBackofficeView {
  override render() {
    return html`<pp-chargebands .api=${this.api}></pp-chargebands>`;
  }
}

/** The section's dashboard: the invitation funnel and the failed deliveries needing attention. */
@customElement('pp-backoffice-dashboard')
export class PpBackofficeDashboard extends PpBackofficeView {
  override render() {
    return html`<pp-dashboard .api=${this.api} .patientHref=${patientProfileHref}></pp-dashboard>`;
  }
}

@customElement('pp-backoffice-messages')
export class PpBackofficeMessages extends PpBackofficeView {
  override render() {
    return html`<pp-failed-messages .api=${this.api} .patientHref=${patientProfileHref}></pp-failed-messages>`;
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
    'pp-backoffice-messages': PpBackofficeMessages;
    'pp-backoffice-templates': PpBackofficeTemplates;
    'pp-backoffice-dashboard': PpBackofficeDashboard;
  }
}
