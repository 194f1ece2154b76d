import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkTopic, parseTopic, TopicError } from '../../src/model/index.js';
import { clonePlantPack } from '../fixtures/packs.js';
import { edited } from './helpers.js';

describe('checkTopic', () => {
  it('a valid pack: no errors, the typed pack, and warnings only', () => {
    const result = checkTopic(clonePlantPack());
    expect(result.errors).to.deep.equal([]);
    expect(result.topic).to.deep.equal(parseTopic(clonePlantPack()));
  });

  it('reports every shape problem at once, each with its path, pointer and a suggestion where obvious', () => {
    const { topic, errors } = checkTopic(
      edited((pack) => {
        delete (pack as { title?: string }).title;
        (pack.symptoms[0] as { urgency?: string }).urgency = 'urgnet';
        (pack as Record<string, unknown>).lables = pack.labels;
        delete pack.labels;
      }),
    );
    expect(topic).to.equal(null);
    expect(errors).to.deep.equal([
      { path: 'title', pointer: '/title', message: 'is required but missing' },
      {
        path: 'symptoms[0].urgency',
        pointer: '/symptoms/0/urgency',
        message: 'expected one of "emergency", "urgent", "soon" but got "urgnet"',
        suggestion: 'did you mean "urgent"?',
      },
      {
        path: 'lables',
        pointer: '/lables',
        message: 'is not a known property (check its spelling)',
        suggestion: 'did you mean "labels"?',
      },
    ]);
  });

  it('reports every reference problem at once once the shape is sound, with the nearest id', () => {
    const { errors } = checkTopic(
      edited((pack) => {
        pack.symptoms[0].category = 'leafs';
        pack.comparison[0].evidence.push('tiny-hole');
        pack.steps[0].source = ['gide'];
      }),
    );
    expect(errors.map((error) => [error.pointer, error.suggestion])).to.deep.equal([
      ['/symptoms/0/category', 'did you mean "leaves"?'],
      ['/comparison/0/evidence/3', 'did you mean "tiny-holes"?'],
      ['/steps/0/source/0', 'did you mean "guide"?'],
    ]);
  });

  it('escapes odd keys in pointers', () => {
    const { errors } = checkTopic(edited((pack) => (pack.symptoms[0].suggests = { 'no/such~id': 1 })));
    expect(errors[0].pointer).to.equal('/symptoms/0/suggests/no~1such~0id');
  });

  it('warns about a condition no answer can lean to, a card no answer reaches and a row no answer touches', () => {
    const { errors, warnings } = checkTopic(
      edited((pack) => {
        pack.symptoms = pack.symptoms.map((symptom) => ({
          ...symptom,
          suggests: symptom.suggests.pests ? {} : symptom.suggests,
        }));
        pack.symptoms.forEach((symptom) => !Object.keys(symptom.suggests).length && delete symptom.basis);
        pack.careCards.soon = { title: 'Later', text: 'Later.', source: ['guide'] };
        pack.comparison[1].evidence = [];
      }),
    );
    expect(errors).to.deep.equal([]);
    expect(warnings.map((warning) => warning.pointer)).to.deep.equal([
      '/conditions/2',
      '/careCards/soon',
      '/comparison/1/evidence',
    ]);
  });

  it('warns about English statements above the reading-grade target', () => {
    const { warnings } = checkTopic(
      edited((pack) => {
        pack.summary.text = 'Phytopathological manifestations frequently necessitate comprehensive horticultural intervention.';
      }),
    );
    expect(warnings.map((warning) => warning.pointer)).to.include('/summary');
  });

  it('agrees with parseTopic: parseTopic throws the first problem checkTopic finds, for any input', () => {
    const base = clonePlantPack();
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom('title', 'symptoms', 'careCards', 'lists', 'situation'), (junk, key) => {
        const input = { ...structuredClone(base), [key]: junk };
        const { errors } = checkTopic(input);
        let thrown: unknown = null;
        try {
          parseTopic(input);
        } catch (error) {
          thrown = error;
        }
        if (!errors.length) {
          expect(thrown).to.equal(null);
        } else {
          expect(thrown).to.be.instanceOf(TopicError);
          expect((thrown as TopicError).path).to.equal(errors[0].path);
        }
      }),
      { numRuns: 200 },
    );
  });
});
