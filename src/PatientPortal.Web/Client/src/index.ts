// The Patient Portal screens outside Umbraco (the website's admin pages): Umbraco UI, then plain Lit elements
// that take their API client as a property. Inside the backoffice, umbraco/umbraco-entry.ts is loaded instead.
import '@umbraco-ui/uui';

export * from './elements.js';
