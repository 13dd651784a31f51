export { parseTa1, generateTa1, ta1FromFindings, TA1_NOTE_CODES, type Ta1 } from './ta1';
