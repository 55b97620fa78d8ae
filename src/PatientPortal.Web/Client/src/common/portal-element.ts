import { LitElement, type TemplateResult } from 'lit';
import type { Localizer } from './localizer.js';
import { PlainLocalizer } from './plain-localizer.js';
import { plainConfirm } from './plain-confirm.js';

/** A question before an action that cannot be undone: what it does, to whom, and the button that does it. */
export interface ConfirmRequest {
  headline: string;
  content: TemplateResult | string;
  confirmLabel: string;
  color?: 'positive' | 'danger';
}

/** What an action did, said once. */
export interface Notice {
  color: 'positive' | 'danger';
  message: string;
}

/** What every screen asks of the page it is on: words, a confirmation, a notification. */
export interface PortalHost {
  readonly localize: Localizer;
  confirmAction(request: ConfirmRequest): Promise<boolean>;
  notify(notice: Notice): boolean;
}

/**
 * The screens' base on the website's admin pages. The backoffice build swaps this module for
 * umbraco/portal-element.ts (vite.config.ts), whose base asks Umbraco's localization, modal manager and
 * notifications instead; the screens call the same three members either way.
 */
export class PortalElement extends LitElement implements PortalHost {
  readonly localize: Localizer = new PlainLocalizer();

  /** Answers true when the admin confirms, false when they cancel. */
  confirmAction(request: ConfirmRequest): Promise<boolean> {
    return plainConfirm(request, this.localize);
  }

  /** The admin pages have no notifications: false, so the screen says it in its own status line. */
  notify(notice: Notice): boolean {
    void notice;
    return false;
  }
}
