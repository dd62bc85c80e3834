import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  /** Let the user pick .tkt files and hand them to the renderer like files opened from the file manager. */
  openExchangeFiles: () => void;
  showAbout: () => void;
}

export interface MenuOptions {
  isMac: boolean;
  /** Developer tools only in an unpackaged app. */
  isDev: boolean;
}

/**
 * The application menu in Vietnamese. Standard items keep their roles (so
 * shortcuts and platform behaviour stay native) with Vietnamese labels.
 */
export function menuTemplate(actions: MenuActions, opts: MenuOptions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'Tệp',
    submenu: [
      { label: 'Mở tệp trao đổi…', accelerator: 'CmdOrCtrl+O', click: () => actions.openExchangeFiles() },
      { type: 'separator' },
      opts.isMac ? { role: 'close', label: 'Đóng cửa sổ' } : { role: 'quit', label: 'Thoát' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Sửa',
    submenu: [
      { role: 'undo', label: 'Hoàn tác' },
      { role: 'redo', label: 'Làm lại' },
      { type: 'separator' },
      { role: 'cut', label: 'Cắt' },
      { role: 'copy', label: 'Sao chép' },
      { role: 'paste', label: 'Dán' },
      { role: 'selectAll', label: 'Chọn tất cả' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Xem',
    submenu: [
      { role: 'reload', label: 'Tải lại' },
      { type: 'separator' },
      { role: 'zoomIn', label: 'Phóng to' },
      { role: 'zoomOut', label: 'Thu nhỏ' },
      { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Toàn màn hình' },
      ...(opts.isDev ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const, label: 'Công cụ cho nhà phát triển' }] : []),
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: 'Cửa sổ',
    submenu: [
      { role: 'minimize', label: 'Thu xuống thanh tác vụ' },
      { role: 'close', label: 'Đóng cửa sổ' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Trợ giúp',
    submenu: [{ label: 'Giới thiệu Tự Kiểm Tra', click: () => actions.showAbout() }],
  };
  const mac: MenuItemConstructorOptions[] = opts.isMac
    ? [
        {
          label: 'Tự Kiểm Tra',
          submenu: [
            { label: 'Giới thiệu Tự Kiểm Tra', click: () => actions.showAbout() },
            { type: 'separator' },
            { role: 'hide', label: 'Ẩn Tự Kiểm Tra' },
            { role: 'hideOthers', label: 'Ẩn các ứng dụng khác' },
            { role: 'unhide', label: 'Hiện tất cả' },
            { type: 'separator' },
            { role: 'quit', label: 'Thoát Tự Kiểm Tra' },
          ],
        },
      ]
    : [];
  return [...mac, file, edit, view, window, help];
}
