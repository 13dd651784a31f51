// Turns the facts of a visit into one of three note styles, so that the same scenario reads
// differently from one patient to the next: terse SOAP, a sectioned problem-oriented note, or a
// dictated letter to the referring physician.
import { CLINICIANS, REFERRING_DOCTORS, capitalize, person } from './text';
import type { NotePatient, NoteRandom } from './types';

export interface NoteContent {
  cc: string;
  hpi: string;
  pmh: string[];
  meds: string[];
  allergies?: string;
  fh: string;
  sh: string;
  ros: string;
  vitals: string;
  exam: string;
  results?: string;
  assessment: string[];
  plan: string[];
  procedure?: string;
  /** MDM or time statement supporting the E/M level */
  billing?: string;
  ageLabel?: string;
}

export type NoteStyle = 'problem' | 'soap' | 'letter';

function header(p: NotePatient, c: NoteContent, title: string): string {
  const who = person(p, c.ageLabel);
  return `${title}\nPatient: ${who.full}   Age/Sex: ${who.age} ${p.sex}   DOS: ${p.dateOfService}   ${p.newPatient ? 'New patient' : 'Established patient'}`;
}

function numbered(lines: readonly string[]): string {
  return lines.map((l, i) => `${i + 1}. ${l}`).join('\n');
}

function renderProblem(r: NoteRandom, p: NotePatient, c: NoteContent): string {
  const parts = [
    header(p, c, r.pick(['PROGRESS NOTE', 'OFFICE VISIT', 'CLINIC NOTE'])),
    `CHIEF COMPLAINT: ${c.cc}`,
    `HPI: ${c.hpi}`,
    `PMH: ${c.pmh.length ? c.pmh.join('; ') : 'None significant.'}`,
    `MEDICATIONS: ${c.meds.length ? c.meds.join(', ') : 'None.'}`,
    `ALLERGIES: ${c.allergies ?? 'NKDA'}`,
    `FH: ${c.fh}`,
    `SH: ${c.sh}`,
    `ROS: ${c.ros}`,
    `VITALS: ${c.vitals}`,
    `EXAM: ${c.exam}`,
  ];
  if (c.results) parts.push(`RESULTS: ${c.results}`);
  if (c.procedure) parts.push(`PROCEDURE: ${c.procedure}`);
  parts.push(`ASSESSMENT:\n${numbered(c.assessment)}`, `PLAN:\n${c.plan.map((l) => `- ${l}`).join('\n')}`);
  if (c.billing) parts.push(c.billing);
  parts.push(`Electronically signed: ${r.pick(CLINICIANS)}`);
  return parts.join('\n\n');
}

function renderSoap(r: NoteRandom, p: NotePatient, c: NoteContent): string {
  const s = [`CC: ${c.cc}`, c.hpi, `PMH: ${c.pmh.join(', ') || 'none'}.`, `Meds: ${c.meds.join(', ') || 'none'}.`, `All: ${c.allergies ?? 'NKDA'}.`, `FHx: ${c.fh}`, `SHx: ${c.sh}`, `ROS: ${c.ros}`];
  const o = [c.vitals, c.exam, ...(c.results ? [c.results] : [])];
  const parts = [header(p, c, 'SOAP NOTE'), `S: ${s.join(' ')}`, `O: ${o.join(' ')}`];
  if (c.procedure) parts.push(`Procedure: ${c.procedure}`);
  parts.push(`A:\n${numbered(c.assessment)}`, `P:\n${c.plan.map((l) => `- ${l}`).join('\n')}`);
  if (c.billing) parts.push(c.billing);
  parts.push(`-- ${r.pick(CLINICIANS)}`);
  return parts.join('\n');
}

function renderLetter(r: NoteRandom, p: NotePatient, c: NoteContent): string {
  const who = person(p, c.ageLabel);
  const doctor = r.pick(REFERRING_DOCTORS);
  const opening = r.pick([
    `Thank you for asking me to see ${who.full}, a ${who.age} ${who.noun}, whom I saw in the office on ${p.dateOfService} for ${c.cc.toLowerCase().replace(/\.$/, '')}.`,
    `I had the pleasure of seeing ${who.full} in clinic today (${p.dateOfService}). As you know, ${who.he} is a ${who.age} ${who.noun} seen for ${c.cc.toLowerCase().replace(/\.$/, '')}.`,
  ]);
  const parts = [
    `Re: ${who.full}, ${who.age} ${p.sex}\nDate of service: ${p.dateOfService}\n\nDear ${doctor},`,
    opening,
    c.hpi,
    `${capitalize(who.his)} past history includes ${c.pmh.length ? c.pmh.join('; ') : 'nothing of note'}. Current medications: ${c.meds.join(', ') || 'none'}. Allergies: ${c.allergies ?? 'no known drug allergies'}. Family history: ${c.fh} Social history: ${c.sh}`,
    `Review of systems: ${c.ros}`,
    `On examination: ${c.vitals} ${c.exam}${c.results ? ` ${c.results}` : ''}`,
  ];
  if (c.procedure) parts.push(`Procedure: ${c.procedure}`);
  parts.push(`Impression:\n${numbered(c.assessment)}`, `Recommendations:\n${c.plan.map((l) => `- ${l}`).join('\n')}`);
  if (c.billing) parts.push(c.billing);
  parts.push(`Thank you for involving me in ${who.his} care.\n\nSincerely,\n${r.pick(CLINICIANS)}`);
  return parts.join('\n\n');
}

export function renderNote(style: NoteStyle, r: NoteRandom, p: NotePatient, content: NoteContent): string {
  // Sections often start with a side ("right knee: ..."); sentences start with a capital.
  const c: NoteContent = {
    ...content,
    exam: capitalize(content.exam),
    ...(content.procedure ? { procedure: capitalize(content.procedure) } : {}),
    ...(content.results ? { results: capitalize(content.results) } : {}),
    assessment: content.assessment.map(capitalize),
  };
  if (style === 'soap') return renderSoap(r, p, c);
  if (style === 'letter') return renderLetter(r, p, c);
  return renderProblem(r, p, c);
}
