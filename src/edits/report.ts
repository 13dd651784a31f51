// Findings as text for people (the CLI prints these).
import type { ScrubResult } from './types';

export function renderScrubResult(r: ScrubResult): string[] {
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.length - errors;
  const head = `${r.patientControlNumber}: ${r.clean ? 'clean' : 'HELD'}${r.findings.length ? ` (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`;
  const lines = [head];
  for (const f of r.findings) {
    lines.push(`  ${f.severity === 'error' ? 'error  ' : 'warning'} ${f.editId}${f.lineNumber !== undefined ? ` line ${f.lineNumber}` : ''} [${f.path}]: ${f.message}`);
    lines.push(`          fix: ${f.suggestedFix}`);
  }
  return lines;
}
