// Document names as users gave them, made safe to store, show and log.
const MAX_NAME_CHARS = 200;
const FALLBACK_NAME = "document";

/**
 * Keeps the last path component only (a browser or client may send `C:\\dir\\file.pdf` or
 * `../../x`), drops control and format characters (including bidi overrides such as U+202E that
 * disguise an extension), collapses whitespace and caps the length in code points.
 */
export function sanitizeName(raw: string | undefined): string {
  if (!raw) return FALLBACK_NAME;
  const base = raw.normalize("NFC").split(/[/\\]/).at(-1) ?? "";
  const clean = base
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^\.+$/, "");
  const capped = [...clean].slice(0, MAX_NAME_CHARS).join("");
  return capped || FALLBACK_NAME;
}

/** A raw body's name: `?name=` wins, then an `X-Document-Name` header (percent-encoded UTF-8 allowed). */
export function nameFromRawRequest(query: unknown, header: string | undefined): string {
  if (typeof query === "string") return sanitizeName(query);
  if (header === undefined) return sanitizeName(undefined);
  try {
    return sanitizeName(decodeURIComponent(header));
  } catch {
    return sanitizeName(header);
  }
}
