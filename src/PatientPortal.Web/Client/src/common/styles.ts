import { css } from 'lit';

/** What every screen shares: error text, count lists, and a focus ring that is always visible on links. */
export const sharedStyles = css`
  :host {
    display: grid;
    gap: var(--uui-size-space-5, 18px);
  }
  /* Without this the display above wins over the hidden attribute, and a hidden screen stays on the page. */
  :host([hidden]) {
    display: none;
  }
  .error {
    color: var(--uui-color-danger, #d42054);
  }
  .counts {
    display: grid;
    grid-template-columns: max-content max-content;
    gap: var(--uui-size-space-1, 3px) var(--uui-size-space-5, 18px);
  }
  .counts dd {
    margin: 0;
    font-weight: bold;
    text-align: right;
  }
  a {
    color: var(--uui-color-interactive, #1b264f);
  }
  a:focus-visible {
    outline: 2px solid var(--uui-color-focus, #3879ff);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
