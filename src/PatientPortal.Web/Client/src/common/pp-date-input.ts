import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Localizer } from './localizer.js';

type Part = 'day' | 'month' | 'year';

/**
 * A date field written the user's way: 01/12/2026 for a UK user, 12/01/2026 in the US, the numeric order of their
 * culture (a browser's own date input follows the browser's language, not the user's). `value` is the date as the
 * API takes it (yyyy-mm-dd); a change fires `change` once the text is a real date.
 */
@customElement('pp-date-input')
export class PpDateInput extends LitElement {
  @property() value = '';
  @property() label = '';
  @property({ attribute: false }) localize?: Localizer;
  /** An empty field is no date (value ''), not a mistake. */
  @property({ type: Boolean }) optional = false;

  @state() private invalid = false;

  private get culture(): string {
    return this.localize?.lang() ?? 'en-GB';
  }

  /** The culture's order of day, month and year, and what stands between them. */
  private get parts(): { order: Part[]; separator: string } {
    const parts = new Intl.DateTimeFormat(this.culture, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2026, 11, 31)));
    const order = parts.filter((part) => part.type === 'day' || part.type === 'month' || part.type === 'year').map((part) => part.type as Part);
    return { order, separator: parts.find((part) => part.type === 'literal')?.value ?? '/' };
  }

  private get pattern(): string {
    const { order, separator } = this.parts;
    return order.map((part) => this.localize?.term(`ppCommon_pattern_${part}`) ?? part).join(separator);
  }

  private display(iso: string): string {
    const [year, month, day] = iso.split('-').map(Number);
    return iso ? new Intl.DateTimeFormat(this.culture, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day))) : '';
  }

  /** The text as yyyy-mm-dd, or undefined when it is not a date in the culture's order. */
  private parse(text: string): string | undefined {
    const numbers = text.trim().split(/\D+/).filter((part) => part).map(Number);
    if (numbers.length !== 3) {
      return undefined;
    }

    const found = Object.fromEntries(this.parts.order.map((part, index) => [part, numbers[index]])) as Record<Part, number>;
    const date = new Date(Date.UTC(found.year, found.month - 1, found.day));
    const real = found.year > 999 && date.getUTCFullYear() === found.year && date.getUTCMonth() === found.month - 1 && date.getUTCDate() === found.day;
    return real ? date.toISOString().slice(0, 10) : undefined;
  }

  private onChange(event: Event): void {
    event.stopPropagation();
    const text = (event.target as HTMLInputElement).value;
    const parsed = this.optional && text.trim() === '' ? '' : this.parse(text);
    this.invalid = parsed === undefined;
    if (parsed !== undefined) {
      this.value = parsed;
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  override render() {
    const pattern = this.pattern;
    return html`
      <uui-input label=${this.label} placeholder=${pattern} .value=${this.display(this.value)} ?error=${this.invalid} @change=${this.onChange}></uui-input>
      <span class="hint">${pattern}</span>
      ${this.invalid ? html`<span role="alert" class="error">${this.localize?.term('ppCommon_dateInvalid', pattern)}</span>` : nothing}
    `;
  }

  static override styles = css`
    :host {
      display: grid;
      gap: var(--uui-size-space-1, 3px);
    }
    .hint {
      font-size: 0.85em;
      color: var(--uui-color-text-alt, #515054);
    }
    .error {
      color: var(--uui-color-danger, #d42054);
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-date-input': PpDateInput;
  }
}
