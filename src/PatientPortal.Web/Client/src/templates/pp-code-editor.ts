import { ReactiveElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { liquid } from '@codemirror/lang-liquid';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState, type Extension, type Text } from '@codemirror/state';
import { drawSelection, EditorView, keymap, lineNumbers } from '@codemirror/view';

/** A place in the text the server found wrong: 1-based line and column. */
export interface CodeProblem {
  line: number;
  column: number;
  message: string;
}

/** The text changed by typing, pasting, undo or an insertion (not by setting `value`). */
export class CodeInputEvent extends Event {
  constructor(readonly value: string) {
    super('pp-code-input', { bubbles: true, composed: true });
  }
}

/**
 * A CodeMirror 6 editor for one template text: Liquid over HTML for an email body, plain text for an SMS, or a single
 * line (a subject, where Enter submits the form as an input would). No Tab binding, so Tab leaves the editor.
 * Rendered without a shadow root of its own: its content names its label and problem lists by id (aria-labelledby,
 * aria-describedby), which must be in the same root as it, the editor's.
 */
@customElement('pp-code-editor')
export class PpCodeEditor extends ReactiveElement {
  @property() value = '';
  @property() language: 'liquid-html' | 'text' = 'text';
  @property({ type: Boolean }) singleLine = false;
  /** Ids of the content (what focus and the label find) and of the elements that name and describe it. */
  @property() contentId = '';
  @property() labelledBy = '';
  @property() describedBy = '';
  @property({ type: Boolean }) invalid = false;
  @property({ attribute: false }) problems: CodeProblem[] = [];

  private view?: EditorView;
  private readonly ariaCompartment = new Compartment();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.view ??= new EditorView({ parent: this, state: this.createState(this.value) });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.destroy();
    this.view = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const view = this.view;
    if (!view) {
      return;
    }

    // A new text from outside (loaded, reloaded, reverted) starts a fresh undo history.
    const fresh = changed.has('language') || changed.has('singleLine') || (changed.has('value') && this.value !== view.state.doc.toString());
    if (fresh) {
      view.setState(this.createState(this.value));
    } else if (changed.has('contentId') || changed.has('labelledBy') || changed.has('describedBy') || changed.has('invalid')) {
      view.dispatch({ effects: this.ariaCompartment.reconfigure(this.attributeExtensions()) });
    }

    // Marked where the server found them in the text it was sent; typing since moves the marks with the text.
    if (fresh || changed.has('problems')) {
      view.dispatch(setDiagnostics(view.state, this.problems.map((problem) => diagnosticAt(view.state.doc, problem))));
    }
  }

  override focus(): void {
    this.view?.focus();
  }

  /** Puts `text` in place of the selection, the cursor after it, and the keyboard back in the editor. */
  insert(text: string): void {
    if (this.view) {
      this.view.dispatch(this.view.state.replaceSelection(text), { scrollIntoView: true });
      this.view.focus();
    }
  }

  /** The 1-based line the cursor is on. */
  get cursorLine(): number {
    return this.view ? this.view.state.doc.lineAt(this.view.state.selection.main.head).number : 1;
  }

  /** Focuses the editor, its cursor at a 1-based line and column (clamped to the text) when given one. */
  goTo(line: number | null, column: number | null = 1): void {
    if (this.view && line !== null) {
      this.view.dispatch({ selection: { anchor: offsetAt(this.view.state.doc, line, column ?? 1) }, scrollIntoView: true });
    }

    this.view?.focus();
  }

  private createState(text: string): EditorState {
    const extensions: Extension[] = [
      history(),
      drawSelection(),
      keymap.of([...historyKeymap, ...defaultKeymap]),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      EditorView.lineWrapping,
      EditorView.updateListener.of((update) => {
        if (update.docChanged) {
          this.value = update.state.doc.toString();
          this.dispatchEvent(new CodeInputEvent(this.value));
        }
      }),
      this.ariaCompartment.of(this.attributeExtensions()),
      editorTheme,
    ];
    if (this.singleLine) {
      extensions.push(oneLine, keymap.of([{ key: 'Enter', run: () => (this.closest('form')?.requestSubmit(), true) }]));
    } else {
      extensions.push(lineNumbers(), lintGutter());
    }

    if (this.language === 'liquid-html') {
      extensions.push(liquid());
    }

    return EditorState.create({ doc: text, extensions });
  }

  private attributeExtensions(): Extension {
    const attributes: Record<string, string> = {
      'aria-labelledby': this.labelledBy,
      'aria-describedby': this.describedBy,
      'aria-invalid': this.invalid ? 'true' : 'false',
      'aria-multiline': this.singleLine ? 'false' : 'true',
      // Prose (an SMS, a subject) is spell-checked; HTML markup would be all underlines.
      spellcheck: this.language === 'text' ? 'true' : 'false',
    };
    if (this.contentId) {
      attributes['id'] = this.contentId;
    }

    return [EditorView.contentAttributes.of(attributes), EditorView.editorAttributes.of({ class: this.invalid ? 'pp-invalid' : '' })];
  }
}

/** Line breaks typed or pasted into a one-line text become spaces. */
const oneLine = EditorState.transactionFilter.of((transaction) => {
  if (!transaction.docChanged || transaction.newDoc.lines === 1) {
    return transaction;
  }

  const text = transaction.newDoc.toString();
  return [transaction, { changes: { from: 0, to: text.length, insert: text.replace(/\r?\n/g, ' ') }, sequential: true }];
});

function offsetAt(doc: Text, line: number, column: number): number {
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return at.from + Math.min(Math.max(column - 1, 0), at.length);
}

/** A problem marked from its column to the end of the word there (the server gives a point, not a range). */
function diagnosticAt(doc: Text, problem: CodeProblem): Diagnostic {
  const from = offsetAt(doc, problem.line, problem.column);
  const rest = doc.sliceString(from, doc.lineAt(from).to);
  return { from, to: from + (/^[\w.]+/.exec(rest)?.[0].length ?? 0), severity: 'error', message: problem.message };
}

const editorTheme = EditorView.theme({
  '&': {
    border: '1px solid var(--uui-color-border-standalone, #c2c2c2)',
    borderRadius: 'var(--uui-border-radius, 3px)',
    background: 'var(--uui-color-surface, #fff)',
  },
  '&.pp-invalid': { borderColor: 'var(--uui-color-danger, #d42054)' },
  '&.cm-focused': { outline: '2px solid var(--uui-color-focus, #3879ff)', outlineOffset: '2px' },
  '.cm-content': { fontFamily: 'ui-monospace, monospace', padding: 'var(--uui-size-space-2, 6px) 0' },
  '.cm-scroller': { maxHeight: '32rem', overflow: 'auto' },
  '.cm-gutters': { color: 'var(--uui-color-text-alt, #515054)' },
});

declare global {
  interface HTMLElementTagNameMap {
    'pp-code-editor': PpCodeEditor;
  }
}
