import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Problem, TemplateProblem } from '../api/management-api.js';
import { type Field, fieldProblems, located } from './template-problems.js';

/** What the editor's fields show and where their typing and focus go. */
export interface FieldsView {
  problem?: Problem;
  subject: string;
  body: string;
  isEmail: boolean;
  onInput(field: Field, event: Event): void;
  onFocus(field: Field): void;
}

/** A refused save's title, and problems of fields this editor does not show (none expected), focusable. */
export function renderSaveProblem(problem: Problem | undefined) {
  if (!problem) {
    return nothing;
  }

  const other = (problem.problems ?? []).filter((each) => each.field !== 'subject' && each.field !== 'body');
  return html`
    <div id="save-problem" class="error" role="alert" tabindex="-1">
      <p>${problem.title}</p>
      ${other.length > 0 ? html`<ul>${other.map((each) => html`<li>${located(each)}</li>`)}</ul>` : nothing}
    </div>
  `;
}

/** Someone else's save came first: what they saved, and Reload, which drops this admin's text. */
export function renderConflict(message: string, reload: () => void) {
  return html`
    <div class="conflict" role="alert">
      <p>Someone else saved this template while you were editing it. ${message}</p>
      <uui-button look="secondary" label="Reload the saved template (your changes are dropped)" @click=${reload}></uui-button>
    </div>
  `;
}

export function renderSubject(view: FieldsView) {
  const problems = fieldProblems(view.problem, 'subject');
  return html`
    <div class="field">
      <label for="subject">Subject</label>
      <input
        id="subject"
        name="subject"
        autocomplete="off"
        spellcheck="true"
        .value=${live(view.subject)}
        aria-invalid=${problems.length > 0 ? 'true' : 'false'}
        aria-describedby="subject-problems"
        @input=${(event: Event) => view.onInput('subject', event)}
        @focus=${() => view.onFocus('subject')} />
      ${renderProblems('subject-problems', problems)}
    </div>
  `;
}

export function renderBody(view: FieldsView) {
  const problems = fieldProblems(view.problem, 'body');
  return html`
    <div class="field">
      <label for="body">${view.isEmail ? 'Body (HTML)' : 'Text message'}</label>
      <textarea
        id="body"
        name="body"
        rows=${view.isEmail ? 16 : 6}
        spellcheck="true"
        .value=${live(view.body)}
        aria-invalid=${problems.length > 0 ? 'true' : 'false'}
        aria-describedby="body-problems body-help"
        @input=${(event: Event) => view.onInput('body', event)}
        @focus=${() => view.onFocus('body')}></textarea>
      <p id="body-help" class="help">Liquid: <code>{{ token }}</code> inserts a value, <code>{% if patient.has_account %}…{% else %}…{% endif %}</code> chooses text.</p>
      ${renderProblems('body-problems', problems)}
    </div>
  `;
}

/** A field's problems, beside it: its aria-describedby names the list, so both must render in one shadow root. */
function renderProblems(id: string, problems: TemplateProblem[]) {
  return html`<ul id=${id} class="problems error" ?hidden=${problems.length === 0}>
    ${problems.map((problem) => html`<li>${located(problem)}</li>`)}
  </ul>`;
}

export const editorFieldStyles = css`
  textarea {
    font-family: ui-monospace, monospace;
    resize: vertical;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--uui-color-danger, #d42054);
  }
  #save-problem:focus-visible {
    outline: 2px solid var(--uui-color-focus, #3879ff);
    outline-offset: 2px;
  }
  .problems {
    margin: 0;
    padding-left: 1.2em;
  }
  .conflict {
    border: 1px solid var(--uui-color-warning, #fbd142);
    padding: var(--uui-size-space-3, 9px);
    margin-bottom: var(--uui-size-space-4, 12px);
  }
`;
