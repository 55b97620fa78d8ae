import { LitElement, html } from '@umbraco-cms/backoffice/external/lit';
import { UmbElementMixin } from '@umbraco-cms/backoffice/element-api';
import { umbConfirmModal } from '@umbraco-cms/backoffice/modal';
import { UMB_NOTIFICATION_CONTEXT, type UmbNotificationContext } from '@umbraco-cms/backoffice/notification';
import type { ConfirmRequest, Notice } from '../common/portal-element.js';

/**
 * The screens' base inside the backoffice (vite.config.ts puts it in place of common/portal-element.ts): an Umbraco
 * element, so words come from the backoffice's localize controller in the user's language, confirmations open in
 * Umbraco's modal manager and results show in its notifications. Its `localize` is Umbraco's controller, whose
 * term, date and number are the calls common/localizer.ts describes.
 */
export class PortalElement extends UmbElementMixin(LitElement) {
  #notifications?: UmbNotificationContext;

  constructor() {
    super();
    this.consumeContext(UMB_NOTIFICATION_CONTEXT, (context) => (this.#notifications = context));
  }

  async confirmAction(request: ConfirmRequest): Promise<boolean> {
    try {
      // A text would be read as HTML by the modal: always hand it a template, which escapes names and addresses.
      const content = typeof request.content === 'string' ? html`${request.content}` : request.content;
      await umbConfirmModal(this, { ...request, content, cancelLabel: this.localize.term('ppCommon_cancel') });
      return true;
    } catch {
      return false;
    }
  }

  notify(notice: Notice): boolean {
    if (!this.#notifications) {
      return false;
    }

    this.#notifications.peek(notice.color, { data: { message: notice.message } });
    return true;
  }
}
