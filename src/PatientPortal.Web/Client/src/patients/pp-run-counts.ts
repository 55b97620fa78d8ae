import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DryRun } from '../api/management-api.js';
import type { Localizer } from '../common/localizer.js';
import { sharedStyles } from '../common/styles.js';
import { outcomeLabel, skipOutcomes } from '../common/words.js';

/** What a bulk run would do, from its dry run: in the question before it starts, or when it would send nothing. */
@customElement('pp-run-counts')
export class PpRunCounts extends LitElement {
  @property({ attribute: false }) dryRun?: DryRun;
  @property({ attribute: false }) localize?: Localizer;

  override render() {
    const dryRun = this.dryRun;
    const l = this.localize;
    if (!dryRun || !l) {
      return nothing;
    }

    const skips = skipOutcomes.filter((outcome) => dryRun.outcomes[outcome] > 0);
    return html`
      <dl class="counts" aria-label=${l.term('ppRun_countsLabel')}>
        <dt>${l.term('ppRun_patients')}</dt>
        <dd>${l.number(dryRun.total)}</dd>
        <dt>${l.term('ppRun_willInvite')}</dt>
        <dd data-outcome="Invited">${l.number(dryRun.outcomes.Invited)}</dd>
        <dt>${l.term('ppRun_willReset')}</dt>
        <dd data-outcome="ResetSent">${l.number(dryRun.outcomes.ResetSent)}</dd>
        ${skips.map((outcome) => html`<dt>${outcomeLabel(l, outcome)}</dt><dd data-outcome=${outcome}>${l.number(dryRun.outcomes[outcome])}</dd>`)}
      </dl>
      ${dryRun.sharedContacts > 0 ? html`<p>${l.term('ppRun_sharedContacts', dryRun.sharedContacts)}</p>` : nothing}
    `;
  }

  static override styles = sharedStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-run-counts': PpRunCounts;
  }
}
