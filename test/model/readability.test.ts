import { expect } from '@open-wc/testing';
import { readingGrade, syllables, textCounts } from '../../src/model/readability.js';
import { displayedStatements } from '../../src/model/statements.js';
import { clonePlantPack } from '../fixtures/packs.js';

describe('readingGrade', () => {
  it('counts syllables the usual way, silent endings and digits included', () => {
    const cases: Record<string, number> = {
      cat: 1,
      make: 1,
      makes: 1,
      used: 1,
      needed: 2,
      little: 2,
      simple: 2,
      water: 2,
      muscle: 2,
      tingling: 2,
      nutritional: 4,
      coordination: 4,
      B12: 2,
      yeast: 1,
    };
    for (const [word, count] of Object.entries(cases)) expect(syllables(word), word).to.equal(count);
  });

  it('leaves bracketed terms out, as they stand beside the plain words', () => {
    expect(textCounts('Tingling (paresthesia) in the feet.')).to.deep.equal(textCounts('Tingling in the feet.'));
  });

  it('gives short plain sentences a low grade and long, many-syllable ones a high grade', () => {
    expect(readingGrade('See a GP. Most cramps go away by themselves.')).to.be.below(3);
    const hard =
      'Regular monitoring of vitamin concentrations will ensure the therapeutic intervention is effective and that manifestations, including musculoskeletal rigidity, improve progressively.';
    expect(readingGrade(hard)).to.be.above(15);
  });

  it('matches the Flesch-Kincaid formula', () => {
    // 6 words, 1 sentence, 8 syllables: 0.39 × 6 + 11.8 × 8/6 − 15.59.
    expect(readingGrade('The cat sat on the mattress.')).to.be.closeTo(0.39 * 6 + (11.8 * 7) / 6 - 15.59, 1e-9);
  });

  it('is 0 for text without words', () => {
    expect(readingGrade('')).to.equal(0);
    expect(readingGrade('(ataxia)')).to.equal(0);
  });
});

describe('displayedStatements', () => {
  it('finds every statement of a pack with its path, care cards included', () => {
    const found = displayedStatements(clonePlantPack());
    const paths = found.map((statement) => statement.path);
    expect(paths).to.include.members([
      'summary',
      'background[0]',
      'conditions[0].leaning',
      'careCards.urgent',
      'guidance.safetyNet',
      'steps[1]',
    ]);
    expect(found.every((statement) => statement.text.length > 0 && statement.source.length > 0)).to.equal(true);
  });
});
