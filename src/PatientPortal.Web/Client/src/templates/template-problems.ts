import type { Problem, TemplateProblem } from '../api/management-api.js';
import type { Localizer } from '../common/localizer.js';
import type { CodeProblem } from './pp-code-editor.js';

/** The two texts a template has; a problem names the one it is in. */
export type Field = 'subject' | 'body';

/** "Line 2, column 16: …", or the message alone for a problem of the whole text. */
export function located(l: Localizer, problem: TemplateProblem): string {
  return problem.line !== null ? l.term('ppTemplates_located', problem.line, problem.column ?? 1, problem.message) : problem.message;
}

/** The problems that have a place in the text, as the code editor marks them. */
export function codeProblems(problems: TemplateProblem[]): CodeProblem[] {
  return problems.flatMap((problem) => (problem.line !== null ? [{ line: problem.line, column: problem.column ?? 1, message: problem.message }] : []));
}

/** A problem of a whole field, for answers that carry only validation messages. */
export function wholeProblem(field: string, message: string): TemplateProblem {
  return { field, line: null, column: null, kind: 'Unknown', message };
}

/** The problems of one field in a refused save: the located ones when the answer has them, else its messages. */
export function fieldProblems(problem: Problem | undefined, field: Field): TemplateProblem[] {
  if (!problem) {
    return [];
  }

  if (problem.problems) {
    return problem.problems.filter((each) => each.field === field);
  }

  return (problem.errors[field] ?? []).map((message) => wholeProblem(field, message));
}

/** Every problem of an answer, located where it can be, and at least its title. */
export function allProblems(problem: Problem): TemplateProblem[] {
  const problems = problem.problems ?? Object.entries(problem.errors).flatMap(([field, messages]) => messages.map((message) => wholeProblem(field, message)));
  return problems.length > 0 ? problems : [wholeProblem('body', problem.title)];
}

/** What a refused save over someone else's says about their version, else its title. */
export function conflictMessage(problem: Problem): string {
  return problem.errors['expectedVersion']?.[0] ?? problem.title;
}
