import type { AccountStatus, InviteOutcome, MessageStatus } from '../api/management-api.js';

/** The words the practice uses for what the API answers as enum names. */
export const outcomeLabels: Record<InviteOutcome, string> = {
  Invited: 'Invited',
  ResetSent: 'Password reset sent',
  SkippedFamilyMember: 'Skipped: family member',
  SkippedNoContactDetails: 'Skipped: no contact details',
  SkippedNoConsent: 'Skipped: no consent',
  SkippedInvitedRecently: 'Skipped: invited recently',
  SkippedOptedOut: 'Skipped: opted out',
};

export const skipOutcomes: InviteOutcome[] = ['SkippedFamilyMember', 'SkippedNoContactDetails', 'SkippedNoConsent', 'SkippedInvitedRecently', 'SkippedOptedOut'];

export const accountLabels: Record<AccountStatus, string> = {
  None: 'No account',
  PendingConfirmation: 'Waiting for email confirmation',
  Invited: 'Invited',
  Active: 'Active',
  Locked: 'Locked',
};

export const messageStatusLabels: Record<MessageStatus, string> = {
  Pending: 'Waiting to send',
  Sending: 'Sending',
  Sent: 'Sent',
  Delivered: 'Delivered',
  Failed: 'Failed',
  Suppressed: 'Not sent',
  PossiblySent: 'Possibly sent',
};

const purposeLabels: Record<string, string> = {
  PortalAccess: 'Portal invitation',
  PasswordReset: 'Password reset',
  PaymentInAdvance: 'Payment in advance',
  Recall: 'Recall',
  PortalInvitation: 'Portal invitation',
  SignUpConfirmation: 'Sign-up confirmation',
  EmailChangeConfirmation: 'New email address confirmation',
  AlreadyRegistered: 'Already registered',
  CallBackRequest: 'Call back request (to the practice)',
  InvitationAppendix: 'Invitation appendix (TRD92)',
  EmailLayout: 'Email layout (every email)',
};

export const channelLabels: Record<string, string> = { Email: 'Email', Sms: 'SMS' };

export const smsEncodingLabels: Record<string, string> = { Gsm7: 'GSM-7', Ucs2: 'UCS-2' };

/** "154 characters · GSM-7 · 1 segment", as the SMS counter reads. */
export function describeSmsLength(length: { characters: number; encoding: string; segments: number }): string {
  const characters = `${length.characters} ${length.characters === 1 ? 'character' : 'characters'}`;
  const segments = `${length.segments} ${length.segments === 1 ? 'segment' : 'segments'}`;
  return `${characters} · ${smsEncodingLabels[length.encoding] ?? length.encoding} · ${segments}`;
}

export function purposeLabel(purpose: string): string {
  return purposeLabels[purpose] ?? purpose.replace(/([a-z])([A-Z])/g, '$1 $2');
}

export function fullName(patient: { title: string | null; givenName: string; familyName: string }): string {
  return [patient.title, patient.givenName, patient.familyName].filter((part) => part).join(' ');
}

export function formatDate(value: string | null): string {
  return value ? new Date(value).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }) : '';
}

export function formatDateTime(value: string | null): string {
  return value
    ? new Date(value).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
    : '';
}

/** When and how a mobile number stopped our texts, for the patient profile. */
export function smsOptOutLabel(detail: { smsOptedOutAt: string | null; smsOptOutSource: string | null; smsOptOutKeyword: string | null }): string {
  const when = `Opted out of texts ${formatDateTime(detail.smsOptedOutAt)}`;
  switch (detail.smsOptOutSource) {
    case 'Reply':
      return `${when}: replied “${detail.smsOptOutKeyword ?? 'STOP'}”. A reply of START lets texts go again.`;
    case 'ProviderRefusal':
      return `${when}: Twilio refused a text to this number (error 21610, it had opted out with Twilio).`;
    default:
      return when;
  }
}

/** A date of birth (yyyy-mm-dd) as written, never shifted by the browser's time zone. */
export function formatDateOnly(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** How long from one time to another, as staff read it: "14 minutes", "2 hours 5 minutes". */
export function formatDuration(from: string, to: string): string {
  const minutes = Math.max(0, Math.floor((new Date(to).getTime() - new Date(from).getTime()) / 60_000));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const minuteText = `${rest} ${rest === 1 ? 'minute' : 'minutes'}`;
  if (hours === 0) {
    return minutes < 1 ? 'under a minute' : minuteText;
  }

  const hourText = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return rest === 0 ? hourText : `${hourText} ${minuteText}`;
}
