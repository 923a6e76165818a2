/** Raw bytes and where/when they came from: the input of extraction. */
export interface Document {
  /** The raw bytes as read or fetched. */
  bytes: Uint8Array;
  /** How the user named the input: a path, a URL, `-` for stdin, or `path#line` inside a JSONL file. */
  source: string;
  /** The page URL when known (fetched, or given in a JSONL record). */
  url?: string;
  /** `Content-Type` header or what the file name implies (`text/html`, `text/plain`). */
  contentType?: string;
  /** Charset declared outside the bytes (HTTP header), if any. */
  declaredCharset?: string;
  /** ISO time the bytes were read or fetched. */
  fetchedAt?: string;
}
