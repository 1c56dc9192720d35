// Characters that change how text around them is shown without being visible: bidirectional
// controls (U+202E turns "重庆市人民政府" into a lookalike that reads backwards, and leaks into
// the page title and links around it) and zero-width characters (two names that look the same
// but are different rows). They are removed from names, organs and posts at import; the source
// text is stored as it was.
const INVISIBLE_CONTROLS = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function withoutInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, "");
}

export function hasInvisibleControls(text: string): boolean {
  INVISIBLE_CONTROLS.lastIndex = 0;
  return new RegExp(INVISIBLE_CONTROLS.source).test(text);
}
