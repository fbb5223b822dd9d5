// One upload as read from the request, before analysis.
export interface Upload {
  /** The file's bytes in a buffer of their own (transferable to the worker thread). */
  readonly bytes: Uint8Array;
  /** Sanitized document name. */
  readonly name: string;
  /** The `reference` part, parsed as JSON but not yet validated. */
  readonly reference?: unknown;
  /** The charset a text upload declared, if any. */
  readonly declaredCharset?: string;
}

export interface UploadLimits {
  readonly maxBytes: number;
  readonly maxReferenceBytes: number;
}
