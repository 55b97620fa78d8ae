// The management API's types as the screens read them: the generated ones (from openapi/patient-portal.json), with
// only what the document cannot say written here.
import type * as api from './generated/types.gen.js';

/**
 * The document writes every integer as `integer | string` (ASP.NET also reads numbers sent as strings); the API
 * always answers numbers.
 */
export type Answered<T> = null extends T
  ? Answered<NonNullable<T>> | null
  : [T] extends [number | string]
    ? [number | string] extends [T]
      ? number
      : T
    : T extends readonly (infer Item)[]
      ? Answered<Item>[]
      : T extends object
        ? { [Key in keyof T]: Answered<T[Key]> }
        : T;

/** A generated answer with some of its properties narrowed: the C# DTOs carry these enums as strings. */
type Narrowed<T, Narrower> = Omit<Answered<T>, keyof Narrower> & Narrower;

export type PatientAccessMode = api.PatientAccessMode;
export type InvitationPurpose = api.InvitationPurpose;
export type TemplateChannel = api.MessageChannel;

export type AccountStatus = 'None' | 'PendingConfirmation' | 'Invited' | 'Active' | 'Locked';

/** What "Invite to patient portal" did for one patient, or why it did nothing. */
export type InviteOutcome =
  | 'Invited'
  | 'ResetSent'
  | 'SkippedFamilyMember'
  | 'SkippedNoContactDetails'
  | 'SkippedNoConsent'
  | 'SkippedInvitedRecently'
  | 'SkippedOptedOut';

/** The document gives the messages list's `status` filter as an integer; the API answers (and reads) the names. */
export type MessageStatus = 'Pending' | 'Sending' | 'Sent' | 'Delivered' | 'Failed' | 'Suppressed' | 'PossiblySent';

export type SmsOptOutSource = 'Reply' | 'ProviderRefusal';

export type Chargeband = Answered<api.ChargebandResponse>;
/** A chargeband's online settings as the API answers them; dates are yyyy-mm-dd in the practice's calendar. */
export type OnlineSettings = Answered<api.OnlineSettingsResponse>;
/** What the online settings form saves: everything it shows (a field left out would be cleared). */
export type OnlineSettingsInput = Required<Answered<api.OnlineSettingsRequest>>;

/** A row of the patients list; `portalActionLabel` is the button's text ("Invite to patient portal" or "Reset password"). */
export type PatientSummary = Narrowed<api.PatientSummaryResponse, { accountStatus: AccountStatus; portalAction: 'Invite' | 'ResetPassword' }>;
export type PatientList = Narrowed<api.PatientListResponse, { items: PatientSummary[] }>;
/** The patients list's filter; the same filter chooses "the whole filtered list" of a bulk run. */
export type PatientFilter = Omit<NonNullable<api.GetUmbracoManagementApiV1PatientPortalPatientsData['query']>, 'skip' | 'take'>;

export type Invitation = Narrowed<api.InvitationResponse, { state: api.InvitationState }>;
export type Message = Narrowed<api.MessageResponse, { status: MessageStatus }>;
export type PatientDetail = Narrowed<
  api.PatientDetailResponse,
  { patient: PatientSummary; smsOptOutSource: SmsOptOutSource | null; invitations: Invitation[]; messages: Message[] }
>;
export type InviteResponse = Narrowed<api.InviteResponse, { outcome: InviteOutcome }>;

/** Who a bulk run is for: the selected rows or the whole filtered list, never both. */
export type RunSelection = { patientIds: string[] } | { filter: PatientFilter };
export type DryRun = Narrowed<api.DryRunResponse, { outcomes: Record<InviteOutcome, number> }>;
export type InvitationRun = Narrowed<api.InvitationRunResponse, { status: 'Queued' | 'Running' | 'Completed' }>;
export type InvitationRunItem = Narrowed<api.InvitationRunItemResponse, { outcome: InviteOutcome | null }>;
/** A run's messages: `Sending` while some wait, `Retrying` while some failed and will be tried again, `Done` when none is left to go. */
export type RunDelivery = Narrowed<api.RunDeliveryResponse, { status: 'Sending' | 'Retrying' | 'Done' }>;
export type InvitationRunProgress = Narrowed<
  api.InvitationRunProgressResponse,
  { run: InvitationRun; outcomes: Record<InviteOutcome, number>; messages: Record<MessageStatus, number>; delivery: RunDelivery; items: InvitationRunItem[] }
>;

/**
 * Whether one channel is sending. `Failing` when every try has failed for a while (`ConsecutiveFailures`) or too
 * many recent messages fail (`FailureRate`); it turns `Healthy` again by itself once a message goes.
 */
export type ChannelHealth = Narrowed<
  api.ChannelHealthResponse,
  { channel: TemplateChannel; status: 'Healthy' | 'Failing'; failure: 'ConsecutiveFailures' | 'FailureRate' | null; alertedThrough: TemplateChannel | null }
>;
export type DeliveryHealth = Narrowed<api.DeliveryHealthResponse, { channels: ChannelHealth[] }>;
export type RetriedMessage = api.RetriedMessageResponse;

export type MessageTemplate = Answered<api.TemplateResponse>;
export type TemplateVersion = Answered<api.TemplateVersionResponse>;
/** What stops (or would stop) a save; `line` and `column` are null for a problem of the whole text, whose kind the screens may name. */
export type TemplateProblem = Narrowed<api.TemplateProblem, { kind: string }>;
export type SmsLength = Answered<api.SmsLengthResponse>;
export type TemplatePreview = Narrowed<api.TemplatePreviewResponse, { problems: TemplateProblem[] }>;
export type TemplateToken = api.TokenResponse;

/** How many invitations reached each stage; an invitation that got further counts in every stage before. */
export type FunnelCounts = Answered<api.FunnelCountsResponse>;
/** Percent converted from the stage before (overall: completed of sent); null when nothing reached the stage before. */
export type FunnelRates = Answered<api.FunnelRatesResponse>;
export type FunnelDay = Answered<api.FunnelDayResponse>;
/** The invitations created in a range of practice days (each counted on its day), and how far they got. */
export type InvitationFunnel = Answered<api.InvitationFunnelResponse>;
export type FunnelRequest = NonNullable<api.GetUmbracoManagementApiV1PatientPortalDashboardInvitationFunnelData['query']>;
