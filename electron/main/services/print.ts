import type { WebContents } from 'electron';
import { AppError } from '../errors';

/**
 * Opens the system print dialog for the window's current page. Resolves
 * false when the user cancels; a real failure becomes an AppError.
 */
export function printPage(contents: WebContents): Promise<boolean> {
  return new Promise((resolve, reject) => {
    contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success) resolve(true);
      else if (!failureReason || /cancel/i.test(failureReason)) resolve(false);
      else reject(new AppError('print-failed', failureReason));
    });
  });
}
