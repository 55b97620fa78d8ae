/** The management API's answer to a refused request: a ProblemDetails, with field errors when it has them. */
export interface Problem {
  title: string;
  status: number;
  errors: Record<string, string[]>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export type PatientAccessMode = 'AllowAndNotify' | 'AllowWithNoNotifications';

export interface Chargeband {
  id: string;
  name: string;
  onlineBooking: { enabled: boolean; accessMode: PatientAccessMode | null };
  onlineSettings: { inviteCode: string | null; allowOnlineMessaging: boolean } | null;
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

  saveOnlineSettings(id: string, inviteCode: string | null, allowOnlineMessaging: boolean): Promise<ApiResult<Chargeband>> {
    return this.send('PUT', `/chargebands/${id}/online-settings`, { inviteCode, allowOnlineMessaging });
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
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
      return { ok: true, value: json as T };
    }

    const problem = (json ?? {}) as Partial<Problem>;
    return { ok: false, problem: { title: problem.title ?? `The request failed (${response.status}).`, status: response.status, errors: problem.errors ?? {} } };
  }
}
