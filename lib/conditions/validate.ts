/**
 * The evaluator's inputs as they come out of storage are `unknown` until checked. The checks
 * belong to the engineers who write each value (lib/readings/validate, lib/status/stored); these
 * names are kept for the callers that imported them from here.
 */
export {
  validatePhotosState as parsePhotosState,
  validateStorageReading as parseStorageReading,
} from '../readings/validate';
export {
  readStoredPollRecord as parsePollRecord,
  readStoredSnapshot as parseStatusSnapshot,
} from '../status/stored';
