import { UMB_AUTH_CONTEXT, type UmbAuthContext } from '@umbraco-cms/backoffice/auth';
import { css, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { ManagementApi } from '../api/management-api.js';

// One client per sign-in, so every view of the section shares what it has loaded (the chargebands, for one).
const clients = new WeakMap<UmbAuthContext, ManagementApi>();

/** The client for the screens: the backoffice's server address, and its latest token (refreshed when expired). */
export function backofficeApi(auth: UmbAuthContext): ManagementApi {
  let api = clients.get(auth);
  if (!api) {
    api = new ManagementApi(auth.getOpenApiConfiguration().base ?? '', () => auth.getLatestToken());
    clients.set(auth, api);
  }

  return api;
}

/**
 * A patient's profile: the Patients view's own route, from any view of the section. The section's address is read
 * from where we are, so a backoffice served under another path still links right.
 */
export function patientProfileHref(id: string): string {
  const section = /^(.*\/section\/patient-portal)(\/|$)/.exec(window.location.pathname)?.[1] ?? '/umbraco/section/patient-portal';
  return `${section}/view/patients/${encodeURIComponent(id)}`;
}

/** A section view that waits for the backoffice's auth context, then gives its screen the API client. */
export abstract class PpBackofficeView extends UmbLitElement {
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
