// The Patient Portal screens: plain Lit + Umbraco UI elements that take their API client as a property.
import '@umbraco-ui/uui';

export { ManagementApi } from './api/management-api.js';
export type { Chargeband, PatientAccessMode, Problem } from './api/management-api.js';
export { PpChargebands } from './chargebands/pp-chargebands.js';
