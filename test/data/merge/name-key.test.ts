/**
 * nameKey's one-pass path for printable ASCII names gives exactly what folding the name with
 * regular expressions gives (`foldedNameKey`, the path of every other name), on generated names
 * with commas, initials, hyphens, digits, apostrophes and runs of spaces.
 */
import { expect } from '@open-wc/testing';
import { foldedNameKey, nameKey } from '../../../src/data/merge/keys.js';
import { rng } from '../../helpers/rng.js';

const PIECES = ['Ludmila', 'I.', 'Kuncheva', 'van', 'der', 'Berg', 'J', 'O\'Neil', 'Smith-Jones', ',', ', ', ' ', '  ', '.', '-', '3', 'MC', 'de la', 'A', '(ed.)', '~', 'x'];

describe('nameKey: ASCII names in one pass', () => {
  it('equals the folded key on 20,000 generated names', () => {
    const r = rng(7);
    let keyed = 0;
    for (let i = 0; i < 20_000; i++) {
      const n = 1 + Math.floor(r() * 6);
      let name = '';
      for (let k = 0; k < n; k++) name += PIECES[Math.floor(r() * PIECES.length)] + (r() < 0.6 ? ' ' : '');
      if (r() < 0.1) name = ` ${name}`;
      expect(nameKey(name), JSON.stringify(name)).to.equal(foldedNameKey(name));
      if (nameKey(name)) keyed++;
    }
    expect(keyed).to.be.greaterThan(15_000);
  });

  it('known forms', () => {
    for (const [name, key] of [
      ['Ludmila I. Kuncheva', 'kuncheva l'],
      ['L. Kuncheva', 'kuncheva l'],
      ['Kuncheva, Ludmila', 'kuncheva l'],
      ['van der Berg, Jan', 'vanderberg j'],
      ['Plato', 'plato'],
      [', Jan', null],
      ['  ', null],
      ['Ødegaard, Bjørn', 'odegaard b'],
    ] as const) {
      expect(nameKey(name), name).to.equal(key);
    }
  });
});
