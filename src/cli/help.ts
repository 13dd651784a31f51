import { COMMON_OPTIONS, type Command } from './command';

export function commandHelp(command: Command): string {
  const lines = [`openrcm ${command.path.join(' ')} ${command.usage ?? ''}`.trimEnd(), '', command.summary, '', 'Options:'];
  const all = { ...command.options, ...COMMON_OPTIONS };
  const rows = Object.entries(all).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.valueName ?? 'VALUE'}` : ''}`;
    return [flag, o.description] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length));
  for (const [flag, description] of rows) lines.push(`  ${flag.padEnd(width)}  ${description}`);
  return `${lines.join('\n')}\n`;
}

export function mainHelp(commands: readonly Command[]): string {
  const rows = commands.map((c) => [c.path.join(' '), c.summary] as const);
  const width = Math.max(...rows.map(([p]) => p.length));
  return [
    'openrcm: medical coding and billing, from the clinical note to the paid claim.',
    '',
    'Usage: openrcm COMMAND [options]     (openrcm COMMAND --help for its options)',
    '',
    'Commands:',
    ...rows.map(([p, s]) => `  ${p.padEnd(width)}  ${s}`),
    '',
    'Exit codes: 0 success, 1 a finding (invalid file, failed edit), 2 bad usage or unreadable input.',
    'Environment: DATABASE_URL (PostgreSQL server), OPENRCM_DATA_DIR (embedded database), OPENRCM_CODESETS (code-set folder).',
    '',
  ].join('\n');
}
