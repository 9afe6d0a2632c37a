/**
 * CloudKit answers writes with `serverErrorCode: "QUOTA_EXCEEDED"` (HTTP 413) when the account is
 * over quota: in the Photos frame that means an upload was refused for lack of storage.
 */
export function isQuotaExceeded(status: number, body: string): boolean {
  return status === 413 || body.includes('"QUOTA_EXCEEDED"');
}
