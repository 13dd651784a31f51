import { AppError } from '../../errors/index';
import { CODESET_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { codeSetDirFromArgs } from '../context';
import { classifyDenial, loadAdjustmentCodeList, type DenialInput } from '../denials-module';
import { stringOption } from '../parse';

const GROUPS = new Set(['CO', 'PR', 'OA', 'PI', 'CR']);

export const denialsExplain: Command = {
  path: ['denials', 'explain'],
  summary: 'Explain a denial: root cause, who works it, what to do, with the official CARC/RARC wording',
  usage: 'CARC [RARC...] [--group CO|PR|OA|PI]',
  positionals: { min: 1, max: Infinity },
  options: {
    ...CODESET_OPTIONS,
    group: { type: 'string', valueName: 'CODE', description: 'claim adjustment group code (default CO)' },
  },
  async run(args, io) {
    const group = (stringOption(args, 'group') ?? 'CO').toUpperCase();
    if (!GROUPS.has(group)) throw new AppError('usage', 'denials.group', `--group must be one of CO, PR, OA, PI, CR (got ${group})`);
    const [carc, ...rarcs] = args.positionals.map((p) => p.trim().toUpperCase());
    const codes = await loadAdjustmentCodeList(codeSetDirFromArgs(args, io).dir);
    const c = classifyDenial({ group: group as DenialInput['group'], carc: carc!, rarcs }, codes);
    const described = c.descriptions;
    if (args.values.json) {
      writeJson(io, c);
      return 0;
    }
    for (const d of described) writeLine(io, `${d.code}${d.retired ? ' (retired)' : ''}: ${d.description}`);
    const unknown = [carc!, ...rarcs].filter((code) => !described.some((d) => d.code === code));
    if (unknown.length) writeLine(io, `not in the code list: ${unknown.join(', ')}`);
    writeLine(io, `root cause: ${c.label} (${c.basis.by === 'unknown' ? 'not recognised' : `from ${c.basis.by.toUpperCase()} ${c.basis.code}`})`);
    writeLine(io, `work queue: ${c.queue}; resolution: ${c.path.replace('_', ' ')}`);
    writeLine(io, `action: ${c.recommendedAction}`);
    return 0;
  },
};
