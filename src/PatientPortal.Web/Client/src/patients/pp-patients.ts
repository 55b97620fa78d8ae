import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { DelayedCall } from '../common/delayed-call.js';
import { LatestRequest } from '../common/latest-request.js';
import { SharedChargebands } from '../chargebands/chargeband-store.js';
import type { MenuChoice } from '../common/pp-actions-menu.js';
import '../common/pp-actions-menu.js';
import { PortalElement } from '../common/portal-element.js';
import type { ManagementApi, PatientFilter, PatientList, PatientSummary, Problem } from '../api/management-api.js';
import { accountLabel, formatDateOnly, fullName } from '../common/words.js';
import { sharedStyles } from '../common/styles.js';
import type { PpInvitationRun } from './pp-invitation-run.js';
import './pp-invitation-run.js';

const searchDelay = 300;

type AccountFilter = '' | 'true' | 'false';

/**
 * The patients list: search, filter by chargeband and portal account, page, select rows, and the Actions
 * menu's bulk "Invite to patient portal" for the selected rows or the whole filtered list.
 * A patient's name is a link to the profile at the address the host gives (`patientHref`): a real address, so a
 * router (the backoffice's captures every link) or the browser follows it, and back returns to the list.
 */
@customElement('pp-patients')
export class PpPatients extends PortalElement {
  @property({ attribute: false }) api?: ManagementApi;

  /** Where a patient's profile is; without it the names are plain text. */
  @property({ attribute: false }) patientHref?: (id: string) => string;

  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  @state() private search = '';
  @state() private chargebandId = '';
  @state() private account: AccountFilter = '';
  @state() private page = 1;
  @state() private list?: PatientList;
  @state() private selected = new Set<string>();
  @state() private problem?: Problem;
  @state() private loading = false;

  @query('pp-invitation-run') private run?: PpInvitationRun;
  private readonly chargebands = new SharedChargebands(this);
  private readonly searchWhenIdle = new DelayedCall(this);
  private readonly latestList = new LatestRequest();

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) {
      void this.chargebands.use(this.api);
      void this.load();
    }
  }

  private get filter(): PatientFilter {
    return {
      chargebandId: this.chargebandId || undefined,
      hasAccount: this.account === '' ? undefined : this.account === 'true',
      search: this.search.trim() || undefined,
    };
  }

  private async load(): Promise<void> {
    if (!this.api) {
      return;
    }

    // Answers can arrive out of order while the admin types; only the latest one is shown.
    const isLatest = this.latestList.begin();
    this.loading = true;
    const result = await this.api.listPatients(this.filter, (this.page - 1) * this.pageSize, this.pageSize);
    if (!isLatest()) {
      return;
    }

    this.loading = false;
    if (result.ok) {
      this.list = result.value;
      this.problem = undefined;
    } else {
      this.problem = result.problem;
    }
  }

  /** A new filter is a new list: back to page 1, nothing selected. */
  private refilter(): void {
    this.page = 1;
    this.selected = new Set();
    void this.load();
  }

  private onSearchInput(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    this.searchWhenIdle.after(searchDelay, () => this.refilter());
  }

  private onSearchSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.searchWhenIdle.cancel();
    this.refilter();
  }

  private toggle(id: string, checked: boolean): void {
    const selected = new Set(this.selected);
    if (checked) {
      selected.add(id);
    } else {
      selected.delete(id);
    }

    this.selected = selected;
  }

  private togglePage(checked: boolean): void {
    const selected = new Set(this.selected);
    for (const patient of this.list?.items ?? []) {
      if (checked) {
        selected.add(patient.id);
      } else {
        selected.delete(patient.id);
      }
    }

    this.selected = selected;
  }

  private inviteSelected(): void {
    const count = this.selected.size;
    void this.run?.confirm({ patientIds: [...this.selected] }, this.localize.term('ppPatients_runSelected', count));
  }

  private inviteFiltered(): void {
    void this.run?.confirm({ filter: this.filter }, this.localize.term('ppPatients_runFiltered', this.list?.total ?? 0, this.describeFilter()));
  }

  private describeFilter(): string {
    const parts = [this.localize.term('ppPatients_filterPatients')];
    const chargeband = this.chargebands.value.find((candidate) => candidate.id === this.chargebandId);
    if (chargeband) {
      parts.push(this.localize.term('ppPatients_filterOn', chargeband.name));
    }

    if (this.account !== '') {
      parts.push(this.localize.term(this.account === 'true' ? 'ppPatients_filterWithAccount' : 'ppPatients_filterWithoutAccount'));
    }

    if (this.search.trim()) {
      parts.push(this.localize.term('ppPatients_filterMatching', this.search.trim()));
    }

    return parts.join(' ');
  }

  override render() {
    const list = this.list;
    const pages = list ? Math.max(1, Math.ceil(list.total / this.pageSize)) : 1;
    return html`
      <uui-box headline=${this.localize.term('ppPatients_patients')}>
        ${this.renderFilters()}
        ${this.problem ? html`<p role="alert" class="error">${this.problem.title}</p>` : nothing}
        <div class="toolbar">
          <p role="status" class="summary">
            ${list ? this.localize.term('ppPatients_count', list.total) : this.localize.term('ppCommon_loading')}${this.selected.size > 0 ? this.localize.term('ppPatients_selectedCount', this.selected.size) : ''}
          </p>
          ${this.renderActions()}
        </div>
        <pp-invitation-run .api=${this.api} @pp-run-completed=${() => void this.load()}></pp-invitation-run>
        ${list ? html`<div class="table-scroll">${this.renderTable(list.items)}</div>` : nothing}
        ${pages > 1
          ? html`<uui-pagination
              label=${this.localize.term('ppPatients_pages')}
              .total=${pages}
              .current=${this.page}
              @change=${(event: Event) => {
                this.page = (event.target as HTMLElement & { current: number }).current;
                void this.load();
              }}></uui-pagination>`
          : nothing}
      </uui-box>
    `;
  }

  private renderFilters() {
    return html`
      <form class="filters" role="search" @submit=${this.onSearchSubmit}>
        <div class="field">
          <uui-label for="search">${this.localize.term('ppPatients_search')}</uui-label>
          <uui-input id="search" label=${this.localize.term('ppPatients_searchLabel')} placeholder=${this.localize.term('ppPatients_searchPlaceholder')} .value=${this.search} @input=${this.onSearchInput}></uui-input>
        </div>
        <div class="field">
          <uui-label for="chargeband">${this.localize.term('ppPatients_chargeband')}</uui-label>
          <uui-select
            id="chargeband"
            label=${this.localize.term('ppPatients_chargeband')}
            .options=${[
              { name: this.localize.term('ppPatients_allChargebands'), value: '', selected: this.chargebandId === '' },
              ...this.chargebands.value.map((chargeband) => ({ name: chargeband.name, value: chargeband.id, selected: chargeband.id === this.chargebandId })),
            ]}
            @change=${(event: Event) => {
              this.chargebandId = (event.target as HTMLSelectElement).value;
              this.refilter();
            }}></uui-select>
        </div>
        <div class="field">
          <uui-label for="account">${this.localize.term('ppPatients_portalAccount')}</uui-label>
          <uui-select
            id="account"
            label=${this.localize.term('ppPatients_portalAccount')}
            .options=${[
              { name: this.localize.term('ppPatients_accountAny'), value: '', selected: this.account === '' },
              { name: this.localize.term('ppPatients_accountYes'), value: 'true', selected: this.account === 'true' },
              { name: this.localize.term('ppPatients_accountNo'), value: 'false', selected: this.account === 'false' },
            ]}
            @change=${(event: Event) => {
              this.account = (event.target as HTMLSelectElement).value as AccountFilter;
              this.refilter();
            }}></uui-select>
        </div>
      </form>
    `;
  }

  private renderActions() {
    const count = this.selected.size;
    const total = this.list?.total ?? 0;
    const choices: MenuChoice[] = [
      {
        label: count > 0 ? this.localize.term('ppPatients_inviteSelected', count) : this.localize.term('ppPatients_inviteSelectFirst'),
        disabled: count === 0,
        choose: () => this.inviteSelected(),
      },
      { label: this.localize.term('ppPatients_inviteAll', total), disabled: total === 0, choose: () => this.inviteFiltered() },
    ];
    return html`<pp-actions-menu label=${this.localize.term('ppCommon_actions')} .choices=${choices}></pp-actions-menu>`;
  }

  private renderTable(patients: PatientSummary[]) {
    const pageSelected = patients.length > 0 && patients.every((patient) => this.selected.has(patient.id));
    const someSelected = patients.some((patient) => this.selected.has(patient.id));
    const chargebandNames = new Map(this.chargebands.value.map((chargeband) => [chargeband.id, chargeband.name]));
    return html`
      <uui-table aria-label=${this.localize.term('ppPatients_patients')} aria-busy=${this.loading ? 'true' : 'false'}>
        <uui-table-head>
          <uui-table-head-cell class="select">
            <uui-checkbox
              label=${this.localize.term('ppPatients_selectPage')}
              .checked=${pageSelected}
              .indeterminate=${someSelected && !pageSelected}
              @change=${(event: Event) => this.togglePage((event.target as HTMLInputElement).checked)}
              ><span class="visually-hidden">${this.localize.term('ppPatients_selectPage')}</span></uui-checkbox
            >
          </uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppPatients_name')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppPatient_dateOfBirth')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppPatients_chargeband')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppPatients_portalAccount')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppPatient_email')}</uui-table-head-cell>
          <uui-table-head-cell>${this.localize.term('ppPatient_mobile')}</uui-table-head-cell>
        </uui-table-head>
        ${patients.map((patient) => {
          const name = fullName(patient);
          return html`
            <uui-table-row>
              <uui-table-cell class="select">
                <uui-checkbox
                  label=${this.localize.term('ppPatients_select', name)}
                  .checked=${this.selected.has(patient.id)}
                  @change=${(event: Event) => this.toggle(patient.id, (event.target as HTMLInputElement).checked)}
                  ><span class="visually-hidden">${this.localize.term('ppPatients_select', name)}</span></uui-checkbox
                >
              </uui-table-cell>
              <uui-table-cell>
                ${this.patientHref ? html`<a href=${this.patientHref(patient.id)}>${name}</a>` : name}
                ${patient.isFamilyMember ? html`<uui-tag look="secondary">${this.localize.term('ppPatient_familyMember')}</uui-tag>` : nothing}
              </uui-table-cell>
              <uui-table-cell>${formatDateOnly(this.localize, patient.dateOfBirth)}</uui-table-cell>
              <uui-table-cell>${chargebandNames.get(patient.chargebandId) ?? ''}</uui-table-cell>
              <uui-table-cell>${accountLabel(this.localize, patient.accountStatus)}</uui-table-cell>
              <uui-table-cell>${patient.email ?? ''}</uui-table-cell>
              <uui-table-cell>${patient.mobile ?? ''}</uui-table-cell>
            </uui-table-row>
          `;
        })}
      </uui-table>
      ${patients.length === 0 ? html`<p>${this.localize.term('ppPatients_noMatch')}</p>` : nothing}
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: var(--uui-size-space-5, 18px);
        margin-bottom: var(--uui-size-space-4, 12px);
      }
      .field {
        display: grid;
        gap: var(--uui-size-space-2, 6px);
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: var(--uui-size-space-3, 9px);
        align-items: center;
        justify-content: space-between;
      }
      /* At 200% zoom (or on a phone) the table scrolls inside its box; the page and the toolbar stay put. */
      uui-box {
        min-inline-size: 0;
      }
      .table-scroll {
        overflow-x: auto;
        min-inline-size: 0;
      }
      .table-scroll uui-table {
        min-inline-size: 40rem;
      }
      uui-table-head-cell.select,
      uui-table-cell.select {
        width: 3rem;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-patients': PpPatients;
  }
}
