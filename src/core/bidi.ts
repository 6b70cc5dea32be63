/**
 * Bidirectional text from data. A name may hold right-to-left text or even an override
 * (U+202E): it must not reorder the text around it. Templates wrap each user-supplied string that
 * shares a line with others in `<bdi>`; where names are joined into one text run (a list's author
 * line, whose 10,000 names must not become 10,000 elements) each goes through `isolate()`, the
 * same isolation as characters; a string that goes inside a message (`graphTitleOf`'s `{name}`)
 * goes through `closeBidi()`, which leaves ordinary text unchanged.
 */

const LRE = 0x202a;
const RLO = 0x202e;
const PDF = 0x202c;
const LRI = 0x2066;
const FSI = 0x2068;
const PDI = 0x2069;

/**
 * `text` with every embedding, override or isolate it opens closed at its end (UAX #9: a PDF
 * for each open LRE/RLE/LRO/RLO, a PDI for each open LRI/RLI/FSI), so it cannot reorder the text
 * that follows it. Text that opens nothing is returned as it is.
 */
export function closeBidi(text: string): string {
  if (!/[\u202a-\u202e\u2066-\u2068]/.test(text)) return text;
  const open: ('e' | 'i')[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= LRE && c <= RLO && c !== PDF) open.push('e');
    else if (c === PDF) {
      if (open[open.length - 1] === 'e') open.pop();
    } else if (c >= LRI && c <= FSI) open.push('i');
    else if (c === PDI && open.includes('i')) {
      while (open.pop() !== 'i');
    }
  }
  return text + open.reverse().map((k) => (k === 'e' ? '\u202c' : '\u2069')).join('');
}

/**
 * `text` as a first-strong isolate (FSI … PDI), like `<bdi>` but as characters. A PDI in the text
 * that closes nothing of its own is removed (it would end the isolate early), and whatever the
 * text leaves open is closed.
 */
export function isolate(text: string): string {
  let inner = text;
  if (inner.includes('\u2069')) {
    let depth = 0;
    inner = inner.replace(/[\u2066-\u2069]/g, (c) => {
      if (c !== '\u2069') {
        depth++;
        return c;
      }
      if (!depth) return '';
      depth--;
      return c;
    });
  }
  return `\u2068${closeBidi(inner)}\u2069`;
}
