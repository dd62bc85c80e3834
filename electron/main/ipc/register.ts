import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';
import type { IpcChannel, IpcContract, IpcResult } from '../../../shared/ipc/contract';
import { AppError } from '../errors';

/** What a handler gets besides its validated request. */
export interface HandlerContext {
  /** The web contents that asked: dialogs attach to its window, PDFs print its page. */
  sender: WebContents;
}

export interface ChannelDef<C extends IpcChannel> {
  schema: z.ZodType<IpcContract[C]['req']>;
  /** A channel served to other pages than the app's (only the one-time storage move does this). */
  isTrustedSender?: (url: string) => boolean;
  handle: (req: IpcContract[C]['req'], ctx: HandlerContext) => Promise<IpcContract[C]['res']> | IpcContract[C]['res'];
}

/** One definition per channel of the contract; the mapped type makes a missing channel a compile error. */
export type ChannelDefs = { [C in IpcChannel]: ChannelDef<C> };

/** Zod's own Vietnamese messages for the checks a schema gives no message of its own. */
const VI_ERRORS = z.locales.vi().localeError;

function fail(e: AppError): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: e.toIpcError() };
}

/** Names the first offending field in Vietnamese terms the user can pass on. */
function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return '';
  const where = first.path.length ? ` (trường "${first.path.join('.')}")` : '';
  return `${first.message}${where}.`;
}

/**
 * The one way a channel is served: the sender frame must be one of the app's
 * own pages, the request must pass its schema, and the answer is always an
 * IpcResult — a handler's exception becomes {ok:false} instead of a rejected
 * promise whose details Electron would drop.
 */
export function makeInvokeHandler<C extends IpcChannel>(
  def: ChannelDef<C>,
  isTrustedSender: (url: string) => boolean,
): (event: IpcMainInvokeEvent, raw: unknown) => Promise<IpcResult<IpcContract[C]['res']>> {
  return async (event, raw) => {
    let url: string | undefined;
    try {
      url = event.senderFrame?.url;
    } catch {
      // A frame that navigated away or was destroyed while the request travelled: refuse.
      url = undefined;
    }
    if (!url || !isTrustedSender(url)) return fail(new AppError('untrusted-sender'));
    const parsed = def.schema.safeParse(raw, { error: VI_ERRORS });
    if (!parsed.success) return fail(new AppError('invalid-request', describeIssues(parsed.error)));
    try {
      const data = await def.handle(parsed.data, { sender: event.sender });
      return { ok: true, data };
    } catch (e) {
      if (e instanceof AppError) return fail(e);
      console.error('IPC handler failed', e);
      return fail(new AppError('internal'));
    }
  };
}

/** Registers every channel of the contract, each through makeInvokeHandler. */
export function registerChannels(ipc: Pick<IpcMain, 'handle'>, defs: ChannelDefs, isTrustedSender: (url: string) => boolean): void {
  for (const channel of Object.keys(defs) as IpcChannel[]) {
    const def = defs[channel] as ChannelDef<typeof channel>;
    ipc.handle(channel, makeInvokeHandler(def, def.isTrustedSender ?? isTrustedSender));
  }
}
