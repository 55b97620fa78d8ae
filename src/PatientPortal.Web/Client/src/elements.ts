// The screens themselves, without registering Umbraco UI: the website's entry registers it, the backoffice has it.
export { ManagementApi } from './api/management-api.js';
export type * from './api/management-api.js';
export { PpChargebands } from './chargebands/pp-chargebands.js';
export { PpPatients } from './patients/pp-patients.js';
export { PpPatient } from './patients/pp-patient.js';
export { PpInvitationRun } from './patients/pp-invitation-run.js';
export { PpFailedMessages } from './messages/pp-failed-messages.js';
export { PpDeliveryHealth } from './messages/pp-delivery-health.js';
export { PpTemplates } from './templates/pp-templates.js';
export { PpTemplateEditor } from './templates/pp-template-editor.js';
export { PpDashboard } from './dashboard/pp-dashboard.js';
export { PpFunnelChart } from './dashboard/pp-funnel-chart.js';
