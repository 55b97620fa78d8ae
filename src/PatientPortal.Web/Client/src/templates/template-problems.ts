import type { Problem, TemplateProblem } from '../api/management-api.js';

/** The two texts a template has; a problem names the one it is in. */
export type Field = 'subject' | 'body';

/** "Line 2, column 16: …", or the message alone for a problem of the whole text. */
export function located(problem: TemplateProblem): string {
  return problem.line !== null ? `Line ${problem.line}, column ${problem.column ?? 1}: ${problem.message}` : problem.message;
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

/** The offset in `text` of a 1-based line and column. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) {
      return text.length;
    }

    offset = next + 1;
  }

  return Math.min(offset + column - 1, text.length);
}
