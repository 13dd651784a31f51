// Provider data the payer's front end checks: NPIs that pass the Luhn check digit, the billing
// provider's taxonomy, a street address (no PO box) with a nine-digit ZIP code.
import type { ClaimProvider } from '../claims/index';
import { isValidNpi } from '../practice/index';
import { finding } from './claim-facts';
import type { Edit, EditFinding } from './types';

const ID = 'required.providers';
const PO_BOX = /\b(P\.?\s*O\.?\s*BOX|POST\s+OFFICE\s+BOX|POB\s+\d|LOCK\s*BOX|BOX\s+\d+$)/i;
const TAXONOMY = /^[0-9]{3}[0-9A-Z]{6}X$/;

function checkNpi(out: EditFinding[], provider: ClaimProvider | undefined, path: string, role: string): void {
  if (!provider) return;
  if (!isValidNpi(provider.npi)) {
    out.push(finding(ID, 'error', `${path}.npi`, `The ${role} NPI '${provider.npi}' is not valid (10 digits with a correct check digit)`,
      `Correct the ${role}'s NPI from NPPES`));
  }
}

export const requiredProviders: Edit = {
  id: ID,
  title: 'Provider NPIs, taxonomy and billing address',
  severity: 'error',
  run({ claim }) {
    const out: EditFinding[] = [];
    const bp = claim.billingProvider;
    checkNpi(out, bp, 'billingProvider', 'billing provider');
    checkNpi(out, claim.renderingProvider, 'renderingProvider', 'rendering provider');
    checkNpi(out, claim.referringProvider, 'referringProvider', 'referring provider');
    checkNpi(out, claim.supervisingProvider, 'supervisingProvider', 'supervising provider');
    claim.lines.forEach((l, i) => checkNpi(out, l.renderingProvider, `lines[${i}].renderingProvider`, `line ${l.lineNumber} rendering provider`));
    if (!bp.taxonomyCode) {
      out.push(finding(ID, 'warning', 'billingProvider.taxonomyCode', 'The billing provider has no taxonomy code (PRV): many payers require it to match the enrolled specialty',
        'Add the billing provider\'s NUCC taxonomy code as enrolled with the payer'));
    } else if (!TAXONOMY.test(bp.taxonomyCode)) {
      out.push(finding(ID, 'error', 'billingProvider.taxonomyCode', `'${bp.taxonomyCode}' is not a NUCC taxonomy code (ten characters ending in X, e.g. 207Q00000X)`,
        'Correct the taxonomy code'));
    }
    if (!bp.taxId) out.push(finding(ID, 'error', 'billingProvider.taxId', 'The billing provider has no tax id (EIN or SSN)', 'Add the EIN (or SSN) the payer has on file'));
    const a = bp.address;
    if (!a) {
      out.push(finding(ID, 'error', 'billingProvider.address', 'The billing provider has no address', 'Add the practice\'s street address'));
      return out;
    }
    if (PO_BOX.test(a.line1) || (a.line2 && PO_BOX.test(a.line2))) {
      out.push(finding(ID, 'error', 'billingProvider.address.line1', `The billing provider address '${a.line1}' is a PO box: the 837 requires a street address`,
        'Use the practice\'s physical address; put the PO box in the pay-to address'));
    }
    if (!/^\d{9}$/.test(a.postalCode)) {
      out.push(finding(ID, 'error', 'billingProvider.address.postalCode', `The billing provider ZIP code '${a.postalCode}' must have nine digits (ZIP+4)`,
        'Add the four-digit ZIP extension (USPS lookup)'));
    }
    return out;
  },
};
