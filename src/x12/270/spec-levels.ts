// The loops above the benefit level that the 270 and 271 (both 005010X279A1) build alike: the HL levels
// 2000A..2000D and the name loops 2100A..2100D. What the guide has differ between request and response
// is passed in (usages, trace types and counts, the 271's AAA validations and contacts, member REF and
// DTP code lists, and the loops below the member), so each spec still states it.
import type { LoopSpec, SegmentSpec } from '../spec';
import { dmgSpec, hlSpec, levelLoop, n3Spec, n4Spec, nameLoop, nm1Spec, prvSpec, refSpec, trnSpec } from '../inquiry-common/index';
import {
  DEPENDENT_RELATIONSHIP_CODES,
  INFORMATION_RECEIVER_ENTITY_CODES,
  INFORMATION_RECEIVER_ID_QUALIFIERS,
  INFORMATION_RECEIVER_REF_QUALIFIERS,
  INFORMATION_SOURCE_ENTITY_CODES,
  INFORMATION_SOURCE_ID_QUALIFIERS,
  MEMBER_ID_QUALIFIERS,
  PROVIDER_CODES,
} from './codes';
import { hiSpec, insSpec } from './spec-segments';

export interface MemberNameParts {
  refQualifiers: readonly string[];
  /** Segments between N4 and PRV (the 271's AAA). */
  validation: (who: string) => SegmentSpec[];
  /** The member DTP, with the guide's qualifiers and repeat count for this transaction. */
  dates: (who: string) => SegmentSpec;
  /** Segments after the DTP (the 271's MPI). */
  after: SegmentSpec[];
  /** The loop under the name: 2110C/D inquiry (270) or benefit (271). */
  loops: (suffix: 'C' | 'D', who: string) => LoopSpec[];
}

/** 2100C subscriber name or 2100D dependent name. */
function memberNameLoop(suffix: 'C' | 'D', who: string, entityCode: string, p: MemberNameParts): LoopSpec {
  const isSubscriber = suffix === 'C';
  return nameLoop(
    `2100${suffix}`,
    `${who} Name`,
    [
      nm1Spec(`${who} Name`, { entityCodes: [entityCode], entityTypes: ['1'], idQualifiers: isSubscriber ? MEMBER_ID_QUALIFIERS : undefined, idUsage: isSubscriber ? 'S' : 'N' }),
      refSpec(`${who} Additional Identification`, p.refQualifiers, 9),
      n3Spec(`${who} Address`),
      n4Spec(`${who} City, State, ZIP Code`),
      ...p.validation(who),
      prvSpec('Provider Information', PROVIDER_CODES),
      dmgSpec(`${who} Demographic Information`),
      insSpec(`${who} Relationship`, isSubscriber ? ['Y'] : ['N'], isSubscriber ? ['18'] : DEPENDENT_RELATIONSHIP_CODES),
      hiSpec,
      p.dates(who),
      ...p.after,
    ],
    p.loops(suffix, who),
  );
}

/** 2000C subscriber level, holding 2000D dependent levels. */
export function memberLevels(o: { subscriberUsage: 'R' | 'S'; traceTypes: readonly string[]; traceMax: number; name: MemberNameParts }): LoopSpec {
  const trace = (who: string) => trnSpec(`${who} Trace Number`, o.traceTypes, o.traceMax);
  const loop2000D = levelLoop('2000D', 'Dependent Level', 'S', [hlSpec('Dependent Level', '23', 'R'), trace('Dependent')], [
    memberNameLoop('D', 'Dependent', '03', o.name),
  ]);
  return levelLoop('2000C', 'Subscriber Level', o.subscriberUsage, [hlSpec('Subscriber Level', '22', 'R'), trace('Subscriber')], [
    memberNameLoop('C', 'Subscriber', 'IL', o.name),
    loop2000D,
  ]);
}

/** 2000B information receiver level; `validation` stands between N4 and PRV in 2100B (the 271's AAA). */
export function receiverLevel(usage: 'R' | 'S', validation: SegmentSpec[], subscribers: LoopSpec): LoopSpec {
  const name = nameLoop('2100B', 'Information Receiver Name', [
    nm1Spec('Information Receiver Name', { entityCodes: INFORMATION_RECEIVER_ENTITY_CODES, idQualifiers: INFORMATION_RECEIVER_ID_QUALIFIERS, idUsage: 'R' }),
    refSpec('Information Receiver Additional Identification', INFORMATION_RECEIVER_REF_QUALIFIERS, 9),
    n3Spec('Information Receiver Address'),
    n4Spec('Information Receiver City, State, ZIP Code'),
    ...validation,
    prvSpec('Information Receiver Provider Information', PROVIDER_CODES),
  ]);
  return levelLoop('2000B', 'Information Receiver Level', usage, [hlSpec('Information Receiver Level', '21', 'R')], [name, subscribers]);
}

/** 2000A information source level; the 271 adds its AAA to the level and its PER and AAA to 2100A. */
export function sourceLevel(levelSegments: SegmentSpec[], nameSegments: SegmentSpec[], receivers: LoopSpec): LoopSpec {
  const nm1 = nm1Spec('Information Source Name', { entityCodes: INFORMATION_SOURCE_ENTITY_CODES, idQualifiers: INFORMATION_SOURCE_ID_QUALIFIERS, idUsage: 'R' });
  return levelLoop('2000A', 'Information Source Level', 'R', [hlSpec('Information Source Level', '20', 'R', 'N'), ...levelSegments], [
    nameLoop('2100A', 'Information Source Name', [nm1, ...nameSegments]),
    receivers,
  ]);
}
