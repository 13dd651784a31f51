// Numbers with units and note-level facts: age, sex, new or established patient, BMI (and pediatric
// percentile), weeks of gestation, blood pressure, lesion and wound sizes, documented total time.

export interface NoteFacts {
  ageYears?: number;
  sex?: 'M' | 'F';
  newPatient?: boolean;
  bmi?: number;
  bmiPercentile?: number;
  weeksGestation?: number;
  bloodPressure?: { systolic: number; diastolic: number };
  /** sizes in cm, in note order */
  sizesCm: { value: number; start: number; end: number }[];
  /** documented total time on the date of the encounter, minutes */
  totalMinutes?: number;
  /** the medical decision making level as the note states it */
  statedMdm?: 'straightforward' | 'low' | 'moderate' | 'high';
}

function num(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export function readFacts(text: string): NoteFacts {
  const facts: NoteFacts = { sizesCm: [] };
  const age = /\b(\d{1,3})[- ]?(?:year|yr)s?[- ]?old\b|\b(\d{1,3})\s*(?:yo|y\/o|y\.o\.)\b|\bage[:\s]+(\d{1,3})\b/i.exec(text);
  if (age) facts.ageYears = num(age[1] ?? age[2] ?? age[3]);
  const months = /\b(\d{1,2})[- ]?(?:month|mo)s?[- ]?old\b/i.exec(text);
  if (months && (facts.ageYears === undefined || (age && months.index < age.index))) facts.ageYears = 0;
  const sex = /\b(?:\d+[- ]?(?:year|yr)s?[- ]?old|yo|y\/o)[ ,]*(male|female|man|woman|boy|girl|gentleman|lady|M|F)\b/i.exec(text) ?? /\b(?:sex|gender)[:\s]+(male|female|M|F)\b/i.exec(text);
  if (sex) facts.sex = /^(m|male|man|boy|gentleman)$/i.test(sex[1]!) ? 'M' : 'F';
  if (/\bnew patient\b|\bnew pt\b|\bestablishing care\b|\bnew to (?:the )?(?:practice|clinic)\b/i.test(text)) facts.newPatient = true;
  else if (/\bestablished patient\b|\best(?:\.|ablished)? pt\b|\breturn(?:ing)? patient\b/i.test(text)) facts.newPatient = false;
  const bmi = /\bBMI\b[^0-9\n]{0,12}(\d{2}(?:\.\d)?)(?!\s*(?:th|st|nd|rd|%))/i.exec(text);
  if (bmi) facts.bmi = num(bmi[1]);
  const pct = /\bBMI\b[^.\n]{0,20}?(\d{1,2}(?:\.\d)?)\s*(?:th|st|nd|rd)?\s*(?:percentile|%ile|%)/i.exec(text);
  if (pct) facts.bmiPercentile = num(pct[1]);
  const weeks = /\b(\d{1,2})(?:\s*(?:\+|and)\s*\d\/7)?\s*(?:weeks?|wks?)(?:\s*(?:and\s*)?\d\s*days?)?\s*(?:of\s*)?(?:gestation|pregnant|ga\b|iup)|\b(\d{1,2})w\d?d?\b|\bGA[:\s]+(\d{1,2})/i.exec(text);
  if (weeks) facts.weeksGestation = num(weeks[1] ?? weeks[2] ?? weeks[3]);
  else if (/\b(pregnan\w*|gravida|G\d\s*P\d|prenatal|iup|gestation|lmp|edd|obstetric)/i.test(text)) {
    const at = /\b(?:at|@)\s*(\d{1,2})(?:\s*(?:\+\s*\d|and \d\/7))?\s*(?:weeks?|wks?)\b/i.exec(text);
    if (at) facts.weeksGestation = num(at[1]);
  }
  const bp = /\b(?:BP|blood pressure)[:\s]*(\d{2,3})\s*\/\s*(\d{2,3})/i.exec(text);
  if (bp) facts.bloodPressure = { systolic: Number(bp[1]), diastolic: Number(bp[2]) };
  for (const m of text.matchAll(/\b(\d{1,2}(?:\.\d{1,2})?)\s*(cm|mm)\b/gi)) {
    const value = Number(m[1]) / (m[2]!.toLowerCase() === 'mm' ? 10 : 1);
    facts.sizesCm.push({ value, start: m.index, end: m.index + m[0].length });
  }
  const time = /\btotal (?:time|of)[^.\n]{0,60}?(\d{2,3})\s*(?:minutes|mins?)\b|\b(\d{2,3})\s*(?:minutes|mins?)\b[^.\n]{0,40}\b(?:total|spent|on the date of)/i.exec(text) ?? /\bspent\s+(\d{2,3})\s*(?:minutes|mins?)\b/i.exec(text);
  if (time) facts.totalMinutes = num(time[1] ?? time[2]);
  const mdm = /\b(?:MDM|medical decision[- ]making|decision making)\b[^.\n]{0,30}?\b(straightforward|low|moderate|high)\b/i.exec(text);
  if (mdm) facts.statedMdm = mdm[1]!.toLowerCase() as NoteFacts['statedMdm'];
  return facts;
}
