import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiResult, Chargeband, ManagementApi, Problem } from '../api/management-api.js';

type Listener = (chargebands: Chargeband[]) => void;

const stores = new WeakMap<ManagementApi, ChargebandStore>();

/**
 * The chargebands, loaded once per API client and shared by every screen that shows them (the chargebands screen,
 * the patients list's filter, a profile's chargeband). A change one screen makes is written back here, so the
 * others show it without loading the list again.
 */
export class ChargebandStore {
  private loading?: Promise<ApiResult<Chargeband[]>>;
  private chargebands?: Chargeband[];
  private readonly listeners = new Set<Listener>();

  private constructor(private readonly api: ManagementApi) {}

  static of(api: ManagementApi): ChargebandStore {
    let store = stores.get(api);
    if (!store) {
      store = new ChargebandStore(api);
      stores.set(api, store);
    }

    return store;
  }

  /** The list, loaded the first time it is asked for (a failed load is tried again next time). */
  list(): Promise<ApiResult<Chargeband[]>> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** The API's answer to a change of one chargeband. */
  replace(updated: Chargeband): void {
    if (this.chargebands) {
      this.publish(this.chargebands.map((chargeband) => (chargeband.id === updated.id ? updated : chargeband)));
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.chargebands) {
      listener(this.chargebands);
    }

    return () => this.listeners.delete(listener);
  }

  private async load(): Promise<ApiResult<Chargeband[]>> {
    const result = await this.api.listChargebands();
    if (result.ok) {
      this.publish(result.value);
    } else {
      this.loading = undefined;
    }

    return result;
  }

  private publish(chargebands: Chargeband[]): void {
    this.chargebands = chargebands;
    for (const listener of this.listeners) {
      listener(chargebands);
    }
  }
}

/** An element's view of the shared chargebands: `value` follows the store of the client it is given. */
export class SharedChargebands implements ReactiveController {
  value: Chargeband[] = [];
  problem?: Problem;

  private store?: ChargebandStore;
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Follows the chargebands of this client (loading them if no screen has yet). */
  async use(api: ManagementApi | undefined): Promise<void> {
    const store = api ? ChargebandStore.of(api) : undefined;
    if (store === this.store) {
      return;
    }

    this.unsubscribe?.();
    this.store = store;
    this.subscribe();
    const result = await store?.list();
    if (result && !result.ok && store === this.store) {
      this.problem = result.problem;
      this.host.requestUpdate();
    }
  }

  /** A chargeband as the API answered a change to it, for every screen. */
  replace(updated: Chargeband): void {
    this.store?.replace(updated);
  }

  hostConnected(): void {
    this.subscribe();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private subscribe(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.store?.subscribe((chargebands) => {
      this.value = chargebands;
      this.problem = undefined;
      this.host.requestUpdate();
    });
  }
}
