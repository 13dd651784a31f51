// Upper respiratory and ear: sinusitis, pharyngitis with the office rapid strep test (CLIA-waived,
// so modifier QW), acute otitis media with laterality, allergic rhinitis.
import { MDM, emStatement, officeEmCode } from './em';
import { familyNoise, normalExam, vitals } from './clinical';
import { ANY_SEX, begin, finish, scenario, type Ctx } from './kit';
import { respiratoryTobacco } from './scenarios-respiratory';
import { denies, durationPhrase } from './text';
import type { GeneratedNote } from './types';

function sinusitis(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const v = r.pick([
    { code: 'J01.90', words: ['Acute sinusitis', 'Acute bacterial sinusitis, unspecified sinus', 'Acute rhinosinusitis'] },
    { code: 'J01.00', words: ['Acute maxillary sinusitis', 'Acute bacterial maxillary sinusitis'] },
    { code: 'J01.01', words: ['Acute recurrent maxillary sinusitis', 'Recurrent acute maxillary sinusitis (4th episode this year)'] },
    { code: 'J01.10', words: ['Acute frontal sinusitis'] },
  ] as const);
  g.dx(v.code);
  const smoke = respiratoryTobacco(c);
  g.em(officeEmCode(p.newPatient, 3));
  return finish(c, {
    cc: r.pick(['Sinus pressure.', 'Sinus infection.', 'Facial pain and congestion.']),
    hpi: `${who.title} has ${r.int(10, 16)} days of nasal congestion, purulent drainage and ${v.code === 'J01.10' ? 'forehead' : 'maxillary'} pain, worse on bending forward; initially improved then worsened. ${denies(r, ['visual changes', 'periorbital swelling', 'neck stiffness', 'high fever'])}`,
    pmh: [],
    meds: [],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: smoke.text,
    ros: denies(r, ['ear pain', 'cough', 'chest pain']),
    vitals: vitals(r, p, { tempF: r.float1(98.6, 100.2) }),
    exam: `Tenderness over the ${v.code === 'J01.10' ? 'frontal' : 'maxillary'} sinuses, purulent drainage in the nares, TMs clear, pharynx mild PND. ${normalExam(r, ['lungs'])}`,
    assessment: [r.pick(v.words)],
    plan: [r.pick(['Amoxicillin-clavulanate 875 mg BID x 7 days.', 'Doxycycline 100 mg BID x 7 days.']), 'Saline irrigation, intranasal steroid.', 'Return if fever, swelling around the eye, or severe headache.'],
    billing: emStatement(r, p, 3, MDM.acuteUncomplicatedRx),
  });
}

function pharyngitis(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const positive = r.chance(0.45);
  const penicillinAllergy = r.chance(0.15);
  g.dx(positive ? 'J02.0' : 'J02.9');
  const smoke = respiratoryTobacco(c);
  g.em(officeEmCode(p.newPatient, 3));
  g.proc({ system: 'CPT', code: '87880', modifiers: ['QW'] });
  return finish(c, {
    cc: r.pick(['Sore throat.', 'Throat pain x 2 days.', 'Sore throat and fever.']),
    hpi: `${who.full}, ${who.age}, with ${durationPhrase(r, 'days', 1, 4)} of sore throat and painful swallowing${positive ? ', fever to 101-102' : ''}. ${denies(r, ['cough', 'drooling', 'trouble breathing', 'rash'])}`,
    pmh: [],
    meds: [],
    allergies: penicillinAllergy ? 'Penicillin (hives)' : 'NKDA',
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: smoke.text,
    ros: denies(r, ['ear pain', 'abdominal pain', 'vomiting']),
    vitals: vitals(r, p, { tempF: positive ? r.float1(100.8, 102.6) : r.float1(98.4, 99.6) }),
    exam: `Pharynx ${positive ? 'erythematous with tonsillar exudate and palatal petechiae' : 'mildly erythematous, no exudate'}; ${positive ? 'tender anterior cervical nodes' : 'no significant adenopathy'}. TMs normal. ${normalExam(r, ['lungs'])}`,
    results: `Rapid strep antigen (in office): ${positive ? 'POSITIVE' : 'negative'}.${positive ? '' : ' Throat culture sent.'}`,
    assessment: [positive ? r.pick(['Streptococcal pharyngitis', 'Strep throat, rapid test positive', 'Acute streptococcal pharyngitis']) : r.pick(['Acute pharyngitis, likely viral', 'Acute pharyngitis, strep negative', 'Pharyngitis - rapid strep negative'])],
    plan: positive ? [penicillinAllergy ? 'Penicillin allergy: azithromycin x 5 days.' : 'Amoxicillin 50 mg/kg/day once daily x 10 days (max 1000 mg).', 'Return to school/work after 12-24 h of antibiotics.'] : ['Supportive care: fluids, lozenges, ibuprofen.', 'Will call if culture positive.'],
    billing: emStatement(r, p, 3, positive ? MDM.acuteUncomplicatedRx : { problems: '1 acute uncomplicated illness', data: 'rapid strep result reviewed, culture ordered', risk: 'OTC drugs' }),
  });
}

function otitisMedia(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const side = r.pick([
    { code: 'H66.001', words: ['right ear', 'right'], exam: 'Right TM bulging, erythematous, purulent effusion; left TM normal.' },
    { code: 'H66.002', words: ['left ear', 'left'], exam: 'Left TM bulging and opaque with purulent fluid; right TM pearly gray.' },
    { code: 'H66.003', words: ['bilateral', 'both ears'], exam: 'Both TMs bulging, erythematous, with purulent effusions.' },
  ] as const);
  g.dx(side.code);
  const smoke = respiratoryTobacco(c);
  g.em(officeEmCode(p.newPatient, 3));
  const word = r.pick(side.words);
  return finish(c, {
    cc: r.pick(['Ear pain.', 'Fussy, pulling at ear.', 'Earache and fever.']),
    hpi: `${who.full} is a ${who.age} ${who.noun} brought by ${r.pick(['mother', 'father', 'grandmother'])} with ${durationPhrase(r, 'days', 1, 3)} of ear pain (${word}) and fever after a cold. ${denies(r, ['ear drainage', 'vomiting', 'lethargy', 'rash'])}`,
    pmh: [r.pick(['up to date on immunizations', 'immunizations current'])],
    meds: [],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: smoke.text,
    ros: denies(r, ['cough', 'diarrhea', 'neck stiffness']),
    vitals: vitals(r, p, { tempF: r.float1(99.8, 102.2) }),
    exam: `${side.exam} No TM perforation or otorrhea. Pharynx clear. ${normalExam(r, ['lungs'])}`,
    assessment: [r.pick([`Acute suppurative otitis media, ${word}`, `AOM, suppurative, ${word}, TM intact`])],
    plan: [`Amoxicillin ${r.pick(['80-90 mg/kg/day divided BID x 10 days', '90 mg/kg/day x 7 days'])}.`, 'Ibuprofen for pain.', 'Return if not improved in 48-72 h or if ear drainage develops.'],
    billing: emStatement(r, p, 3, MDM.acuteUncomplicatedRx),
  });
}

function allergicRhinitis(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const v = r.pick([
    { code: 'J30.1', words: ['Allergic rhinitis due to pollen', 'Seasonal allergic rhinitis due to tree and grass pollen'], trigger: 'spring pollen' },
    { code: 'J30.81', words: ['Allergic rhinitis due to animal (cat) dander', 'Allergic rhinitis, cat dander'], trigger: 'the family cat' },
    { code: 'J30.9', words: ['Allergic rhinitis, unspecified', 'Allergic rhinitis'], trigger: 'no clear trigger' },
  ] as const);
  g.dx(v.code);
  const smoke = respiratoryTobacco(c);
  g.em(officeEmCode(p.newPatient, 3));
  return finish(c, {
    cc: r.pick(['Allergies.', 'Runny nose and sneezing.', 'Itchy eyes and congestion.']),
    hpi: `${who.title} reports sneezing, clear rhinorrhea and itchy eyes, ${v.trigger === 'no clear trigger' ? 'year-round without a clear trigger' : `worse with ${v.trigger}`}. OTC loratadine partially helps. ${denies(r, ['fever', 'facial pain', 'wheezing', 'purulent discharge'])}`,
    pmh: [],
    meds: ['loratadine 10 mg prn'],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: smoke.text,
    ros: denies(r, ['cough', 'sore throat', 'rash']),
    vitals: vitals(r, p),
    exam: `Pale boggy nasal turbinates, clear discharge, allergic shiners. TMs clear. ${normalExam(r, ['lungs'])}`,
    assessment: [r.pick(v.words)],
    plan: ['Start fluticasone nasal spray 2 sprays each nostril daily.', 'Allergen avoidance; consider allergy testing if no improvement.'],
    billing: emStatement(r, p, 3, MDM.acuteUncomplicatedRx),
  });
}

export const ENT_SCENARIOS = [
  scenario({ id: 'acute-sinusitis', title: 'Acute sinusitis (unspecified, maxillary, recurrent, frontal)', sexes: ANY_SEX, ageRange: [12, 85], weight: 5, generate: (r, p) => sinusitis(begin(r, p)) }),
  scenario({ id: 'pharyngitis-rapid-strep', title: 'Pharyngitis with rapid strep, positive or negative', sexes: ANY_SEX, ageRange: [3, 60], weight: 5, generate: (r, p) => pharyngitis(begin(r, p)) }),
  scenario({ id: 'acute-otitis-media', title: 'Acute suppurative otitis media with laterality', sexes: ANY_SEX, ageRange: [1, 12], weight: 4, generate: (r, p) => otitisMedia(begin(r, p)) }),
  scenario({ id: 'allergic-rhinitis', title: 'Allergic rhinitis (pollen, animal dander, unspecified)', sexes: ANY_SEX, ageRange: [6, 75], weight: 3, generate: (r, p) => allergicRhinitis(begin(r, p)) }),
];
