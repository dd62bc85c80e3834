import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api';

// Sandboxed preload: this file is bundled into one CommonJS script (build/build-electron.mjs).
contextBridge.exposeInMainWorld('api', createApi(ipcRenderer));
