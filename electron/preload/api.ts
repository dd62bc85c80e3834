import type { IpcRenderer } from 'electron';
import { IPC_CHANNELS, IPC_EVENTS, type AppApi, type IpcEvents } from '../../shared/ipc/contract';

const CHANNELS: ReadonlySet<string> = new Set(IPC_CHANNELS);
const EVENTS: ReadonlySet<string> = new Set(IPC_EVENTS);

/**
 * The renderer's whole API: invoke() for the contract's channels and on() for
 * its events, nothing else. The channel lists are checked here at run time
 * too, because the renderer is where injected script would run: it must not
 * reach any other channel, nor ipcRenderer itself, nor the IPC event object.
 */
export function createApi(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): AppApi {
  return {
    invoke(channel, req) {
      if (typeof channel !== 'string' || !CHANNELS.has(channel)) {
        return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: 'Ứng dụng không hỗ trợ yêu cầu này.' } });
      }
      return ipc.invoke(channel, req);
    },
    on(event: keyof IpcEvents, listener: () => void) {
      if (typeof event !== 'string' || !EVENTS.has(event) || typeof listener !== 'function') return () => {};
      // Call without arguments so the IpcRendererEvent (with its sender) never reaches the page.
      const wrapped = (): void => listener();
      ipc.on(event, wrapped);
      return () => {
        ipc.removeListener(event, wrapped);
      };
    },
  };
}
