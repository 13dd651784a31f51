import { describe, expect, it } from 'vitest';
import { requiredProviders } from './required-providers';
import { makeClaim, runEdit } from './scrub.testkit';

describe('required.providers', () => {
  it('passes a complete billing provider', () => {
    expect(runEdit(requiredProviders, makeClaim())).toEqual([]);
  });

  it('flags an NPI with a wrong check digit, a PO box and a five-digit ZIP', () => {
    const bp = makeClaim().billingProvider;
    const claim = makeClaim({ billingProvider: { ...bp, npi: '1234567890', address: { line1: 'P.O. Box 778', city: 'Springfield', state: 'IL', postalCode: '62701' } } });
    expect(runEdit(requiredProviders, claim).map((f) => f.path)).toEqual(['billingProvider.npi', 'billingProvider.address.line1', 'billingProvider.address.postalCode']);
  });

  it('checks the rendering provider NPI and the taxonomy code', () => {
    const bp = makeClaim().billingProvider;
    const claim = makeClaim({ renderingProvider: { entityType: 'person', npi: '123', lastNameOrOrganization: 'Smith' }, billingProvider: { ...bp, taxonomyCode: '207Q0000' } });
    expect(runEdit(requiredProviders, claim).map((f) => f.path)).toEqual(['renderingProvider.npi', 'billingProvider.taxonomyCode']);
    const { taxonomyCode: _t, ...noTaxonomy } = bp;
    expect(runEdit(requiredProviders, makeClaim({ billingProvider: noTaxonomy }))[0]!.severity).toBe('warning');
  });
});
