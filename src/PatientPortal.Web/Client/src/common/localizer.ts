import type enGB from '../localization/en-GB.js';

type Sections = typeof enGB;

/** Every key of our dictionaries as the backoffice names them: `section_key`. */
export type PortalTerm = { [S in keyof Sections & string]: `${S}_${keyof Sections[S] & string}` }[keyof Sections & string];

/** A dictionary in another language: the same sections and keys as en-GB, each a text or a text-making function. */
export type PortalDictionary = {
  [S in keyof Sections]: { [K in keyof Sections[S]]: Sections[S][K] extends (...args: infer A) => string ? (...args: A) => string : string };
};

/**
 * What the screens ask for words, dates and numbers: inside the backoffice its own localize controller (the user's
 * language), on the website's admin pages the same dictionaries read by common/plain-localizer.ts. The shape is the
 * backoffice's (term with %0% placeholders or functions, date, number), so one call reads right in both.
 */
export interface Localizer {
  term(key: PortalTerm, ...args: unknown[]): string;
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  number(value: number | string, options?: Intl.NumberFormatOptions): string;
  lang(): string;
}

/** A text with its %0%, %1%... filled, or a function called with the values, as the backoffice does it. */
export function fillTerm(term: unknown, args: unknown[]): string {
  if (typeof term === 'function') {
    return String(term(...args));
  }

  return String(term).replace(/%(\d+)%/g, (match, index: string) => (args[Number(index)] === undefined ? match : String(args[Number(index)])));
}
