// ClausegapError: the one fatal, typed error. Stable codes, Japanese and English text, an HTTP status.

export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

type Params = Record<string, string | number | undefined>;
interface ErrorDef {
  readonly httpStatus: number;
  readonly ja: (p: Params) => string;
  readonly en: (p: Params) => string;
}

const mb = (bytes: unknown) => `${Math.round((Number(bytes) / 1_000_000) * 10) / 10} MB`;

/** Every fatal error the engine can raise. Codes are a public contract: never rename one. */
export const ERROR_CODES = {
  UNSUPPORTED_FORMAT: {
    httpStatus: 415,
    ja: (p) =>
      `対応していないファイル形式です（${p.detected ?? "不明"}）。PDF・DOCX・テキストのみ読み込めます。`,
    en: (p) =>
      `Unsupported file format (${p.detected ?? "unknown"}). Only PDF, DOCX and plain text can be read.`,
  },
  LEGACY_DOC: {
    httpStatus: 415,
    ja: () => "旧形式の Word 文書（.doc）は読み込めません。Word で .docx 形式に保存し直してください。",
    en: () => "Legacy Word documents (.doc) are not supported. Save the file as .docx in Word and try again.",
  },
  EMPTY_FILE: {
    httpStatus: 422,
    ja: () => "ファイルが空です。",
    en: () => "The file is empty.",
  },
  NO_TEXT: {
    httpStatus: 422,
    ja: () => "ファイルに本文のテキストがありません。",
    en: () => "The file contains no text to analyse.",
  },
  CORRUPT_PDF: {
    httpStatus: 422,
    ja: (p) => `PDF が壊れているため読み込めません${p.detail ? `（${p.detail}）` : ""}。`,
    en: (p) => `The PDF is damaged and cannot be read${p.detail ? ` (${p.detail})` : ""}.`,
  },
  CORRUPT_DOCX: {
    httpStatus: 422,
    ja: (p) => `DOCX ファイルが壊れているため読み込めません${p.detail ? `（${p.detail}）` : ""}。`,
    en: (p) => `The DOCX file is damaged and cannot be read${p.detail ? ` (${p.detail})` : ""}.`,
  },
  ENCRYPTED_PDF: {
    httpStatus: 422,
    ja: () =>
      "PDF がパスワードで保護（暗号化）されているため読み込めません。保護を解除したファイルを指定してください。",
    en: () => "The PDF is password-protected (encrypted) and cannot be read. Provide an unprotected copy.",
  },
  NO_TEXT_LAYER: {
    httpStatus: 422,
    ja: () =>
      "PDF に文字情報がありません（スキャン画像またはアウトライン化された文字）。OCR で文字情報を付けてから指定してください。",
    en: () => "The PDF has no text layer (scanned images or outlined text). Run OCR on it first.",
  },
  UNUSABLE_TEXT_LAYER: {
    httpStatus: 422,
    ja: () =>
      "PDF の文字情報が読み取れません（フォントに文字コードの対応表がありません）。OCR で文字情報を付け直してください。",
    en: () => "The PDF's text layer is unusable (its fonts have no character map). Run OCR on it first.",
  },
  ZIP_BOMB: {
    httpStatus: 422,
    ja: (p) =>
      p.entries !== undefined
        ? `DOCX（ZIP）の項目数（${p.entries}）が多すぎます。圧縮爆弾の可能性があるため処理を中止しました。`
        : `DOCX の展開後のサイズが上限（${mb(p.limit)}${p.part ? `、${p.part}` : ""}）を超えています。圧縮爆弾の可能性があるため処理を中止しました。`,
    en: (p) =>
      p.entries !== undefined
        ? `The DOCX (ZIP) has too many entries (${p.entries}); stopped as a possible ZIP bomb.`
        : `The DOCX expands beyond the limit (${mb(p.limit)}${p.part ? `, ${p.part}` : ""}); stopped as a possible ZIP bomb.`,
  },
  FILE_TOO_LARGE: {
    httpStatus: 413,
    ja: (p) => `ファイルサイズが上限（${mb(p.limit)}）を超えています。`,
    en: (p) => `The file exceeds the size limit (${mb(p.limit)}).`,
  },
  TOO_MANY_PAGES: {
    httpStatus: 413,
    ja: (p) => `ページ数（${p.pages}）が上限（${p.limit}）を超えています。`,
    en: (p) => `The document has ${p.pages} pages, over the limit of ${p.limit}.`,
  },
  EXTRACTION_TIMEOUT: {
    httpStatus: 422,
    ja: (p) => `テキストの抽出が制限時間（${p.limitMs} ms）内に終わりませんでした。`,
    en: (p) => `Text extraction did not finish within the time limit (${p.limitMs} ms).`,
  },
  UNDECODABLE_TEXT: {
    httpStatus: 422,
    ja: () => "テキストの文字コードを判定できません（UTF-8・UTF-16・Shift_JIS・EUC-JP に対応）。",
    en: () =>
      "The text encoding could not be determined (UTF-8, UTF-16, Shift_JIS and EUC-JP are supported).",
  },
  INVALID_REFERENCE: {
    httpStatus: 400,
    ja: (p) => `基準ファイルが不正です: ${p.detail ?? ""}`,
    en: (p) => `The reference baseline is invalid: ${p.detail ?? ""}`,
  },
  ANALYSIS_TIMEOUT: {
    httpStatus: 503,
    ja: (p) => `解析が制限時間（${p.limitMs} ms）内に終わりませんでした。`,
    en: (p) => `The analysis did not finish within the time limit (${p.limitMs} ms).`,
  },
  FILE_UNREADABLE: {
    httpStatus: 400,
    ja: (p) => `ファイルを読み込めません: ${p.path ?? ""}${p.reason ? `（${p.reason}）` : ""}`,
    en: (p) => `Cannot read the file: ${p.path ?? ""}${p.reason ? ` (${p.reason})` : ""}`,
  },
  OUTPUT_UNWRITABLE: {
    httpStatus: 500,
    ja: (p) => `出力先に書き込めません: ${p.path ?? ""}${p.reason ? `（${p.reason}）` : ""}`,
    en: (p) => `Cannot write to the output location: ${p.path ?? ""}${p.reason ? ` (${p.reason})` : ""}`,
  },
  NO_INPUT_FILES: {
    httpStatus: 400,
    ja: (p) => `解析するファイルがありません${p.path ? `: ${p.path}` : ""}。`,
    en: (p) => `No files to analyse${p.path ? `: ${p.path}` : ""}.`,
  },
  QUEUE_FULL: {
    httpStatus: 503,
    ja: () => "解析の待ち行列が満杯です。しばらくしてから再度お試しください。",
    en: () => "The analysis queue is full. Try again shortly.",
  },
  MALFORMED_REQUEST: {
    httpStatus: 400,
    ja: (p) => `リクエストが不正です${p.detail ? `（${p.detail}）` : ""}。`,
    en: (p) => `The request is malformed${p.detail ? ` (${p.detail})` : ""}.`,
  },
  UNAUTHORIZED: {
    httpStatus: 401,
    ja: () => "API キーがないか、正しくありません（Authorization: Bearer <キー>）。",
    en: () => "The API key is missing or wrong (Authorization: Bearer <key>).",
  },
  NOT_FOUND: {
    httpStatus: 404,
    ja: () => "指定されたリソースは存在しません。",
    en: () => "The requested resource does not exist.",
  },
  METHOD_NOT_ALLOWED: {
    httpStatus: 405,
    ja: (p) => `このメソッドは使えません（使えるもの: ${p.allow ?? ""}）。`,
    en: (p) => `Method not allowed (allowed: ${p.allow ?? ""}).`,
  },
  TOKENIZER_UNAVAILABLE: {
    httpStatus: 500,
    ja: () => "形態素解析の辞書を読み込めませんでした（kuromoji の辞書ファイルを確認してください）。",
    en: () => "The morphological dictionary could not be loaded (check kuromoji's dictionary files).",
  },
  INTERNAL_ERROR: {
    httpStatus: 500,
    ja: () => "内部エラーが発生しました。",
    en: () => "An internal error occurred.",
  },
} satisfies Record<string, ErrorDef>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A fatal, typed error: unusable input or a broken limit. Its `message` is the English text. */
export class ClausegapError extends Error {
  override readonly name = "ClausegapError";
  readonly code: ErrorCode;
  readonly messages: Bilingual;
  readonly httpStatus: number;
  readonly params: Params;

  /** `options.messages` restores the text of an error that crossed a thread boundary as data. */
  constructor(code: ErrorCode, params: Params = {}, options?: { cause?: unknown; messages?: Bilingual }) {
    const def: ErrorDef = ERROR_CODES[code];
    const messages = options?.messages ?? { ja: def.ja(params), en: def.en(params) };
    super(messages.en, options);
    this.code = code;
    this.messages = messages;
    this.httpStatus = def.httpStatus;
    this.params = params;
  }

  toJSON(): { code: ErrorCode; message: Bilingual } {
    return { code: this.code, message: this.messages };
  }
}

export function isClausegapError(e: unknown): e is ClausegapError {
  return e instanceof ClausegapError;
}

/** Wraps anything thrown into a ClausegapError, so callers never show a raw stack. */
export function toClausegapError(e: unknown): ClausegapError {
  if (isClausegapError(e)) return e;
  return new ClausegapError("INTERNAL_ERROR", {}, { cause: e });
}
