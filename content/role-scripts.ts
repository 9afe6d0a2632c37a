/**
 * What each frame role loads once it has loaded and is idle, beside the document_start scripts
 * every frame of ours runs (./frame-start.ts): each is a script of its own, so no frame carries code
 * it cannot use.
 * - The top frame (the shell, or the account settings view): `icloud-top.js`, the tips (one per
 *   page) and, while the settings view is shown, `icloud-storage-view.js`.
 * - The Photos app's frame: `icloud-photos.js`, the Photos readers and Apple's upload answers.
 * - A settings app frame: `icloud-storage-view.js`, the storage view's readers.
 * - Frames that show people's content (Mail, Drive, Notes …): nothing. Apple's storage answers
 *   heard there go to the background from the document_start script itself.
 */
import type { FrameRole } from '@/lib/frame-role';
import { loadExtensionScript } from './load-script';
import type { ObservationListener } from './network-channel';

/** Subscribes to what the main-world listener heard in this frame (replayed from document_start). */
export type Network = (listener: ObservationListener) => void;

/** A role's script, started in one frame; `stop` ends everything it started there. */
export interface RunningScript {
  stop(): void;
}

export interface RoleScript {
  start(win: Window, network: Network): RunningScript;
}

/** Each is `/icloud-<name>.js`, and hands its RoleScript over under its name (./script-api.ts). */
export type RoleScriptName = 'top' | 'photos' | 'storage-view';

/** The script a frame of this role loads, or null (frames that show people's content). */
export function roleScriptFor(role: FrameRole['kind'], isTopFrame: boolean): RoleScriptName | null {
  if (isTopFrame) return 'top';
  if (role === 'photos') return 'photos';
  return role === 'settings' ? 'storage-view' : null;
}

/** Loads a role's script once; null when it cannot be loaded (the frame then reads nothing). */
export function loadRoleScript(name: RoleScriptName): Promise<RoleScript | null> {
  return loadExtensionScript<RoleScript>(`/icloud-${name}.js`, name, 'start');
}
