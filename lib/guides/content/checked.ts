/**
 * The system versions the guides' menus and labels were written and checked for. A guide names
 * the ones for its own platforms, so a later check can move one platform forward on its own.
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
