import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../../test/helpers.js';
import { makeDoc } from '../core/doc.js';
import { CasusError } from '../core/errors.js';
import { codeDoc } from '../stages/index.js';
import { admin1Names, ingForms, loadKnowledge } from './load.js';

function userDir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'casus-kb-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), body);
  }
  return d;
}

describe('knowledge', () => {
  it('loads the built-in files: every PLOVER type is reachable from the lexicon', () => {
    const k = loadKnowledge();
    const types = new Set(k.lexiconEntries.map((e) => e.plover));
    for (const t of [
      'AGREE',
      'CONSULT',
      'SUPPORT',
      'CONCEDE',
      'COOPERATE',
      'AID',
      'RETREAT',
      'REQUEST',
      'ACCUSE',
      'REJECT',
      'THREATEN',
      'PROTEST',
      'SANCTION',
      'MOBILIZE',
      'COERCE',
      'ASSAULT',
    ]) {
      expect(types).toContain(t);
    }
    expect(
      k.organisations.get('CSTO')?.members.some((m) => m.country === 'UZB' && m.from === '2006-06-23'),
    ).toBe(true);
  });

  it("maps every listed Kenyan locality to one of Kenya's 47 county areas, and leaves common words out", () => {
    const k = knowledge();
    expect(k.localities.size).toBeGreaterThan(3000);
    const areas = new Set([...k.localities.values()].flat());
    expect(areas.size).toBe(47);
    for (const a of areas) expect(a).toMatchObject({ kind: 'admin', country: 'KEN', featureCode: 'ADM1' });
    expect(k.localities.get('dadaab')?.map((a) => a.name)).toEqual(['Garissa']);
    expect(k.localities.get('mpeketoni')?.map((a) => a.name)).toEqual(['Lamu']);
    for (const generic of ['township', 'central', 'market']) expect(k.localities.has(generic)).toBe(false);
  });
  // An agent marked communal (herders) or partisan (a party's followers): its people attacking
  // others are a militia's attack on civilians, not mob violence.
  it.each([
    [
      'communal',
      'Camel keepers attacked farmers near Wajir on 3 May 2020.',
      'user.keepers',
      'CVL',
      'camel keeper',
    ],
    [
      'partisan',
      'On 3 May 2020, party volunteers beat up journalists near Wajir.',
      'user.volunteers',
      'PRO',
      'party volunteer',
    ],
  ])(
    'lets a user directory mark an agent %s: its people attacking are a militia',
    (property, text, id, sector, word) => {
      const acled = (k: ReturnType<typeof loadKnowledge>) =>
        codeDoc(makeDoc(text, { published: '2020-05-03' }), k).layers.claims?.[0]?.event.acled;
      const agent = (on: boolean) =>
        userDir({
          'actors/agents-user.yaml': `- { id: ${id}, sector: ${sector}, acled: "People ({country})", acled_nocountry: People, ${property}: ${on}, words: [${word}] }\n`,
        });
      expect(acled(loadKnowledge([agent(false)]))).toEqual(['Riots', 'Mob violence']);
      expect(acled(loadKnowledge([agent(true)]))).toEqual(['Violence against civilians', 'Attack']);
    },
  );
  it('lets a user directory add a lexicon entry and an organisation, changing coding without code changes', () => {
    const text = 'Zorgon raiders plundered the depot in Kandahar on 3 May 2020.';
    const before = codeDoc(makeDoc(text, { published: '2020-05-03' }), loadKnowledge());
    expect(before.layers.claims).toEqual([]);
    const dir = userDir({
      'events/lexicon-user.yaml':
        '- { id: user.plunder, plover: ASSAULT, mode: seize, cameo: "1711", acled: [Strategic developments, Looting/property destruction], weapon: true, patterns: [plunder] }\n',
      'actors/organisations-user.yaml':
        '- { id: ORG.ZORGON, names: [Zorgon raiders], country: AFG, sector: INS, acled: "Zorgon Raiders", armed: true }\n',
    });
    const after = codeDoc(makeDoc(text, { published: '2020-05-03' }), loadKnowledge([dir]));
    const c = after.layers.claims?.[0];
    expect(c?.event.acled).toEqual(['Strategic developments', 'Looting/property destruction']);
    expect(c?.source[0]).toMatchObject({ org: 'ORG.ZORGON', country: 'AFG', name: 'Zorgon Raiders' });
    expect(c?.rules).toContain('user.plunder');
  });

  it("lets a user directory name a head of state, whose name codes to the country's government", () => {
    const text = 'President Amara Veltrin accused Chad of arming rebels.';
    const before = codeDoc(makeDoc(text, { published: '2020-05-03' }), loadKnowledge());
    expect(before.layers.claims?.[0]?.source[0]?.country ?? null).toBeNull();
    const dir = userDir({
      'actors/leaders-user.yaml':
        '- { name: Amara Veltrin, aliases: [Veltrin], country: NER, office: President, from: 2019-01-01, to: null }\n',
    });
    const after = codeDoc(makeDoc(text, { published: '2020-05-03' }), loadKnowledge([dir]));
    expect(after.layers.claims?.[0]?.source[0]).toMatchObject({ country: 'NER', sector: 'GOV' });
    expect(after.layers.actors?.[0]?.rules).toContain('leader');
  });

  it('refuses an invalid knowledge file with CASUS_E003 naming the file', () => {
    const dir = userDir({ 'events/lexicon-bad.yaml': '- { id: x, plover: ASSAULT }\n' });
    expect(() => loadKnowledge([dir])).toThrowError(CasusError);
    try {
      loadKnowledge([dir]);
    } catch (e) {
      expect((e as CasusError).code).toBe('CASUS_E003');
      expect((e as CasusError).message).toContain('lexicon-bad.yaml');
    }
  });

  it('refuses a supplement place without coordinates: casus never invents them', () => {
    const dir = userDir({
      'places/supplement-x.yaml': '- { id: x, name: Nowhere, country: TJK, source: "me" }\n',
    });
    expect(() => loadKnowledge([dir])).toThrowError(/never invents coordinates/);
  });

  it("reads each of a two-part country's demonyms (world-countries writes them in one string)", () => {
    const k = knowledge();
    for (const [word, iso] of [
      ['bosnian', 'BIH'],
      ['herzegovinian', 'BIH'],
      ['barbudan', 'ATG'],
    ] as const) {
      const hit = k.actorMatcher.matchAt([word], 0);
      expect(hit?.values).toContainEqual({ kind: 'demonym', country: iso });
    }
  });

  it('spells -ing forms and admin-1 names', () => {
    expect(ingForms('fire')).toContain('firing');
    expect(ingForms('open')).toContain('opening');
    expect(admin1Names('Donetska oblast')).toContain('Donetsk');
    expect(admin1Names('Batken Region')).toContain('Batken region');
    expect(admin1Names('Al Anbar Governorate')).toContain('Anbar province');
    expect(admin1Names('As-Suwayda Governorate')).toContain('Suwayda');
    expect(admin1Names('Republic of Dagestan')).toContain('Dagestan');
    expect(admin1Names('Chukotka Autonomous Okrug')).toContain('Chukotka');
    expect(admin1Names('Şırnak')).toContain('Sirnak');
    expect(admin1Names('Taita–Taveta')).toContain('Taita-Taveta');
    // A hyphen between names is a space too, but compass words alone are no name.
    expect(admin1Names('Elgeyo-Marakwet')).toContain('Elgeyo Marakwet');
    expect(admin1Names('North-East District')).not.toContain('North East');
    // An adjective before "Republic" is no name on its own.
    expect(admin1Names('Chechen Republic')).not.toContain('Chechen');
    // Not every "An" or "El" is an article, nor is a short remainder a name.
    expect(admin1Names('An Giang')).not.toContain('Giang');
    expect(admin1Names('Al Ain')).not.toContain('Ain');
  });
  it('finds a place whichever way its hyphens are spelt', () => {
    const g = knowledge().gazetteer;
    const syr = (n: string) => g.lookup(n).some((c) => c.country === 'SYR' && c.kind === 'city');
    expect(syr('deir ez-zor')).toBe(true);
    expect(syr('deir-ez-zor')).toBe(true);
    expect(g.has('deir-ez-zor')).toBe(true);
    expect(g.lookup('port-au-prince')[0]?.country).toBe('HTI');
  });
  it("gives each admin-1 area its towns' GeoNames code, even where the city lists voted another", () => {
    const g = knowledge().gazetteer;
    const area = (n: string, c: string) =>
      g.lookup(n).find((x) => x.kind === 'admin' && x.country === c)?.admin1;
    const town = (n: string, c: string) =>
      g.lookup(n).find((x) => x.kind === 'city' && x.country === c)?.admin1;
    expect(area('west pokot', 'KEN')).toBe(town('kapenguria', 'KEN'));
    expect(area('poltavska oblast', 'UKR')).toBe(town('kremenchuk', 'UKR'));
    expect(area('buenos aires', 'ARG')).toBe(town('mar del plata', 'ARG'));
    // No city list votes for these: the seat bearing the area's name gives its code.
    expect(area('kirundo province', 'BDI')).toBe(town('kirundo', 'BDI'));
    expect(area('al hudaydah governorate', 'YEM')).toBe(town('zabid', 'YEM'));
    expect(area('kandahar', 'AFG')).toBe(town('spin boldak', 'AFG'));
  });
});
