import { css, html, nothing } from 'lit';
import type { Problem, TemplateProblem } from '../api/management-api.js';
import type { Localizer } from '../common/localizer.js';
import type { CodeInputEvent, PpCodeEditor } from './pp-code-editor.js';
import { codeProblems, type Field, fieldProblems, located } from './template-problems.js';
import './pp-code-editor.js';

/** What the editor's fields show and where their typing, focus and "Go to line" go. */
export interface FieldsView {
  localize: Localizer;
  problem?: Problem;
  subject: string;
  body: string;
  isEmail: boolean;
  onInput(field: Field, value: string): void;
  onFocus(field: Field): void;
  goTo(problem: TemplateProblem): void;
}

/** A refused save's title, and problems of fields this editor does not show (none expected), focusable. */
export function renderSaveProblem(l: Localizer, problem: Problem | undefined) {
  if (!problem) {
    return nothing;
  }

  const other = (problem.problems ?? []).filter((each) => each.field !== 'subject' && each.field !== 'body');
  return html`
    <div id="save-problem" class="error" role="alert" tabindex="-1">
      <p>${problem.title}</p>
      ${other.length > 0 ? html`<ul>${other.map((each) => html`<li>${located(l, each)}</li>`)}</ul>` : nothing}
    </div>
  `;
}

/** Someone else's save came first: what they saved, and Reload, which drops this admin's text. */
export function renderConflict(l: Localizer, message: string, reload: () => void) {
  return html`
    <div class="conflict" role="alert">
      <p>${l.term('ppTemplates_conflict', message)}</p>
      <uui-button look="secondary" label=${l.term('ppTemplates_reload')} @click=${reload}></uui-button>
    </div>
  `;
}

export function renderSubject(view: FieldsView) {
  return renderField(view, 'subject', view.localize.term('ppTemplates_subject'), view.subject);
}

export function renderBody(view: FieldsView) {
  const l = view.localize;
  const help = html`<p id="body-help" class="help">
    ${l.term('ppTemplates_liquid')} <code>{{ token }}</code> ${l.term('ppTemplates_liquidValue')} <code>{% if patient.has_account %}…{% else %}…{% endif %}</code>
    ${l.term('ppTemplates_liquidChoice')}
  </p>`;
  return renderField(view, 'body', l.term(view.isEmail ? 'ppTemplates_bodyEmail' : 'ppTemplates_bodySms'), view.body, help);
}

/** A labelled code editor with its problems beside it, all in one shadow root so its aria ids resolve. */
function renderField(view: FieldsView, field: Field, label: string, value: string, help?: unknown) {
  const problems = fieldProblems(view.problem, field);
  const isBody = field === 'body';
  // The label is not a <label for>: a contenteditable is not labelable, so a click on it focuses the editor by hand.
  const focusEditor = (event: Event) => (event.currentTarget as HTMLElement).parentElement?.querySelector<PpCodeEditor>('pp-code-editor')?.focus();
  return html`
    <div class="field">
      <label id=${`${field}-label`} @click=${focusEditor}>${label}</label>
      <pp-code-editor
        class=${isBody && view.isEmail ? 'email-body' : field}
        .value=${value}
        .language=${isBody && view.isEmail ? 'liquid-html' : 'text'}
        .singleLine=${!isBody}
        .contentId=${field}
        .labelledBy=${`${field}-label`}
        .describedBy=${isBody ? 'body-problems body-help' : 'subject-problems'}
        .invalid=${problems.length > 0}
        .problems=${codeProblems(problems)}
        @pp-code-input=${(event: CodeInputEvent) => view.onInput(field, event.value)}
        @focusin=${() => view.onFocus(field)}></pp-code-editor>
      ${help ?? nothing} ${renderProblems(view, field, problems)}
    </div>
  `;
}

/** A field's problems, each with a place in the text also a button that puts the cursor there. */
function renderProblems(view: FieldsView, field: Field, problems: TemplateProblem[]) {
  const l = view.localize;
  return html`<ul id=${`${field}-problems`} class="problems error" ?hidden=${problems.length === 0}>
    ${problems.map(
      (problem) =>
        html`<li>
          ${located(l, problem)}
          ${problem.line !== null
            ? html`<button type="button" class="go-to" @click=${() => view.goTo(problem)}>${l.term('ppTemplates_goToLine', problem.line)}</button>`
            : nothing}
        </li>`,
    )}
  </ul>`;
}

export const editorFieldStyles = css`
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(14rem, 1fr);
    gap: var(--uui-size-space-5, 18px);
  }
  .actions {
    display: flex;
    align-items: center;
    gap: var(--uui-size-space-4, 12px);
  }
  pp-code-editor {
    display: block;
  }
  pp-code-editor.body .cm-content {
    min-height: 8rem;
  }
  pp-code-editor.email-body .cm-content {
    min-height: 20rem;
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
