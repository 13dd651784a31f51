// File reading for the simulator: rules, roster and the PFS relative value file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputError } from '../errors/index';
import { parseFeeSchedule, type FeeSchedule } from './fee-schedule';
import { DEFAULT_RULES, parseRoster, parseRules, type PayerRules, type Roster } from './rules';

export const PFS_FILE = 'pfs_rvu/pprrvu_2024_rvu24c_jul.csv';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw inputError('payer_sim.unreadable', `cannot read ${path}: ${(e as Error).message}`);
  }
}

export function loadRules(path: string | undefined): PayerRules {
  if (!path) return DEFAULT_RULES;
  const r = parseRules(readJson(path));
  if (!r.ok) throw inputError('payer_sim.bad_rules', `rules file ${path} does not fit: ${r.problems.join('; ')}`);
  return r.rules;
}

export function loadRoster(path: string | undefined): Roster {
  if (!path || !existsSync(path)) return { members: [] };
  const r = parseRoster(readJson(path));
  if (!r.ok) throw inputError('payer_sim.bad_roster', `roster file ${path} does not fit: ${r.problems.join('; ')}`);
  return r.roster;
}

/** The PFS file under the shared data folder, or an empty schedule (allowed then falls back to a share of charge). */
export function loadFeeSchedule(dataDir: string | undefined): FeeSchedule {
  const path = dataDir ? join(dataDir, PFS_FILE) : undefined;
  if (!path || !existsSync(path)) return new Map();
  return parseFeeSchedule(readFileSync(path, 'utf8'));
}
