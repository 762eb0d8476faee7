// The list joiners and the one edit distance every "did you mean" uses.
import { describe, expect, test } from '@jest/globals';
import { andList, editDistance, orList } from '../../src/core/base/similar.js';

describe('lists in messages', () => {
  test('"a, b or c": no comma before the last item, as every message is worded', () => {
    expect(orList([])).toBe('');
    expect(orList(['a'])).toBe('a');
    expect(orList(['a', 'b'])).toBe('a or b');
    expect(orList(['us-east-1', 'us-east-2', 'us-west-1'])).toBe(
      'us-east-1, us-east-2 or us-west-1',
    );
    expect(andList(['ZZ_A', 'ZZ_B', 'ZZ_C'])).toBe('ZZ_A, ZZ_B and ZZ_C');
    expect(andList(["input 'a'", "input 'b'"])).toBe("input 'a' and input 'b'");
  });
});

describe('editDistance', () => {
  test('Levenshtein, with a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('MDOE', 'MODE')).toBe(1);
    expect(editDistance('eu-wset-1', 'eu-west-1')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
