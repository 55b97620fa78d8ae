import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

/** One choice of a menu: its words (also its accessible name), whether it can be chosen now, and what it does. */
export interface MenuChoice {
  label: string;
  disabled?: boolean;
  choose: () => void;
}

/**
 * A menu button as WAI-ARIA's menu button pattern has it: Enter, Space or Down opens the menu on its first choice
 * (Up on its last); Down and Up move between choices (wrapping), Home and End go to the ends; Enter or Space
 * chooses; Escape closes it and puts focus back on the button; Tab closes it and moves on. A choice that cannot be
 * used now stays in the menu (it says why) but does nothing.
 */
@customElement('pp-actions-menu')
export class PpActionsMenu extends LitElement {
  @property() label = '';
  @property({ attribute: false }) choices: MenuChoice[] = [];

  @state() private open = false;

  @query('#toggle') private toggle?: HTMLElement;
  @query('#menu') private menu?: HTMLElement & { showPopover(): void; hidePopover(): void };

  /** Where focus goes when the menu opens: the first choice, or the last after Up. */
  private focusOnOpen: 'first' | 'last' = 'first';

  private get items(): HTMLButtonElement[] {
    return [...(this.renderRoot.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? [])];
  }

  private onToggleKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.focusOnOpen = event.key === 'ArrowUp' ? 'last' : 'first';
      if (this.open) {
        this.focusItem(this.focusOnOpen === 'first' ? 0 : this.items.length - 1);
      } else {
        this.menu?.showPopover();
      }
    }
  }

  private onToggle(event: Event): void {
    this.open = (event as ToggleEvent).newState === 'open';
    if (this.open) {
      this.focusItem(this.focusOnOpen === 'first' ? 0 : this.items.length - 1);
      this.focusOnOpen = 'first';
    }
  }

  private onMenuKey(event: KeyboardEvent): void {
    const items = this.items;
    const current = items.indexOf(this.renderRoot.querySelector<HTMLButtonElement>('[role=menuitem]:focus') ?? items[0]);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      this.focusItem((moves[event.key] + items.length) % items.length);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.close(true);
    } else if (event.key === 'Tab') {
      this.close(false);
    }
  }

  private focusItem(index: number): void {
    this.items[index]?.focus();
  }

  private choose(choice: MenuChoice): void {
    if (choice.disabled) {
      return;
    }

    this.close(true);
    choice.choose();
  }

  /** Closes the menu; focus goes back to the button unless it is moving on by itself (Tab). */
  private close(refocus: boolean): void {
    if (this.open) {
      this.menu?.hidePopover();
    }

    if (refocus) {
      this.toggle?.focus();
    }
  }

  override render() {
    return html`
      <uui-button id="toggle" look="outline" label=${this.label} popovertarget="menu" @keydown=${this.onToggleKey}
        >${this.label} <uui-symbol-expand ?open=${this.open}></uui-symbol-expand
      ></uui-button>
      <uui-popover-container id="menu" placement="bottom-end" @toggle=${this.onToggle}>
        <div class="menu" role="menu" aria-label=${this.label} @keydown=${this.onMenuKey}>
          ${this.choices.map(
            (choice) => html`<button type="button" role="menuitem" tabindex="-1" aria-disabled=${choice.disabled ? 'true' : 'false'} @click=${() => this.choose(choice)}>
              ${choice.label}
            </button>`,
          )}
        </div>
      </uui-popover-container>
    `;
  }

  static override styles = css`
    :host {
      display: inline-block;
    }
    .menu {
      display: grid;
      min-inline-size: 18rem;
      padding: var(--uui-size-space-2, 6px) 0;
      background: var(--uui-color-surface, #fff);
      border-radius: var(--uui-border-radius, 3px);
      box-shadow: var(--uui-shadow-depth-3, 0 10px 20px rgba(0, 0, 0, 0.19));
    }
    [role='menuitem'] {
      font: inherit;
      text-align: start;
      border: none;
      background: none;
      color: var(--uui-color-text, #1b264f);
      padding: var(--uui-size-space-3, 9px) var(--uui-size-space-5, 18px);
      cursor: pointer;
    }
    [role='menuitem']:hover,
    [role='menuitem']:focus {
      background: var(--uui-color-surface-emphasis, #f3f3f5);
    }
    [role='menuitem']:focus-visible {
      outline: 2px solid var(--uui-color-focus, #3879ff);
      outline-offset: -2px;
    }
    [role='menuitem'][aria-disabled='true'] {
      color: var(--uui-color-disabled-contrast, #6b6b6b);
      cursor: default;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-actions-menu': PpActionsMenu;
  }
}
