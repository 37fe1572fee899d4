import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/core/types.js';
import { code, ROOT } from './helpers.js';

/**
 * The case that started casus, told three ways: the bundled example and two reports of the
 * same facts written differently. Each must code to the same events.
 */
function cases(): [string, readonly Claim[]][] {
  const example = JSON.parse(
    readFileSync(join(ROOT, 'examples', '2021-04-29-isfara-border-shooting.json'), 'utf8'),
  );
  const out: [string, readonly Claim[]][] = [
    [
      'bundled example',
      code(example.text, { outlet: example.outlet, published: example.published }).layers.claims ?? [],
    ],
  ];
  for (const f of ['central-asia-variant-quoted.txt', 'central-asia-variant-referring.txt']) {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', f), 'utf8');
    out.push([f, code(text, { published: '2021-04-29' }).layers.claims ?? []]);
  }
  return out;
}

describe.each(cases())('the April 2021 Isfara case: %s', (_name, claims) => {
  const assaults = claims.filter((c) => c.event.plover === 'ASSAULT' && c.status === 'asserted');

  it('codes the CSTO meeting in Dushanbe as CONSULT on 2021-04-29', () => {
    const meeting = claims.find((c) => c.event.plover === 'CONSULT');
    expect(meeting?.source[0]).toMatchObject({ org: 'CSTO' });
    expect(meeting?.place).toMatchObject({ name: 'Dushanbe', country: 'TJK' });
    expect(meeting?.date?.value).toBe('2021-04-29');
  });

  it('codes the Tajik account: Kyrgyz military fired on Tajik border troops, 13:00, near Isfara, Khovar citing the Border Troops', () => {
    const tajik = assaults.find((c) => c.source[0]?.country === 'KGZ');
    expect(tajik).toBeDefined();
    expect(tajik!.source[0]).toMatchObject({ country: 'KGZ', sector: 'MIL' });
    expect(tajik!.target[0]).toMatchObject({ country: 'TJK', sector: 'MIL' });
    expect(tajik!.date).toMatchObject({ value: '2021-04-29', time: '13:00' });
    expect(tajik!.place).toMatchObject({ name: 'Isfara', country: 'TJK', precision: 2 });
    expect(tajik!.claimant[0]).toMatchObject({ role: 'outlet', name: 'Khovar' });
    expect(tajik!.claimant[1]).toMatchObject({ role: 'cited', country: 'TJK' });
    expect(tajik!.claimant[1]!.name).toMatch(/Border Troops/i);
    expect(tajik!.event.acled).toEqual(['Battles', 'Armed clash']);
  });

  it("codes the Kyrgyz account with the roles reversed, claimed by Kyrgyzstan's border service", () => {
    const kyrgyz = assaults.find((c) => c.source[0]?.country === 'TJK');
    expect(kyrgyz).toBeDefined();
    expect(kyrgyz!.target[0]).toMatchObject({ country: 'KGZ' });
    expect(kyrgyz!.date?.value).toBe('2021-04-29');
    expect(kyrgyz!.place?.country).toBe('TJK');
    const cited = kyrgyz!.claimant.find((l) => l.role === 'cited');
    expect(cited).toMatchObject({ country: 'KGZ' });
    expect(cited!.name).toMatch(/border service/i);
  });

  it('keeps every evidence span equal to the text it points at', () => {
    for (const c of claims) {
      expect(c.evidence.text.length).toBe(c.evidence.end - c.evidence.start);
      for (const a of [...c.source, ...c.target]) expect(a.text.length).toBe(a.span.end - a.span.start);
    }
  });
});
