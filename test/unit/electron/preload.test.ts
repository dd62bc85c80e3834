import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_EVENTS } from '../../../shared/ipc/contract';

const bridge = vi.hoisted(() => ({ exposed: new Map<string, unknown>() }));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(async (channel: string) => ({ ok: true, data: channel })) });
  return {
    ipcRenderer,
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value) },
  };
});

const { createApi } = await import('../../../electron/preload/api');
await import('../../../electron/preload/index');

function fakeIpc() {
  return Object.assign(new EventEmitter(), { invoke: vi.fn(async (channel: string, req: unknown) => ({ ok: true, data: { channel, req } })) });
}

describe('preload', () => {
  it('exposes exactly one object, window.api, with invoke and on only', () => {
    expect([...bridge.exposed.keys()]).toEqual(['api']);
    const api = bridge.exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });

  it('forwards every channel of the contract', async () => {
    const ipc = fakeIpc();
    const api = createApi(ipc as never);
    for (const channel of IPC_CHANNELS) await api.invoke(channel, {} as never);
    expect(ipc.invoke.mock.calls.map((c) => c[0])).toEqual([...IPC_CHANNELS]);
  });

  it('refuses any other channel without reaching main', async () => {
    const ipc = fakeIpc();
    const api = createApi(ipc as never);
    for (const channel of ['fs:read', 'ELECTRON_BROWSER_REQUIRE', '', 'app:info ', '__proto__', 'constructor']) {
      const r = await api.invoke(channel as never, {} as never);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe('unknown-channel');
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('subscribes to the contract’s events only, hides the IPC event and unsubscribes', () => {
    const ipc = fakeIpc();
    const api = createApi(ipc as never);
    const listener = vi.fn();
    const off = api.on(IPC_EVENTS[0], listener);
    ipc.emit(IPC_EVENTS[0], { sender: 'the IpcRendererEvent' }, 'extra');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([]);
    off();
    ipc.emit(IPC_EVENTS[0], {});
    expect(listener).toHaveBeenCalledTimes(1);

    const other = vi.fn();
    api.on('some-internal-event' as never, other);
    ipc.emit('some-internal-event', {});
    expect(other).not.toHaveBeenCalled();
    expect(ipc.listenerCount('some-internal-event')).toBe(0);
  });
});
