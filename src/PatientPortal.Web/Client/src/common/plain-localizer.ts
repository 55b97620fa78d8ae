import enGB from '../localization/en-GB.js';
import esES from '../localization/es-ES.js';
import { fillTerm, type Localizer, type PortalTerm } from './localizer.js';

/** Our dictionaries by culture: the same files the backoffice loads through umbraco-package.json. */
export const dictionaries: Record<string, Record<string, Record<string, unknown>>> = { 'en-GB': enGB, 'es-ES': esES };

const fallbackCulture = 'en-GB';

/**
 * The culture of the page (its `lang`), matched to one we have words for: exactly, else by language (a page in
 * `en` reads en-GB, the practice's), else en-GB.
 */
export function pageCulture(lang: string): string {
  const cultures = Object.keys(dictionaries);
  const exact = cultures.find((culture) => culture.toLowerCase() === lang.toLowerCase());
  const language = lang.split('-')[0].toLowerCase();
  return exact ?? cultures.find((culture) => culture.split('-')[0].toLowerCase() === language) ?? fallbackCulture;
}

/** The website's admin pages: the page's culture, its dictionary, then en-GB's for a key it lacks. */
export class PlainLocalizer implements Localizer {
  lang(): string {
    return pageCulture(document.documentElement.lang || fallbackCulture);
  }

  term(key: PortalTerm, ...args: unknown[]): string {
    const [section, name] = key.split(/_(.*)/s);
    const term = dictionaries[this.lang()]?.[section]?.[name] ?? dictionaries[fallbackCulture][section]?.[name];
    return term === undefined ? key : fillTerm(term, args);
  }

  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.lang(), options).format(new Date(value));
  }

  number(value: number | string, options?: Intl.NumberFormatOptions): string {
    const number = Number(value);
    return Number.isNaN(number) ? '' : new Intl.NumberFormat(this.lang(), options).format(number);
  }
}
