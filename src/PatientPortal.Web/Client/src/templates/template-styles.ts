import { css } from 'lit';

/** The look of the editor's labelled fields and help lines, shared by the editor and its preview. */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: var(--uui-size-space-2, 6px);
    margin-bottom: var(--uui-size-space-4, 12px);
  }
  label {
    font-weight: bold;
  }
  input,
  textarea,
  select {
    font: inherit;
    padding: var(--uui-size-space-2, 6px);
    border: 1px solid var(--uui-color-border-standalone, #c2c2c2);
    border-radius: var(--uui-border-radius, 3px);
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--uui-color-focus, #3879ff);
    outline-offset: 2px;
  }
  /* A problem's "Go to line N", in the editor's problem lists and the preview's. */
  .go-to {
    font: inherit;
    cursor: pointer;
    margin-left: var(--uui-size-space-2, 6px);
    padding: 0 6px;
    color: inherit;
    background: var(--uui-color-surface, #fff);
    border: 1px solid currentColor;
    border-radius: var(--uui-border-radius, 3px);
  }
  .help,
  .meta {
    color: var(--uui-color-text-alt, #515054);
    font-size: 0.9em;
    margin: 0;
  }
`;
