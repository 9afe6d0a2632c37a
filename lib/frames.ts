import { storage } from 'wxt/utils/storage';
import type { FrameRoleKind } from './messages';

/** The iCloud.com frames that are open now, as their content scripts announced them. */
export interface OpenFrame {
  tabId: number;
  frameId: number;
  role: FrameRoleKind;
  app?: string;
  seenAt: number;
}

// Session storage: the list describes this browser session only and must not outlive it.
export const openFramesItem = storage.defineItem<OpenFrame[]>('session:openFrames', {
  fallback: [],
});

/** Records a frame, replacing an earlier entry for the same tab and frame. */
export function withFrame(frames: readonly OpenFrame[], frame: OpenFrame): OpenFrame[] {
  const rest = frames.filter((f) => !(f.tabId === frame.tabId && f.frameId === frame.frameId));
  return [...rest, frame];
}

export function withoutTab(frames: readonly OpenFrame[], tabId: number): OpenFrame[] {
  return frames.filter((f) => f.tabId !== tabId);
}
