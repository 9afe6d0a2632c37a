/**
 * The system versions the guides' menus and labels were written and checked for. A guide names
 * the ones for its own platforms, so a later check can move one platform forward on its own.
 * Checked means: against the Apple articles a guide cites in its sources where one covers the
 * step, otherwise against the guidance facts alone; a guide's sources say which applies.
 */
import type { Platform } from '../../settings';
import type { CheckedFor } from '../types';

const CURRENT: Record<Platform, string[]> = {
  'iphone-ipad': ['iOS 26', 'iPadOS 26'],
  mac: ['macOS 26'],
  windows: ['Windows 11', 'iCloud for Windows from the Microsoft Store'],
  'icloud-web': ['iCloud.com in 2026'],
};

export function checkedFor(...platforms: Platform[]): CheckedFor {
  return Object.fromEntries(platforms.map((p) => [p, [...CURRENT[p]]]));
}
