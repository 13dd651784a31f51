import { describe, expect, it } from 'vitest';
import { contextOf, sentenceContext } from './context';

/** The context kinds of the first occurrence of `mention` in `sentence`. */
function kinds(sentence: string, mention: string): string[] {
  const at = sentence.indexOf(mention);
  if (at < 0) throw new Error(`"${mention}" not in "${sentence}"`);
  return [...contextOf(sentenceContext(sentence, 100), 100 + at, 100 + at + mention.length)].sort();
}

describe('ConText triggers', () => {
  it('negates forward from "denies" across a list', () => {
    expect(kinds('Denies chest pain, fever, or chills.', 'chills')).toEqual(['negated']);
  });
  it('negates "no evidence of"', () => {
    expect(kinds('CXR: no evidence of pneumonia.', 'pneumonia')).toEqual(['negated']);
  });
  it('negates backward with "ruled out"', () => {
    expect(kinds('Myocardial infarction was ruled out.', 'Myocardial infarction')).toEqual(['negated']);
  });
  it('stops a negation at a terminator', () => {
    expect(kinds('No fever but has productive cough.', 'productive cough')).toEqual([]);
  });
  it('marks uncertainty forward and backward', () => {
    expect(kinds('Cough, rule out pneumonia.', 'pneumonia')).toEqual(['uncertain']);
    expect(kinds('Probable viral syndrome.', 'viral syndrome')).toEqual(['uncertain']);
    expect(kinds('Appendicitis is suspected.', 'Appendicitis')).toEqual(['uncertain']);
  });
  it('does not take "likely" after a diagnosis as doubt about it', () => {
    expect(kinds('Acute bronchitis, likely viral.', 'Acute bronchitis')).toEqual([]);
  });
  it('marks history', () => {
    expect(kinds('History of kidney stones.', 'kidney stones')).toEqual(['historical']);
    expect(kinds('s/p appendectomy 2004.', 'appendectomy')).toEqual(['historical']);
  });
  it('marks family history only with a relative who had it', () => {
    expect(kinds('Mother had breast cancer at 55.', 'breast cancer')).toEqual(['family']);
    expect(kinds('Brought by mother with ear pain for 3 days.', 'ear pain')).toEqual([]);
  });
  it('marks hypothetical return precautions', () => {
    expect(kinds('Return if fever or vomiting develops.', 'fever')).toEqual(['hypothetical']);
  });
  it('ignores pseudo-triggers', () => {
    expect(kinds('No change in his chronic cough.', 'chronic cough')).toEqual([]);
    expect(kinds('Patient in no acute distress, wheezing noted.', 'wheezing')).toEqual([]);
  });
  it('does not let a trigger inside the mention govern it', () => {
    expect(kinds('Migraine without aura.', 'Migraine without aura')).toEqual([]);
  });
});
