import { appFromFrameName, appFromShellPath, type IcloudApp } from '@/lib/tips/apps';
import { APP_FRAME } from '../signatures';

/**
 * The app the shell is showing: its route first (`/photos/`, `/settings/` …); on a route that
 * names no app, the app iframe on screen (the shell inserts one per open app).
 */
export function currentApp(doc: Document, pathname: string): IcloudApp {
  const fromRoute = appFromShellPath(pathname);
  if (fromRoute !== 'other') return fromRoute;
  const frames = Array.from(doc.querySelectorAll<HTMLIFrameElement>(APP_FRAME.css));
  // Which frame is on screen matters only among several (it costs a layout on a busy page).
  const visible = frames.filter(
    (frame) => frames.length < 2 || (!frame.hidden && frame.getClientRects().length > 0),
  );
  const name = (visible.at(-1) ?? frames.at(-1))?.dataset.name;
  return name ? appFromFrameName(name) : 'other';
}
