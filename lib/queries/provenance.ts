// Where a fact was printed: the source's address and publication, as every export and page states it.

export interface SourceFields {
  url: string | null;
  publication: string | null;
}

export interface Provenance {
  /** The publication as stored, else the host of the address; null when neither is known. */
  publication: string | null;
  /** The address the source was read from (http/https only), or null when it was a file without one. */
  url: string | null;
}

export function provenance(s: SourceFields): Provenance {
  let host: string | null = null;
  if (s.url) {
    try {
      host = new URL(s.url).host;
    } catch {
      host = null;
    }
  }
  return { publication: s.publication || host, url: host ? s.url : null };
}
