import { createClient, type Client } from './generated/client/index.js';
import * as sdk from './generated/sdk.gen.js';
import type * as api from './generated/types.gen.js';
import type * as t from './types.js';

export type * from './types.js';

/** The management API's answer to a refused request: a ProblemDetails, with field errors when it has them. */
export interface Problem {
  title: string;
  status: number;
  errors: Record<string, string[]>;
  /** A refused template: each problem with its field and, when it has one, its place in the text. */
  problems?: t.TemplateProblem[];
  /** A new invite code that is easy to guess: a warning the admin may accept (send acceptGuessableInviteCode). */
  guessableInviteCode?: boolean;
}

export type ApiResult<T> = { ok: true; value: T; location?: string } | { ok: false; problem: Problem };

/** What a generated SDK function answers (its `fields` response style). */
type Answer = { data?: unknown; error?: unknown; response: Response };

/**
 * The Patient Portal management API, as the screens use it: each method one generated SDK function (from the
 * package's OpenAPI document). The host supplies the server's address (none: this page's) and how requests are
 * authorised: the Umbraco backoffice passes its bearer token, the website's admin pages use their cookie.
 */
export class ManagementApi {
  private readonly client: Client;

  constructor(serverUrl = '', token?: () => Promise<string | undefined>) {
    this.client = createClient({
      baseUrl: serverUrl,
      credentials: 'same-origin',
      // The management API refuses a state-changing call with no JSON body unless it carries X-Requested-With, which
      // no cross-site form can send (CSRF defence beside SameSite cookies).
      headers: { Accept: 'application/json', 'X-Requested-With': 'PatientPortal' },
      // Asked by each operation the document secures with its BackOffice (bearer) scheme.
      auth: () => token?.(),
    });
  }

  listChargebands(): Promise<ApiResult<t.Chargeband[]>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalChargebands(this.options({})));
  }

  enableOnlineBooking(id: string, accessMode: t.PatientAccessMode): Promise<ApiResult<t.Chargeband>> {
    return this.send(sdk.postUmbracoManagementApiV1PatientPortalChargebandsByIdOnlineBookingEnable(this.options({ path: { id }, body: { accessMode } })));
  }

  disableOnlineBooking(id: string): Promise<ApiResult<t.Chargeband>> {
    return this.send(sdk.postUmbracoManagementApiV1PatientPortalChargebandsByIdOnlineBookingDisable(this.options({ path: { id } })));
  }

  saveOnlineSettings(id: string, settings: t.OnlineSettingsInput): Promise<ApiResult<t.Chargeband>> {
    return this.send(sdk.putUmbracoManagementApiV1PatientPortalChargebandsByIdOnlineSettings(this.options({ path: { id }, body: settings })));
  }

  /** A strong invite code no chargeband uses; nothing is saved. */
  generateInviteCode(): Promise<ApiResult<api.GeneratedInviteCodeResponse>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalChargebandsGeneratedInviteCode(this.options({})));
  }

  listPatients(filter: t.PatientFilter, skip: number, take: number): Promise<ApiResult<t.PatientList>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalPatients(this.options({ query: { ...filter, skip, take } })));
  }

  getPatient(id: string): Promise<ApiResult<t.PatientDetail>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalPatientsById(this.options({ path: { id } })));
  }

  /** "Invite to patient portal" on one patient: an invitation, or a password reset once the patient has a password. */
  invitePatient(id: string): Promise<ApiResult<t.InviteResponse>> {
    return this.send(sdk.postUmbracoManagementApiV1PatientPortalPatientsByIdInvitations(this.options({ path: { id } })));
  }

  resendInvitation(id: string): Promise<ApiResult<t.InviteResponse>> {
    return this.send(sdk.postUmbracoManagementApiV1PatientPortalInvitationsByIdResend(this.options({ path: { id } })));
  }

  revokeInvitation(id: string): Promise<ApiResult<t.Invitation>> {
    return this.send(sdk.postUmbracoManagementApiV1PatientPortalInvitationsByIdRevoke(this.options({ path: { id } })));
  }

  dryRunInvitations(selection: t.RunSelection): Promise<ApiResult<t.DryRun>> {
    return this.send(sdk.postUmbracoManagementApiV1PatientPortalInvitationRunsDryRun(this.options({ body: runRequest(selection) })));
  }

  /** Starts a bulk run: 202 with the run, and its address (Location) to poll. */
  startInvitationRun(selection: t.RunSelection): Promise<ApiResult<t.InvitationRun>> {
    return this.send(sdk.postUmbracoManagementApiV1PatientPortalInvitationRuns(this.options({ body: runRequest(selection) })));
  }

  /** A run's progress and one page of per-patient outcomes (take 0 for the progress alone). */
  getInvitationRun(id: string, skip: number, take: number): Promise<ApiResult<t.InvitationRunProgress>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalInvitationRunsById(this.options({ path: { id }, query: { skip, take } })));
  }

  listInvitationRuns(): Promise<ApiResult<t.InvitationRun[]>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalInvitationRuns(this.options({})));
  }

  /** Messages in any of the statuses, newest first. */
  listMessages(statuses: t.MessageStatus[], skip: number, take: number): Promise<ApiResult<t.Message[]>> {
    // The document types the filter as the enum's numbers (see MessageStatus); the names it reads are sent.
    const status = statuses as unknown as api.MessageStatus[];
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalMessages(this.options({ query: { status, skip, take } })));
  }

  /** Whether email and SMS are sending, with the last error and what waits when one is not. */
  getDeliveryHealth(): Promise<ApiResult<t.DeliveryHealth>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalMessagesHealth(this.options({})));
  }

  /** Sends a failed message again (one carrying an invitation goes out as a fresh invitation). */
  retryMessage(id: string): Promise<ApiResult<t.RetriedMessage>> {
    return this.send(sdk.postUmbracoManagementApiV1PatientPortalMessagesByIdRetry(this.options({ path: { id } })));
  }

  listTemplates(): Promise<ApiResult<t.MessageTemplate[]>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalTemplates(this.options({})));
  }

  getTemplate(purpose: string, channel: t.TemplateChannel): Promise<ApiResult<t.MessageTemplate>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalTemplatesByPurposeByChannel(this.options({ path: templatePath(purpose, channel) })));
  }

  /** Saves a new version; 400 with located `problems`, 409 when someone saved since `expectedVersion`. */
  saveTemplate(purpose: string, channel: t.TemplateChannel, subject: string | null, body: string, expectedVersion: number): Promise<ApiResult<t.MessageTemplate>> {
    return this.send(
      sdk.putUmbracoManagementApiV1PatientPortalTemplatesByPurposeByChannel(this.options({ path: templatePath(purpose, channel), body: { subject, body, expectedVersion } })),
    );
  }

  listTemplateVersions(purpose: string, channel: t.TemplateChannel): Promise<ApiResult<t.TemplateVersion[]>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalTemplatesByPurposeByChannelVersions(this.options({ path: templatePath(purpose, channel) })));
  }

  revertTemplate(purpose: string, channel: t.TemplateChannel, version: number, expectedVersion: number): Promise<ApiResult<t.MessageTemplate>> {
    return this.send(
      sdk.postUmbracoManagementApiV1PatientPortalTemplatesByPurposeByChannelVersionsByVersionRevert(
        this.options({ path: { ...templatePath(purpose, channel), version }, body: { expectedVersion } }),
      ),
    );
  }

  /** Renders unsaved text for the sample patient (no `patientId`) or a real one; sends nothing. */
  previewTemplate(purpose: string, channel: t.TemplateChannel, subject: string | null, body: string, patientId?: string): Promise<ApiResult<t.TemplatePreview>> {
    return this.send(
      sdk.postUmbracoManagementApiV1PatientPortalTemplatesByPurposeByChannelPreview(
        this.options({ path: templatePath(purpose, channel), body: { subject, body, patientId: patientId ?? null } }),
      ),
    );
  }

  listTemplateTokens(purpose: string): Promise<ApiResult<t.TemplateToken[]>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalTemplatesTokens(this.options({ query: { purpose: purpose as api.TemplatePurpose } })));
  }

  /** Without dates: the last 30 days up to the practice's today. */
  getInvitationFunnel(request: t.FunnelRequest): Promise<ApiResult<t.InvitationFunnel>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalDashboardInvitationFunnel(this.options({ query: request })));
  }

  countFailedDeliveries(): Promise<ApiResult<t.Answered<api.FailedDeliveriesResponse>>> {
    return this.send(sdk.getUmbracoManagementApiV1PatientPortalDashboardFailedDeliveries(this.options({})));
  }

  /**
   * Every call's options: this client, and a JSON body sent as application/json (the document lists
   * `application/*+json` first, which the SDK would otherwise send as the body's type).
   */
  private options<T extends object>(options: T): T & { client: Client; headers: Record<string, string> } {
    return { ...options, client: this.client, headers: { 'Content-Type': 'application/json' } };
  }

  /** The one place an answer becomes a result: a 2xx its value (and Location), anything else a Problem. */
  private async send<T>(call: Promise<Answer>): Promise<ApiResult<T>> {
    const { data, error, response } = await call;
    if (response.ok) {
      return { ok: true, value: (response.status === 204 ? undefined : data) as T, location: response.headers.get('Location') ?? undefined };
    }

    const problem = (typeof error === 'object' && error !== null ? error : {}) as Partial<Problem>;
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

/** The template screens hold a purpose as the string the list answered; the server refuses one it does not know. */
function templatePath(purpose: string, channel: t.TemplateChannel): { purpose: api.TemplatePurpose; channel: t.TemplateChannel } {
  return { purpose: purpose as api.TemplatePurpose, channel };
}

/** The document's run request names both ways of choosing; the API takes exactly one. */
function runRequest(selection: t.RunSelection): api.InvitationRunRequest {
  return 'patientIds' in selection
    ? { patientIds: selection.patientIds, filter: null }
    : { patientIds: null, filter: { chargebandId: selection.filter.chargebandId ?? null, hasAccount: selection.filter.hasAccount ?? null, search: selection.filter.search ?? null } };
}
