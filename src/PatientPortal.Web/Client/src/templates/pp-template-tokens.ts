import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TemplateToken } from '../api/management-api.js';
import { PortalElement } from '../common/portal-element.js';
import { sharedStyles } from '../common/styles.js';
import { fieldStyles } from './template-styles.js';

/** Asks the editor to insert a token at its cursor. */
export class TokenPickedEvent extends Event {
  constructor(readonly token: TemplateToken) {
    super('pp-token-picked', { bubbles: true, composed: true });
  }
}

/** The tokens a template's purpose may use, by kind, each a button that asks for it to be inserted. */
@customElement('pp-template-tokens')
export class PpTemplateTokens extends PortalElement {
  @property({ attribute: false }) tokens: TemplateToken[] = [];
  @property({ type: Boolean }) hasSubject = false;

  override render() {
    const l = this.localize;
    const groups: { kind: TemplateToken['kind']; heading: string }[] = [
      { kind: 'Trd', heading: l.term('ppTemplates_tokensTrd') },
      { kind: 'Data', heading: l.term('ppTemplates_tokensData') },
    ];
    return html`
      <section class="tokens" aria-labelledby="tokens-heading">
        <h3 id="tokens-heading">${l.term('ppTemplates_tokensHeading')}</h3>
        <p class="help">${l.term(this.hasSubject ? 'ppTemplates_tokensHelpSubject' : 'ppTemplates_tokensHelp')}</p>
        ${groups.map(({ kind, heading }) => {
          const tokens = this.tokens.filter((token) => token.kind === kind);
          return tokens.length === 0
            ? nothing
            : html`
                <h4>${heading}</h4>
                <ul role="list">
                  ${tokens.map(
                    (token) => html`
                      <li>
                        <button
                          type="button"
                          class="token"
                          aria-label=${l.term('ppTemplates_insertToken', token.name)}
                          aria-describedby=${`token-${token.name}`}
                          @click=${() => this.dispatchEvent(new TokenPickedEvent(token))}>
                          <code>{{ ${token.name} }}</code>
                        </button>
                        <span id=${`token-${token.name}`} class="help">${token.description}</span>
                      </li>
                    `,
                  )}
                </ul>
              `;
        })}
      </section>
    `;
  }

  static override styles = [
    sharedStyles,
    fieldStyles,
    css`
      .tokens ul {
        list-style: none;
        padding: 0;
        margin: 0 0 var(--uui-size-space-4, 12px);
        display: grid;
        gap: var(--uui-size-space-2, 6px);
      }
      .tokens li {
        display: grid;
      }
      .token {
        justify-self: start;
        font: inherit;
        cursor: pointer;
        background: var(--uui-color-surface-alt, #f3f3f5);
        border: 1px solid var(--uui-color-border, #d8d7d9);
        border-radius: var(--uui-border-radius, 3px);
        padding: 2px 6px;
      }
      .token:hover {
        background: var(--uui-color-surface-emphasis, #e9e9eb);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-template-tokens': PpTemplateTokens;
  }
}
