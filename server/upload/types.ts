// One upload as read from the request, before analysis.
export interface Upload {
  /** The file's bytes in a buffer of their own (transferable to the worker thread). */
  readonly bytes: Uint8Array;
  /** Sanitized document name. */
  readonly name: string;
  /** The `reference` part's text (JSON, not yet validated). */
  readonly reference?: string;
  /** The charset a text upload declared, if any. */
  readonly declaredCharset?: string;
}

export interface UploadLimits {
  readonly maxBytes: number;
  readonly maxReferenceBytes: number;
}
