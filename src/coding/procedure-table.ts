// Office procedures, tests and vaccines a note documents as performed. CPT code numbers with
// descriptions written by OpenRCM (never the AMA descriptors).

export interface ProcedureRule {
  code: string;
  system: 'CPT' | 'HCPCS';
  title: string;
  pattern: RegExp;
  /** a looser pattern for a whole procedure section (the site and the injection in different sentences) */
  blockPattern?: RegExp;
  /** minor procedures and services that NCCI bundles into a same-day E/M unless modifier 25 is used */
  bundlesEm?: boolean;
  /** laboratory or imaging: coded only when performed here, never when only ordered */
  kind?: 'lab' | 'imaging' | 'procedure' | 'drug' | 'counseling';
}

export const PROCEDURE_RULES: readonly ProcedureRule[] = [
  { code: '36415', system: 'CPT', title: 'Venipuncture for blood collection', pattern: /\b(venipuncture|blood (?:was |were )?drawn|phlebotomy|labs? (?:were )?drawn|drawn in (?:the )?office|(?:cbc|bmp|cmp|a1c|lipid\w*|psa|tsh|uric acid|iron studies|panel|labs?|levels?|ck|alt|ferritin|b12)\b[^.\n]{0,60}\b(?:drawn|collected) (?:today|in (?:the )?office|here))\b/i, kind: 'lab' },
  { code: '81003', system: 'CPT', title: 'Urinalysis by dipstick, automated, without microscopy', pattern: /\b(?:urine dip\w*|dipstick urinalysis|ua dip\w*|urinalysis)\b[^.\n]{0,40}\b(?:automated|analy[sz]er|clinitek)\b/i, kind: 'lab' },
  { code: '81002', system: 'CPT', title: 'Urinalysis by dipstick, non-automated, without microscopy', pattern: /\b(urine dip\w*|dipstick urinalysis|ua dip\w*|point[- ]of[- ]care (?:ua|urinalysis)|poc (?:ua|urinalysis)|in-office (?:ua|urinalysis)|office (?:ua|urinalysis)|urinalysis \(?dipstick)\b/i, kind: 'lab' },
  { code: '82962', system: 'CPT', title: 'Blood glucose by a home-use meter', pattern: /\b(fingerstick (?:blood )?glucose|finger[- ]?stick (?:blood )?(?:sugar|glucose)|glucometer|poc(?:t)? glucose|point[- ]of[- ]care glucose|capillary (?:blood )?glucose)\b/i, kind: 'lab' },
  { code: '87880', system: 'CPT', title: 'Rapid strep A antigen test', pattern: /\b(rapid strep|strep a antigen|rapid antigen (?:detection )?test for strep|rads\b)/i, kind: 'lab' },
  { code: '87804', system: 'CPT', title: 'Rapid influenza antigen test', pattern: /\b(rapid (?:flu|influenza)(?: a\/b)?(?: antigen)? test|rapid influenza)\b/i, kind: 'lab' },
  { code: '81025', system: 'CPT', title: 'Urine pregnancy test', pattern: /\b(urine (?:pregnancy test|hcg)|upt\b)/i, kind: 'lab' },
  { code: '93000', system: 'CPT', title: 'Resting 12-lead ECG with tracing and interpretation', pattern: /\b(12[- ]lead (?:ecg|ekg)|(?:ecg|ekg|electrocardiogram)\b[^.\n]{0,40}\b(?:performed|obtained|done|interpret\w*|shows|showed|reveals|in office|today))/i, kind: 'procedure' },
  { code: '96127', system: 'CPT', title: 'Brief emotional or behavioral assessment, scored instrument', pattern: /\b(phq-?9|gad-?7|vanderbilt|m-?chat|edinburgh|epds|asq|psc-?17)\b(?:\s*(?:score|scored|total|of|=|:|was|is))*\s*\d+/gi, kind: 'counseling' },
  { code: '51798', system: 'CPT', title: 'Bladder ultrasound for post-void residual', pattern: /\b(bladder scan|post-?void residual|pvr\b[^.\n]{0,20}(?:ultrasound|scan))/i, kind: 'procedure', bundlesEm: true },
  { code: '71046', system: 'CPT', title: 'Chest x-ray, two views', pattern: /\b(chest x-?ray|cxr|chest radiograph)\b[^.\n]{0,40}\b(2 views|two views|pa and lateral|pa\/lat)\b|\b(2|two)[- ]view chest\b/i, kind: 'imaging' },
  { code: '73110', system: 'CPT', title: 'Wrist x-ray, three or more views', pattern: /\bwrist\b[^.\n]{0,20}\b(x-?rays?|radiographs?|films?)\b|\b(x-?rays?|radiographs?|films?)\b[^.\n]{0,20}\bwrist\b/i, kind: 'imaging' },
  { code: '73610', system: 'CPT', title: 'Ankle x-ray, three or more views', pattern: /\bankle\b[^.\n]{0,20}\b(x-?rays?|radiographs?|films?)\b|\b(x-?rays?|radiographs?|films?)\b[^.\n]{0,20}\bankle\b/i, kind: 'imaging' },
  { code: '73552', system: 'CPT', title: 'Femur x-ray, two or more views', pattern: /\b(femur|thigh)\b[^.\n]{0,20}\b(x-?rays?|radiographs?|films?)\b|\b(x-?rays?|radiographs?|films?)\b[^.\n]{0,20}\b(femur|thigh)\b/i, kind: 'imaging' },
  { code: '73562', system: 'CPT', title: 'Knee x-ray, three views', pattern: /\bknee\b[^.\n]{0,20}\b(x-?rays?|radiographs?|films?)\b|\b(x-?rays?|radiographs?|films?)\b[^.\n]{0,20}\bknee\b/i, kind: 'imaging' },
  { code: '29125', system: 'CPT', title: 'Short arm splint, static', pattern: /\b(short arm splint|forearm splint|volar (?:wrist )?splint|sugar[- ]tong splint)\b/i, kind: 'procedure', bundlesEm: true },
  { code: '29515', system: 'CPT', title: 'Short leg splint', pattern: /\b(short leg splint|posterior (?:ankle |leg )?splint|ankle splint|stirrup splint)\b/i, kind: 'procedure', bundlesEm: true },
  { code: '94640', system: 'CPT', title: 'Inhaled treatment by nebulizer', pattern: /\b(nebuli[sz]er (?:treatment|tx)|neb(?:ulized)? (?:treatment|tx)|albuterol (?:\d[^.\n]{0,20})?neb\w*|duoneb|nebulized albuterol)\b/i, kind: 'procedure', bundlesEm: true },
  { code: '95992', system: 'CPT', title: 'Canalith repositioning', pattern: /\b(epley|canalith repositioning|semont)\b/i, kind: 'procedure', bundlesEm: true },
  { code: '69210', system: 'CPT', title: 'Removal of impacted cerumen with instruments', pattern: /\b(cerumen (?:was )?(?:removed|removal|disimpaction)|curette removal of cerumen|removal of impacted cerumen)\b/i, kind: 'procedure', bundlesEm: true },
  { code: '17110', system: 'CPT', title: 'Destruction of benign lesions such as warts, up to 14', pattern: /\b(cryo\w*|liquid nitrogen)\b[^.\n]{0,40}\b(warts?|verruca\w*)\b|\b(warts?|verruca\w*)\b[^.\n]{0,40}\b(cryo\w*|liquid nitrogen|frozen)\b/i, kind: 'procedure', bundlesEm: true },
  { code: '17000', system: 'CPT', title: 'Destruction of a premalignant lesion, first', pattern: /\b(cryo\w*|liquid nitrogen)\b[^.\n]{0,40}\bactinic keratos[ie]s\b|\bactinic keratos[ie]s\b[^.\n]{0,40}\b(cryo\w*|liquid nitrogen|frozen)\b/i, kind: 'procedure', bundlesEm: true },
  { code: '10060', system: 'CPT', title: 'Incision and drainage of abscess, simple or single', pattern: /\b(incision and drainage|i\s?&\s?d)\b/i, kind: 'procedure', bundlesEm: true },
  { code: '20610', system: 'CPT', title: 'Arthrocentesis or injection of a major joint or bursa, without ultrasound', pattern: /\b(knee|shoulder|hip|subacromial|glenohumeral)\b[^.\n]{0,40}\b(inject\w*|aspirat\w*|arthrocentesis)\b|\b(inject\w*|aspirat\w*|arthrocentesis)\b[^.\n]{0,40}\b(knee|shoulder|hip|subacromial|glenohumeral)\b(?! x-?ray)/i, kind: 'procedure', bundlesEm: true, blockPattern: /\b(knee|shoulder|hip|subacromial|glenohumeral|trochanteric)\b[\s\S]{0,250}\b(inject\w*|aspirat\w*)\b/i },
  { code: '99407', system: 'CPT', title: 'Tobacco cessation counseling, over 10 minutes', pattern: /\b(?:smoking|tobacco) cessation counseling\b[^.\n]{0,60}\b(1[1-9]|[2-9]\d)\s*min/i, kind: 'counseling', bundlesEm: true },
  { code: '99406', system: 'CPT', title: 'Tobacco cessation counseling, 3 to 10 minutes', pattern: /\b(?:smoking|tobacco) cessation counseling\b[^.\n]{0,60}\b([3-9]|10)\s*min|\b([3-9]|10)\s*min\w*\b[^.\n]{0,40}\b(?:smoking|tobacco) cessation/i, kind: 'counseling', bundlesEm: true },
];

export interface DrugRule {
  code: string;
  title: string;
  pattern: RegExp;
  /** mg per billing unit */
  mgPerUnit: number;
}

/** Drugs given by injection in the office: the J-code and its billing unit. */
export const DRUG_RULES: readonly DrugRule[] = [
  { code: 'J0696', title: 'Ceftriaxone sodium injection, per 250 mg', pattern: /\b(ceftriaxone|rocephin)\b[^.\n]{0,30}?(\d+(?:\.\d+)?)\s*(mg|g)\b|(\d+(?:\.\d+)?)\s*(mg|g)\b[^.\n]{0,15}\b(ceftriaxone|rocephin)\b/i, mgPerUnit: 250 },
  { code: 'J1885', title: 'Ketorolac tromethamine injection, per 15 mg', pattern: /\b(ketorolac|toradol)\b[^.\n]{0,30}?(\d+(?:\.\d+)?)\s*(mg)\b|(\d+(?:\.\d+)?)\s*(mg)\b[^.\n]{0,15}\b(ketorolac|toradol)\b/i, mgPerUnit: 15 },
  { code: 'J1030', title: 'Methylprednisolone acetate injection, 40 mg', pattern: /\b(methylprednisolone acetate|depo-?medrol)\b[^.\n]{0,30}?(\d+(?:\.\d+)?)\s*(mg)\b|(\d+(?:\.\d+)?)\s*(mg)\b[^.\n]{0,15}\b(methylprednisolone acetate|depo-?medrol)\b/i, mgPerUnit: 40 },
  { code: 'J3301', title: 'Triamcinolone acetonide injection, per 10 mg', pattern: /\b(triamcinolone(?: acetonide)?|kenalog)\b[^.\n]{0,30}?(\d+(?:\.\d+)?)\s*(mg)\b|(\d+(?:\.\d+)?)\s*(mg)\b[^.\n]{0,15}\b(triamcinolone|kenalog)\b/i, mgPerUnit: 10 },
  { code: 'J3420', title: 'Vitamin B-12 (cyanocobalamin) injection, up to 1000 mcg', pattern: /\b(b-?12|cyanocobalamin)\b[^.\n]{0,30}?(1000)\s*(mcg)\b/i, mgPerUnit: 1000 },
];

export interface VaccineRule {
  code: string;
  title: string;
  pattern: RegExp;
  /** vaccine components, for 90460/90461 counseling codes */
  components: number;
}

export const VACCINE_RULES: readonly VaccineRule[] = [
  { code: '90662', title: 'Influenza vaccine, high dose', pattern: /\b(high[- ]dose (?:flu|influenza)|fluzone high[- ]dose|(?:flu|influenza)[^.\n]{0,20}high[- ]dose)/i, components: 1 },
  { code: '90686', title: 'Influenza vaccine, quadrivalent, preservative free, 0.5 mL', pattern: /\b(?:influenza|flu)\b[^.\n]{0,40}\b(?:vaccine|shot|immuni[sz]ation|quadrivalent|preservative[- ]free)|\b(?:quadrivalent|preservative[- ]free)[^.\n]{0,30}\binfluenza\b/i, components: 1 },
  { code: '90715', title: 'Tdap vaccine, age 7 and older', pattern: /\btdap\b/i, components: 3 },
  { code: '90700', title: 'DTaP vaccine, under age 7', pattern: /\bdtap\b(?![- ]?ipv)/i, components: 3 },
  { code: '90707', title: 'MMR vaccine, live', pattern: /\b(mmr|measles,? mumps,? (?:and )?rubella)\b/i, components: 3 },
  { code: '90713', title: 'Poliovirus vaccine, inactivated', pattern: /\b(ipv|inactivated polio\w*|polio vaccine)\b/i, components: 1 },
  { code: '90716', title: 'Varicella vaccine, live', pattern: /\b(varicella|chickenpox|varivax)\b/i, components: 1 },
  { code: '90633', title: 'Hepatitis A vaccine, pediatric, 2 doses', pattern: /\bhep(?:atitis)? a\b/i, components: 1 },
  { code: '90651', title: 'HPV vaccine, 9-valent', pattern: /\b(hpv|gardasil|human papilloma\w*)\b/i, components: 1 },
  { code: '90734', title: 'Meningococcal conjugate vaccine, A, C, W, Y', pattern: /\b(menactra|menveo|menquadfi|mcv4|menacwy|meningococcal conjugate)\b/i, components: 1 },
  { code: '90746', title: 'Hepatitis B vaccine, adult dosage', pattern: /\bhep(?:atitis)? b\b/i, components: 1 },
  { code: '90750', title: 'Zoster vaccine, recombinant', pattern: /\b(shingrix|zoster vaccine|shingles vaccine|recombinant zoster)\b/i, components: 1 },
  { code: '90677', title: 'Pneumococcal conjugate vaccine, 20-valent', pattern: /\b(pcv-?20|prevnar 20)\b/i, components: 1 },
  { code: '90732', title: 'Pneumococcal polysaccharide vaccine, 23-valent', pattern: /\b(ppsv-?23|pneumovax)\b/i, components: 1 },
];
