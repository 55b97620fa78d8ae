/** The management API's answer to a refused request: a ProblemDetails, with field errors when it has them. */
export interface Problem {
  title: string;
  status: number;
  errors: Record<string, string[]>;
  /** A refused template: each problem with its field and, when it has one, its place in the text. */
  problems?: TemplateProblem[];
  /** A new invite code that is easy to guess: a warning the admin may accept (send acceptGuessableInviteCode). */
  guessableInviteCode?: boolean;
}

export type ApiResult<T> = { ok: true; value: T; location?: string } | { ok: false; problem: Problem };

export type PatientAccessMode = 'AllowAndNotify' | 'AllowWithNoNotifications';

export interface Chargeband {
  id: string;
  name: string;
  onlineBooking: { enabled: boolean; accessMode: PatientAccessMode | null };
  onlineSettings: OnlineSettings | null;
}

/** A chargeband's online settings as the API answers them; dates are yyyy-mm-dd in the practice's calendar. */
export interface OnlineSettings {
  inviteCode: string | null;
  inviteCodeValidFrom: string | null;
  inviteCodeValidUntil: string | null;
  inviteCodeUsageCap: number | null;
  inviteCodeSignUpCount: number;
  inviteCodeAcceptingSignUps: boolean;
  allowOnlineMessaging: boolean;
}

/** What the online settings form saves: everything it shows (a field left out would be cleared). */
export interface OnlineSettingsInput {
  inviteCode: string | null;
  inviteCodeValidFrom: string | null;
  inviteCodeValidUntil: string | null;
  inviteCodeUsageCap: number | null;
  allowOnlineMessaging: boolean;
  acceptGuessableInviteCode: boolean;
}

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

export type MessageStatus = 'Pending' | 'Sending' | 'Sent' | 'Delivered' | 'Failed' | 'Suppressed' | 'PossiblySent';

/** A row of the patients list; `portalActionLabel` is the button's text ("Invite to patient portal" or "Reset password"). */
export interface PatientSummary {
  id: string;
  title: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  email: string | null;
  mobile: string | null;
  chargebandId: string;
  accountStatus: AccountStatus;
  isFamilyMember: boolean;
  portalAction: 'Invite' | 'ResetPassword';
  portalActionLabel: string;
}

export interface PatientList {
  items: PatientSummary[];
  total: number;
  skip: number;
  take: number;
}

/** The patients list's filter; the same filter chooses "the whole filtered list" of a bulk run. */
export interface PatientFilter {
  chargebandId?: string;
  hasAccount?: boolean;
  search?: string;
}

export interface Invitation {
  id: string;
  purpose: string;
  state: 'Pending' | 'Completed' | 'Expired' | 'Revoked' | 'Locked';
  createdBy: string;
  batchId: string | null;
  createdAt: string;
  expiresAt: string;
  openedAt: string | null;
  completedAt: string | null;
  revokedAt: string | null;
  failedIdentityChecks: number;
  targetPath: string | null;
}

export interface Message {
  id: string;
  channel: string;
  purpose: string;
  recipient: string;
  status: MessageStatus;
  attempts: number;
  lastError: string | null;
  suppressionReason: string | null;
  invitationId: string | null;
  batchId: string | null;
  createdAt: string;
  sentAt: string | null;
  updatedAt: string;
  /** Whose message it is: null when it is about nobody on record (an alert to the practice). */
  patientId: string | null;
  patientName: string | null;
}

export type SmsOptOutSource = 'Reply' | 'ProviderRefusal';

export interface PatientDetail {
  patient: PatientSummary;
  emailConsent: boolean;
  smsConsent: boolean;
  smsOptedOutAt: string | null;
  /** How the number opted out: it replied a keyword, or Twilio refused a text to it (error 21610). */
  smsOptOutSource: SmsOptOutSource | null;
  smsOptOutKeyword: string | null;
  primaryAccountHolderId: string | null;
  privacyPolicyVersion: string | null;
  privacyPolicyAcceptedAt: string | null;
  invitations: Invitation[];
  messages: Message[];
}

export interface InviteResponse {
  patientId: string;
  outcome: InviteOutcome;
  invitationId: string | null;
  expiresAt: string | null;
  channels: string[];
}

/** Who a bulk run is for: the selected rows or the whole filtered list, never both. */
export type RunSelection = { patientIds: string[] } | { filter: PatientFilter };

export interface DryRun {
  total: number;
  outcomes: Record<InviteOutcome, number>;
  sharedContacts: number;
}

export interface InvitationRun {
  id: string;
  status: 'Queued' | 'Running' | 'Completed';
  selection: string;
  createdBy: string;
  total: number;
  processed: number;
  percentDone: number;
  createdAt: string;
  completedAt: string | null;
}

export interface InvitationRunItem {
  patientId: string;
  patientName: string;
  outcome: InviteOutcome | null;
  invitationId: string | null;
  processedAt: string | null;
}

/** A run's messages: `Sending` while some wait, `Retrying` while some failed and will be tried again, `Done` when none is left to go. */
export interface RunDelivery {
  status: 'Sending' | 'Retrying' | 'Done';
  waiting: number;
  retrying: number;
  sent: number;
  delivered: number;
  failed: number;
  suppressed: number;
}

export interface InvitationRunProgress {
  run: InvitationRun;
  outcomes: Record<InviteOutcome, number>;
  messages: Record<MessageStatus, number>;
  delivery: RunDelivery;
  items: InvitationRunItem[];
}

/**
 * Whether one channel is sending. `Failing` when every try has failed for a while (`ConsecutiveFailures`) or too
 * many recent messages fail (`FailureRate`); it turns `Healthy` again by itself once a message goes.
 */
export interface ChannelHealth {
  channel: 'Email' | 'Sms';
  status: 'Healthy' | 'Failing';
  failure: 'ConsecutiveFailures' | 'FailureRate' | null;
  since: string | null;
  lastError: string | null;
  lastFailureAt: string | null;
  lastSentAt: string | null;
  recentFailurePercent: number | null;
  waiting: number;
  retrying: number;
  failed: number;
  /** When the practice was alerted of this outage, and by which channel. */
  alertedAt: string | null;
  alertedThrough: 'Email' | 'Sms' | null;
}

export interface DeliveryHealth {
  checkedAt: string;
  channels: ChannelHealth[];
}

export interface RetriedMessage {
  messageId: string;
  newInvitationId: string | null;
}

export type TemplateChannel = 'Email' | 'Sms';

export interface MessageTemplate {
  purpose: string;
  channel: TemplateChannel;
  subject: string | null;
  body: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface TemplateVersion {
  version: number;
  subject: string | null;
  body: string;
  createdAt: string;
  createdBy: string;
  note: string | null;
}

/** What stops (or would stop) a save; `line` and `column` are null for a problem of the whole text. */
export interface TemplateProblem {
  field: string;
  line: number | null;
  column: number | null;
  kind: string | number;
  message: string;
}

export interface SmsLength {
  characters: number;
  encoding: 'Gsm7' | 'Ucs2';
  units: number;
  segments: number;
  unitsPerSegment: number;
}

export interface TemplatePreview {
  purpose: string;
  channel: TemplateChannel;
  subject: string | null;
  html: string | null;
  text: string;
  sms: SmsLength | null;
  problems: TemplateProblem[];
}

export interface TemplateToken {
  name: string;
  kind: 'Data' | 'Trd';
  description: string;
  sample: string;
  purposes: string[];
}

export type InvitationPurpose = 'PortalAccess' | 'PasswordReset' | 'PaymentInAdvance' | 'Recall';

/** How many invitations reached each stage; an invitation that got further counts in every stage before. */
export interface FunnelCounts {
  created: number;
  sent: number;
  /** Email has no delivery receipts: an email accepted by the mail server counts as delivered. */
  delivered: number;
  opened: number;
  completed: number;
}

/** Percent converted from the stage before (overall: completed of sent); null when nothing reached the stage before. */
export interface FunnelRates {
  delivered: number | null;
  opened: number | null;
  completed: number | null;
  overall: number | null;
}

export interface FunnelDay {
  /** A practice date, yyyy-mm-dd. */
  date: string;
  counts: FunnelCounts;
}

/** The invitations created in a range of practice days (each counted on its day), and how far they got. */
export interface InvitationFunnel {
  from: string;
  to: string;
  timeZone: string;
  purpose: InvitationPurpose | null;
  batchId: string | null;
  totals: FunnelCounts;
  rates: FunnelRates;
  days: FunnelDay[];
}

export interface FunnelRequest {
  from?: string;
  to?: string;
  purpose?: InvitationPurpose;
  batchId?: string;
}

/**
 * The Patient Portal management API, as the screens use it. The host supplies how requests are
 * authorised: the Umbraco backoffice passes its bearer token, the website's admin pages use their cookie.
 */
export class ManagementApi {
  constructor(
    private readonly baseUrl = '/umbraco/management/api/v1/patient-portal',
    private readonly token?: () => Promise<string | undefined>,
  ) {}

  listChargebands(): Promise<ApiResult<Chargeband[]>> {
    return this.send('GET', '/chargebands');
  }

  enableOnlineBooking(id: string, accessMode: PatientAccessMode): Promise<ApiResult<Chargeband>> {
    return this.send('POST', `/chargebands/${id}/online-booking/enable`, { accessMode });
  }

  disableOnlineBooking(id: string): Promise<ApiResult<Chargeband>> {
    return this.send('POST', `/chargebands/${id}/online-booking/disable`);
  }

  saveOnlineSettings(id: string, settings: OnlineSettingsInput): Promise<ApiResult<Chargeband>> {
    return this.send('PUT', `/chargebands/${id}/online-settings`, settings);
  }

  /** A strong invite code no chargeband uses; nothing is saved. */
  generateInviteCode(): Promise<ApiResult<{ inviteCode: string }>> {
    return this.send('GET', '/chargebands/generated-invite-code');
  }

  listPatients(filter: PatientFilter, skip: number, take: number): Promise<ApiResult<PatientList>> {
    return this.send('GET', `/patients${query({ ...filter, skip, take })}`);
  }

  getPatient(id: string): Promise<ApiResult<PatientDetail>> {
    return this.send('GET', `/patients/${encodeURIComponent(id)}`);
  }

  /** "Invite to patient portal" on one patient: an invitation, or a password reset once the patient has a password. */
  invitePatient(id: string): Promise<ApiResult<InviteResponse>> {
    return this.send('POST', `/patients/${encodeURIComponent(id)}/invitations`);
  }

  resendInvitation(id: string): Promise<ApiResult<InviteResponse>> {
    return this.send('POST', `/invitations/${encodeURIComponent(id)}/resend`);
  }

  revokeInvitation(id: string): Promise<ApiResult<Invitation>> {
    return this.send('POST', `/invitations/${encodeURIComponent(id)}/revoke`);
  }

  dryRunInvitations(selection: RunSelection): Promise<ApiResult<DryRun>> {
    return this.send('POST', '/invitation-runs/dry-run', selection);
  }

  /** Starts a bulk run: 202 with the run, and its address (Location) to poll. */
  startInvitationRun(selection: RunSelection): Promise<ApiResult<InvitationRun>> {
    return this.send('POST', '/invitation-runs', selection);
  }

  /** A run's progress and one page of per-patient outcomes (take 0 for the progress alone). */
  getInvitationRun(id: string, skip: number, take: number): Promise<ApiResult<InvitationRunProgress>> {
    return this.send('GET', `/invitation-runs/${encodeURIComponent(id)}${query({ skip, take })}`);
  }

  /** Messages in any of the statuses, newest first. */
  listMessages(statuses: MessageStatus[], skip: number, take: number): Promise<ApiResult<Message[]>> {
    const each = statuses.map((status) => `&status=${encodeURIComponent(status)}`).join('');
    return this.send('GET', `/messages${query({ skip, take })}${each}`);
  }

  /** Whether email and SMS are sending, with the last error and what waits when one is not. */
  getDeliveryHealth(): Promise<ApiResult<DeliveryHealth>> {
    return this.send('GET', '/messages/health');
  }

  /** Sends a failed message again (one carrying an invitation goes out as a fresh invitation). */
  retryMessage(id: string): Promise<ApiResult<RetriedMessage>> {
    return this.send('POST', `/messages/${encodeURIComponent(id)}/retry`);
  }

  listTemplates(): Promise<ApiResult<MessageTemplate[]>> {
    return this.send('GET', '/templates');
  }

  getTemplate(purpose: string, channel: TemplateChannel): Promise<ApiResult<MessageTemplate>> {
    return this.send('GET', templatePath(purpose, channel));
  }

  /** Saves a new version; 400 with located `problems`, 409 when someone saved since `expectedVersion`. */
  saveTemplate(purpose: string, channel: TemplateChannel, subject: string | null, body: string, expectedVersion: number): Promise<ApiResult<MessageTemplate>> {
    return this.send('PUT', templatePath(purpose, channel), { subject, body, expectedVersion });
  }

  listTemplateVersions(purpose: string, channel: TemplateChannel): Promise<ApiResult<TemplateVersion[]>> {
    return this.send('GET', `${templatePath(purpose, channel)}/versions`);
  }

  revertTemplate(purpose: string, channel: TemplateChannel, version: number, expectedVersion: number): Promise<ApiResult<MessageTemplate>> {
    return this.send('POST', `${templatePath(purpose, channel)}/versions/${version}/revert`, { expectedVersion });
  }

  /** Renders unsaved text for the sample patient (no `patientId`) or a real one; sends nothing. */
  previewTemplate(purpose: string, channel: TemplateChannel, subject: string | null, body: string, patientId?: string): Promise<ApiResult<TemplatePreview>> {
    return this.send('POST', `${templatePath(purpose, channel)}/preview`, { subject, body, patientId: patientId ?? null });
  }

  listTemplateTokens(purpose: string): Promise<ApiResult<TemplateToken[]>> {
    return this.send('GET', `/templates/tokens${query({ purpose })}`);
  }

  /** Without dates: the last 30 days up to the practice's today. */
  getInvitationFunnel(request: FunnelRequest): Promise<ApiResult<InvitationFunnel>> {
    return this.send('GET', `/dashboard/invitation-funnel${query({ ...request })}`);
  }

  countFailedDeliveries(): Promise<ApiResult<{ count: number }>> {
    return this.send('GET', '/dashboard/failed-deliveries');
  }

  listInvitationRuns(): Promise<ApiResult<InvitationRun[]>> {
    return this.send('GET', '/invitation-runs');
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
    // The management API refuses a state-changing call with no JSON body unless it carries this header, which no
    // cross-site form can send (CSRF defence beside SameSite cookies).
    const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': 'PatientPortal' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }

    const token = await this.token?.();
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }

    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = response.status === 204 ? undefined : await response.json().catch(() => undefined);
    if (response.ok) {
      return { ok: true, value: json as T, location: response.headers.get('Location') ?? undefined };
    }

    const problem = (json ?? {}) as Partial<Problem>;
    return {
      ok: false,
      problem: {
        title: problem.title ?? `The request failed (${response.status}).`,
        status: response.status,
        errors: problem.errors ?? {},
        problems: problem.problems,
        guessableInviteCode: problem.guessableInviteCode === true,
      },
    };
  }
}

function templatePath(purpose: string, channel: TemplateChannel): string {
  return `/templates/${encodeURIComponent(purpose)}/${channel}`;
}

function query(parameters: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== '') {
      search.set(name, String(value));
    }
  }

  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
