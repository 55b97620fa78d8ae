import type { AccountStatus, InviteOutcome, MessageStatus } from '../api/management-api.js';
import type { Localizer, PortalTerm } from './localizer.js';

/** The words the practice uses for what the API answers as enum names, in the user's language. */
export const outcomeLabel = (l: Localizer, outcome: InviteOutcome): string => l.term(`ppWords_outcome${outcome}`);

export const outcomes: InviteOutcome[] = ['Invited', 'ResetSent', 'SkippedFamilyMember', 'SkippedNoContactDetails', 'SkippedNoConsent', 'SkippedInvitedRecently', 'SkippedOptedOut'];

export const skipOutcomes: InviteOutcome[] = outcomes.filter((outcome) => outcome.startsWith('Skipped'));

export const accountLabel = (l: Localizer, status: AccountStatus): string => l.term(`ppWords_account${status}`);

export const messageStatusLabel = (l: Localizer, status: MessageStatus): string => l.term(`ppWords_message${status}`);

const purposes = [
  'PortalAccess',
  'PasswordReset',
  'PaymentInAdvance',
  'Recall',
  'PortalInvitation',
  'SignUpConfirmation',
  'EmailChangeConfirmation',
  'AlreadyRegistered',
  'CallBackRequest',
  'InvitationAppendix',
  'EmailLayout',
];

export function purposeLabel(l: Localizer, purpose: string): string {
  return purposes.includes(purpose) ? l.term(`ppWords_purpose${purpose}` as PortalTerm) : purpose.replace(/([a-z])([A-Z])/g, '$1 $2');
}

export function channelLabel(l: Localizer, channel: string): string {
  return channel === 'Email' || channel === 'Sms' ? l.term(`ppWords_channel${channel}`) : channel;
}

export const smsEncodingLabels: Record<string, string> = { Gsm7: 'GSM-7', Ucs2: 'UCS-2' };

/** "154 characters · GSM-7 · 1 segment", as the SMS counter reads. */
export function describeSmsLength(l: Localizer, length: { characters: number; encoding: string; segments: number }): string {
  return l.term('ppWords_smsLength', l.number(length.characters), smsEncodingLabels[length.encoding] ?? length.encoding, length.characters, length.segments);
}

export function fullName(patient: { title: string | null; givenName: string; familyName: string }): string {
  return [patient.title, patient.givenName, patient.familyName].filter((part) => part).join(' ');
}

export function formatDate(l: Localizer, value: string | null): string {
  return value ? l.date(value, { day: 'numeric', month: 'short', year: 'numeric' }) : '';
}

export function formatDateTime(l: Localizer, value: string | null): string {
  return value ? l.date(value, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }) : '';
}

/** When and how a mobile number stopped our texts, for the patient profile. */
export function smsOptOutLabel(l: Localizer, detail: { smsOptedOutAt: string | null; smsOptOutSource: string | null; smsOptOutKeyword: string | null }): string {
  const when = formatDateTime(l, detail.smsOptedOutAt);
  switch (detail.smsOptOutSource) {
    case 'Reply':
      return l.term('ppWords_smsOptOutReply', when, detail.smsOptOutKeyword ?? 'STOP');
    case 'ProviderRefusal':
      return l.term('ppWords_smsOptOutRefusal', when);
    default:
      return l.term('ppWords_smsOptOut', when);
  }
}

/** A date of birth (yyyy-mm-dd) as written, never shifted by the browser's time zone. */
export function formatDateOnly(l: Localizer, value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  return l.date(new Date(Date.UTC(year, month - 1, day)), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** How long from one time to another, as staff read it: "14 minutes", "2 hours 5 minutes". */
export function formatDuration(l: Localizer, from: string, to: string): string {
  const minutes = Math.max(0, Math.floor((new Date(to).getTime() - new Date(from).getTime()) / 60_000));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) {
    return minutes < 1 ? l.term('ppWords_underAMinute') : l.term('ppWords_minutes', rest);
  }

  return rest === 0 ? l.term('ppWords_hours', hours) : `${l.term('ppWords_hours', hours)} ${l.term('ppWords_minutes', rest)}`;
}
