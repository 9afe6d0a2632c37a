/**
 * The Photos app's frame (`icloud-photos.js`): Apple's interface around the library
 * (./read-photos.ts) and Apple's answers to the app's upload steps, heard by the main-world
 * listener (./observations.ts); the answers come before any progress bar's markup. Apple's storage
 * answers and CloudKit's quota refusals heard here go to the background from the document_start
 * script, as in every frame.
 */
import { applyUploadAnswer, NO_UPLOAD_JOBS } from '@/lib/readings/photos-upload';
import { sendPageReport } from './background-channel';
import { parseObservation } from './observations';
import { readPhotosState, type HeardFromApple, type PhotosMemory } from './read-photos';
import type { RunningScript, Network } from './role-scripts';
import { runReaders } from './run-readers';
import { SELECTORS } from './signatures';

export function startPhotosFrame(win: Window, network: Network): RunningScript {
  const heard: HeardFromApple = { uploads: NO_UPLOAD_JOBS };
  let memory: PhotosMemory = { upload: null, quotaError: null };
  const readers = runReaders(
    win,
    {
      container: (doc) => doc.querySelector(SELECTORS.photosContainer.css),
      read(doc, _root, location, now) {
        const photos = readPhotosState(doc, location.hash, memory, heard, now);
        memory = photos;
        return { storage: null, photos };
      },
    },
    (reading) => sendPageReport('photos', reading),
  );
  network((detail, at) => {
    const observation = parseObservation(detail);
    if (!observation || readers.signal.aborted) return;
    heard.uploads = applyUploadAnswer(heard.uploads, observation.answer, at);
    readers.schedule();
  });
  win.addEventListener('hashchange', () => readers.schedule(), { signal: readers.signal });
  return readers;
}
