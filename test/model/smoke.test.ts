import { expect } from '@open-wc/testing';
import { parseTopic } from '../../src/model/index.js';
import { b12MuscleTightness } from '../../src/topics/b12-muscle-tightness.js';

describe('smoke', () => {
  it('parses the built-in pack', () => {
    expect(parseTopic(b12MuscleTightness).id).to.equal('b12-muscle-tightness');
  });
});
