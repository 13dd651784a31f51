// The practice's own charge master for every CPT/HCPCS code the synthetic notes use, plus the full
// office and preventive E/M ranges. Descriptions are our own short wording (never the AMA
// descriptors); fees are plausible US physician-office charges in integer cents, set above the
// Medicare allowable as practices do.

export interface HouseCptCode {
  code: string;
  description: string;
  feeCents: number;
}

export const HOUSE_CPT_CODES: readonly HouseCptCode[] = [
  // Office E/M, new patient (2021+ set; 99201 no longer exists)
  { code: '99202', description: 'Office visit, new patient, straightforward decision making or 15+ minutes', feeCents: 13000 },
  { code: '99203', description: 'Office visit, new patient, low decision making or 30+ minutes', feeCents: 20000 },
  { code: '99204', description: 'Office visit, new patient, moderate decision making or 45+ minutes', feeCents: 30000 },
  { code: '99205', description: 'Office visit, new patient, high decision making or 60+ minutes', feeCents: 39000 },
  // Office E/M, established patient
  { code: '99211', description: 'Office visit, established patient, staff visit that may not need a physician', feeCents: 4500 },
  { code: '99212', description: 'Office visit, established patient, straightforward decision making or 10+ minutes', feeCents: 9500 },
  { code: '99213', description: 'Office visit, established patient, low decision making or 20+ minutes', feeCents: 15000 },
  { code: '99214', description: 'Office visit, established patient, moderate decision making or 30+ minutes', feeCents: 22000 },
  { code: '99215', description: 'Office visit, established patient, high decision making or 40+ minutes', feeCents: 30000 },
  // Preventive medicine, new patient, by age
  { code: '99381', description: 'Preventive checkup, new patient, under 1 year old', feeCents: 24000 },
  { code: '99382', description: 'Preventive checkup, new patient, age 1 to 4', feeCents: 25000 },
  { code: '99383', description: 'Preventive checkup, new patient, age 5 to 11', feeCents: 25500 },
  { code: '99384', description: 'Preventive checkup, new patient, age 12 to 17', feeCents: 27500 },
  { code: '99385', description: 'Preventive checkup, new patient, age 18 to 39', feeCents: 27000 },
  { code: '99386', description: 'Preventive checkup, new patient, age 40 to 64', feeCents: 31000 },
  { code: '99387', description: 'Preventive checkup, new patient, 65 and older', feeCents: 34000 },
  // Preventive medicine, established patient, by age
  { code: '99391', description: 'Preventive checkup, established patient, under 1 year old', feeCents: 21500 },
  { code: '99392', description: 'Preventive checkup, established patient, age 1 to 4', feeCents: 23000 },
  { code: '99393', description: 'Preventive checkup, established patient, age 5 to 11', feeCents: 23000 },
  { code: '99394', description: 'Preventive checkup, established patient, age 12 to 17', feeCents: 25000 },
  { code: '99395', description: 'Preventive checkup, established patient, age 18 to 39', feeCents: 25500 },
  { code: '99396', description: 'Preventive checkup, established patient, age 40 to 64', feeCents: 27000 },
  { code: '99397', description: 'Preventive checkup, established patient, 65 and older', feeCents: 29000 },
  // Medicare wellness and screening (HCPCS Level II)
  { code: 'G0438', description: 'Medicare annual wellness visit, first one with personalized prevention plan', feeCents: 30000 },
  { code: 'G0439', description: 'Medicare annual wellness visit, later years', feeCents: 20500 },
  { code: 'G0444', description: 'Yearly depression screening, up to 15 minutes', feeCents: 4000 },
  { code: 'G0008', description: 'Giving a flu shot to a Medicare patient', feeCents: 4500 },
  // Office labs and tests
  { code: '36415', description: 'Drawing blood from a vein for lab tests', feeCents: 1500 },
  { code: '81002', description: 'Urine dipstick read by eye, no microscope', feeCents: 1500 },
  { code: '81003', description: 'Urine dipstick read by analyzer, no microscope', feeCents: 1200 },
  { code: '82962', description: 'Fingerstick blood sugar with a home-type meter', feeCents: 1200 },
  { code: '87880', description: 'Rapid strep A antigen test (quick office swab)', feeCents: 3500 },
  { code: '93000', description: 'Resting 12-lead ECG with tracing and physician reading', feeCents: 6000 },
  { code: '96127', description: 'Scored behavioral or emotional screening questionnaire, each', feeCents: 1500 },
  { code: '51798', description: 'Bladder ultrasound to measure urine left after voiding', feeCents: 4500 },
  // Imaging (global: taken and read in the office)
  { code: '71046', description: 'Chest x-ray, two views', feeCents: 9500 },
  { code: '73110', description: 'Wrist x-ray, three or more views', feeCents: 9000 },
  { code: '73610', description: 'Ankle x-ray, three or more views', feeCents: 8500 },
  { code: '73552', description: 'Thigh bone (femur) x-ray, two or more views', feeCents: 9500 },
  // Splints, treatments, injections
  { code: '29125', description: 'Applying a short forearm splint, static', feeCents: 12000 },
  { code: '29515', description: 'Applying a short lower-leg splint', feeCents: 13000 },
  { code: '94640', description: 'Inhaled breathing treatment given in the office (nebulizer)', feeCents: 4500 },
  { code: '95992', description: 'Repositioning maneuver for positional vertigo (e.g. Epley), per day', feeCents: 9000 },
  { code: '96372', description: 'Injection of a drug under the skin or into a muscle', feeCents: 4000 },
  { code: '20610', description: 'Needle aspiration or injection of a large joint or bursa, no ultrasound', feeCents: 18000 },
  { code: '99406', description: 'Quit-smoking counseling, 3 to 10 minutes', feeCents: 3500 },
  { code: '99407', description: 'Quit-smoking counseling, more than 10 minutes', feeCents: 6500 },
  // Drug supplies (HCPCS Level II), per billing unit
  { code: 'J0696', description: 'Ceftriaxone injection, per 250 mg', feeCents: 1200 },
  { code: 'J1030', description: 'Methylprednisolone acetate injection, 40 mg', feeCents: 1500 },
  { code: 'J1885', description: 'Ketorolac injection, per 15 mg', feeCents: 800 },
  { code: 'J3301', description: 'Triamcinolone acetonide injection, per 10 mg', feeCents: 500 },
  // Wound repair by anatomic group and length
  { code: '12001', description: 'Simple wound closure, scalp/neck/trunk/limbs, up to 2.5 cm', feeCents: 21000 },
  { code: '12002', description: 'Simple wound closure, scalp/neck/trunk/limbs, 2.6 to 7.5 cm', feeCents: 26000 },
  { code: '12004', description: 'Simple wound closure, scalp/neck/trunk/limbs, 7.6 to 12.5 cm', feeCents: 32000 },
  { code: '12011', description: 'Simple wound closure, face/ears/lips/nose/eyelids, up to 2.5 cm', feeCents: 24000 },
  { code: '12013', description: 'Simple wound closure, face/ears/lips/nose/eyelids, 2.6 to 5.0 cm', feeCents: 29000 },
  { code: '12014', description: 'Simple wound closure, face/ears/lips/nose/eyelids, 5.1 to 7.5 cm', feeCents: 34000 },
  { code: '12031', description: 'Layered wound closure, scalp/trunk/limbs, up to 2.5 cm', feeCents: 38000 },
  { code: '12032', description: 'Layered wound closure, scalp/trunk/limbs, 2.6 to 7.5 cm', feeCents: 46000 },
  { code: '12051', description: 'Layered wound closure, face/ears/lips/nose/eyelids, up to 2.5 cm', feeCents: 42000 },
  { code: '12052', description: 'Layered wound closure, face/ears/lips/nose/eyelids, 2.6 to 5.0 cm', feeCents: 48000 },
  // Benign skin lesion removal, trunk/arms/legs, by excised diameter
  { code: '11400', description: 'Cutting out a benign skin lesion, trunk/arms/legs, up to 0.5 cm', feeCents: 21000 },
  { code: '11401', description: 'Cutting out a benign skin lesion, trunk/arms/legs, 0.6 to 1.0 cm', feeCents: 25000 },
  { code: '11402', description: 'Cutting out a benign skin lesion, trunk/arms/legs, 1.1 to 2.0 cm', feeCents: 29000 },
  { code: '11403', description: 'Cutting out a benign skin lesion, trunk/arms/legs, 2.1 to 3.0 cm', feeCents: 33000 },
  { code: '11404', description: 'Cutting out a benign skin lesion, trunk/arms/legs, 3.1 to 4.0 cm', feeCents: 37000 },
  { code: '11406', description: 'Cutting out a benign skin lesion, trunk/arms/legs, over 4.0 cm', feeCents: 48000 },
  // Vaccine products
  { code: '90633', description: 'Hepatitis A vaccine, children, two-dose schedule', feeCents: 4500 },
  { code: '90651', description: 'HPV vaccine, 9-valent', feeCents: 29000 },
  { code: '90662', description: 'Flu vaccine, high dose, for older adults', feeCents: 7500 },
  { code: '90686', description: 'Flu vaccine, four strains, no preservative, 0.5 mL', feeCents: 3000 },
  { code: '90700', description: 'DTaP vaccine for children under 7', feeCents: 4000 },
  { code: '90707', description: 'Measles, mumps and rubella (MMR) live vaccine', feeCents: 11000 },
  { code: '90713', description: 'Inactivated polio vaccine (IPV)', feeCents: 4500 },
  { code: '90715', description: 'Tdap booster for age 7 and up', feeCents: 6000 },
  { code: '90716', description: 'Chickenpox (varicella) live vaccine', feeCents: 19000 },
  { code: '90734', description: 'Meningococcal conjugate vaccine, serogroups A, C, W, Y', feeCents: 16000 },
  { code: '90746', description: 'Hepatitis B vaccine, adult dose', feeCents: 7500 },
  { code: '90750', description: 'Shingles vaccine, recombinant (Shingrix)', feeCents: 22000 },
  // Vaccine administration
  { code: '90460', description: 'Child vaccine given with physician counseling, first component of each vaccine', feeCents: 4000 },
  { code: '90461', description: 'Child vaccine counseling, each extra component', feeCents: 2500 },
  { code: '90471', description: 'Giving one vaccine by injection (first)', feeCents: 3500 },
  { code: '90472', description: 'Giving each additional vaccine by injection', feeCents: 2500 },
];
