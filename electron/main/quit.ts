import type { BrowserWindow, Dialog } from 'electron';
import { formatNumber } from '../../shared/domain/format';

/** How long a closing window waits for the renderer's last backup. */
export const LAST_BACKUP_WAIT_MS = 2000;

/** What a member chose in the quit reminder. */
export type QuitChoice = 'export' | 'quit' | 'stay';

/** The reminder's buttons, in the order the dialog shows them. */
export const QUIT_REMINDER_BUTTONS: readonly { label: string; choice: QuitChoice }[] = [
  { label: 'Xuất ngay', choice: 'export' },
  { label: 'Vẫn thoát', choice: 'quit' },
  { label: 'Ở lại', choice: 'stay' },
];

export function quitReminderMessage(count: number): string {
  return `Bạn còn ${formatNumber(count)} thay đổi chưa gửi trưởng đoàn. Vẫn thoát?`;
}

/** The reminder as a message box on the closing window; Escape or closing the box means "Ở lại". */
export async function showQuitReminder(dialog: Pick<Dialog, 'showMessageBox'>, win: BrowserWindow, count: number): Promise<QuitChoice> {
  const r = await dialog.showMessageBox(win, {
    type: 'warning',
    title: 'Còn thay đổi chưa gửi',
    message: quitReminderMessage(count),
    detail: 'Những thay đổi này vẫn nằm an toàn trên máy này. Bấm “Xuất ngay” để lưu tệp kết quả gửi trưởng đoàn.',
    buttons: QUIT_REMINDER_BUTTONS.map((b) => b.label),
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return QUIT_REMINDER_BUTTONS[r.response]?.choice ?? 'stay';
}

export interface CloseGuardDeps {
  /** Resolves when the renderer's next backup write completes. */
  nextBackup: () => Promise<void>;
  /** True once the app as a whole is quitting (before-quit seen). */
  isQuitting: () => boolean;
  quit: () => void;
  waitMs?: number;
  /** How many of the member's changes are not sent to the leader (asked of the renderer); 0 skips the reminder. */
  unsentCount?: () => Promise<number>;
  /** Show the quit reminder and say what the member chose. */
  askQuit?: (count: number) => Promise<QuitChoice>;
  /** The member stays (or goes to export): a quit that was under way is called off. */
  cancelQuit?: () => void;
}

/**
 * Before the window closes (and the renderer with it): first, when the
 * member has changes not sent to the leader, remind them ("Xuất ngay" /
 * "Vẫn thoát" / "Ở lại"); then tell the renderer 'app:before-quit' and wait
 * for its last backup or a short time, whichever comes first, then close for
 * real. A quit that was held up this way is resumed afterwards.
 */
export function guardClose(win: BrowserWindow, deps: CloseGuardDeps): void {
  let state: 'open' | 'asking' | 'flushing' | 'flushed' = 'open';
  const flush = () => {
    state = 'flushing';
    win.webContents.send('app:before-quit');
    const timeout = new Promise<void>((r) => setTimeout(r, deps.waitMs ?? LAST_BACKUP_WAIT_MS));
    void Promise.race([deps.nextBackup(), timeout]).then(() => {
      state = 'flushed';
      if (deps.isQuitting()) deps.quit();
      else if (!win.isDestroyed()) win.close();
    });
  };
  const remindThenFlush = async () => {
    state = 'asking';
    const count = await deps.unsentCount!().catch(() => 0);
    const choice = count > 0 && deps.askQuit ? await deps.askQuit(count).catch((): QuitChoice => 'quit') : 'quit';
    if (win.isDestroyed()) return;
    if (choice === 'quit') return flush();
    state = 'open';
    deps.cancelQuit?.();
    if (choice === 'export') win.webContents.send('app:export-now');
  };
  win.on('close', (event) => {
    if (state === 'flushed' || win.webContents.isDestroyed()) return;
    event.preventDefault();
    if (state !== 'open') return;
    if (deps.unsentCount) void remindThenFlush();
    else flush();
  });
}
