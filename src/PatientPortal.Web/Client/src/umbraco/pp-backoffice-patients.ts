import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import type { UmbRoute, UmbRouterSlotInitEvent } from '@umbraco-cms/backoffice/router';
import type { ManagementApi } from '../api/management-api.js';
import { PpPatients } from '../patients/pp-patients.js';
import { PpBackofficeView } from './backoffice-view.js';
import '../patients/pp-patient.js';

/**
 * Patients inside the backoffice: the list at the view's own address and each profile at `{view}/{patient id}`,
 * child routes of the section view in the backoffice's router (as Umbraco's own section views route), so the
 * browser's back and forward buttons and a copied address work. A patient's name is a real link to that address,
 * which the router follows inside the section. The list is one element for the view's life, so coming back to it
 * keeps its search, filters, page and selection.
 */
@customElement('pp-backoffice-patients')
export class PpBackofficePatients extends PpBackofficeView {
  @state() private routerPath?: string;

  private readonly list = new PpPatients();

  private readonly routes: UmbRoute[] = [
    {
      path: ':patientId',
      component: () => new PpBackofficePatient(),
      setup: (component, info) => {
        const profile = component as PpBackofficePatient;
        profile.api = this.api;
        profile.patientId = decodeURIComponent(info.match.params.patientId);
        profile.backHref = this.routerPath;
      },
    },
    { path: '', component: () => this.list },
  ];

  override willUpdate(): void {
    this.list.api = this.api;
  }

  private onInit(event: UmbRouterSlotInitEvent): void {
    this.routerPath = event.target.absoluteRouterPath;
    const base = this.routerPath ?? '';
    this.list.patientHref = (id) => `${base}/${encodeURIComponent(id)}`;
  }

  override render() {
    // Routes only once the API client is there, so a profile opened from a copied address gets it at once.
    return this.api ? html`<umb-router-slot .routes=${this.routes} @init=${this.onInit}></umb-router-slot>` : nothing;
  }
}

/** A profile at its own address, with the way back to the list. */
@customElement('pp-backoffice-patient')
export class PpBackofficePatient extends UmbLitElement {
  @property({ attribute: false }) api?: ManagementApi;
  @property({ attribute: false }) patientId?: string;
  @property({ attribute: false }) backHref?: string;

  override render() {
    return html`
      <div><uui-button look="secondary" label=${this.localize.term('ppCommon_backToPatients')} href=${this.backHref ?? '..'}></uui-button></div>
      <pp-patient .api=${this.api} patient-id=${this.patientId ?? ''}></pp-patient>
    `;
  }

  static override styles = css`
    :host {
      display: grid;
      gap: var(--uui-size-space-5, 18px);
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-backoffice-patients': PpBackofficePatients;
    'pp-backoffice-patient': PpBackofficePatient;
  }
}
