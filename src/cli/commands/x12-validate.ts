import { writeJson, writeLine } from '../command';
import type { X12Finding } from '../x12-module';
import { x12FileCommand } from './x12-common';

const view = (f: X12Finding) => ({
  severity: f.severity,
  code: f.code,
  segmentPosition: f.segmentPosition,
  segmentId: f.segmentId,
  loop: f.loop ?? null,
  element: f.element ?? null,
  message: f.message,
});

function describe(f: X12Finding): string {
  const where = [`segment ${f.segmentPosition}`, f.segmentId, f.loop && `loop ${f.loop}`, f.element].filter(Boolean).join(' ');
  return `  ${f.severity === 'error' ? 'ERROR  ' : 'warning'} ${where}: ${f.message} [${f.code}]`;
}

export const x12Validate = x12FileCommand({
  path: ['x12', 'validate'],
  summary: 'Check an X12 file against its implementation guide (exit 1 when it has errors)',
  usage: 'FILE [--json]',
  show(file, result, args, io) {
    const transactions = result.transactions.map((t) => ({
      set: t.transaction.transactionSetId,
      guide: t.transaction.guide,
      controlNumber: t.transaction.controlNumber,
      findings: t.findings,
    }));
    const all = [...result.findings, ...transactions.flatMap((t) => t.findings)];
    const valid = !all.some((f) => f.severity === 'error');
    if (args.values.json) {
      writeJson(io, {
        valid,
        ...(result.findings.length ? { findings: result.findings.map(view) } : {}),
        transactions: transactions.map((t) => ({ set: t.set, guide: t.guide, controlNumber: t.controlNumber, findings: t.findings.map(view) })),
      });
      return valid ? 0 : 1;
    }
    for (const f of result.findings) writeLine(io, describe(f));
    for (const t of transactions) {
      const errors = t.findings.filter((f) => f.severity === 'error').length;
      writeLine(io, `${t.set} ${t.guide} control number ${t.controlNumber}: ${errors ? `${errors} error(s)` : 'valid'}${t.findings.length - errors ? `, ${t.findings.length - errors} warning(s)` : ''}`);
      for (const f of t.findings) writeLine(io, describe(f));
    }
    writeLine(io, valid ? `${file}: valid` : `${file}: NOT valid`);
    return valid ? 0 : 1;
  },
});
