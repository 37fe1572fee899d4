import { describe, expect, it } from 'vitest';
import { code, knowledge } from '../../test/helpers.js';

/** Our own sentences, one or more per PLOVER type, with the type and mode casus must code. */
const CASES: readonly [string, string, string | null][] = [
  ['Kazakhstan and Uzbekistan agreed to build a joint water intake on the Syr Darya.', 'AGREE', null],
  ['The Tajik government pledged to rebuild the school in Vorukh.', 'AGREE', null],
  ['The foreign ministers of Kyrgyzstan and Tajikistan met in Bishkek on Monday.', 'CONSULT', null],
  ['The Kenyan president spoke by telephone with the Ethiopian prime minister.', 'CONSULT', 'phone'],
  ['Leaders of ASEAN gathered for a summit in Jakarta.', 'CONSULT', 'multilateral'],
  ['Armenia and Azerbaijan signed a peace treaty in Washington.', 'SUPPORT', null],
  ['The Estonian government praised Finland for its help.', 'SUPPORT', null],
  ['Kenya extradited two suspects to Uganda on Friday.', 'COOPERATE', null],
  ['Russia and Belarus held joint military exercises near Brest.', 'COOPERATE', null],
  ['Japan donated 2 million dollars of food aid to Somalia.', 'AID', null],
  ['The government granted asylum to 40 Afghan journalists.', 'AID', null],
  ['The authorities lifted the curfew in Osh on Tuesday.', 'CONCEDE', null],
  ['The government of Chad accepted the demands of striking teachers.', 'CONCEDE', null],
  ['Kyrgyz troops withdrew from the disputed section of the border.', 'RETREAT', 'withdraw'],
  ['Rebels released 12 hostages in Kidal on Sunday.', 'RETREAT', 'release'],
  ['The defence minister of Peru resigned on Friday.', 'RETREAT', 'resign'],
  ['The two sides declared a ceasefire along the border.', 'RETREAT', 'ceasefire'],
  ['The Tajik foreign ministry urged Kyrgyzstan to return to talks.', 'REQUEST', null],
  ['Opposition leaders in Mali demanded the release of political prisoners.', 'REQUEST', null],
  [
    'The accusation was made by Tajik border guards, who accused Kyrgyz troops of opening fire.',
    'ACCUSE',
    'allege',
  ],
  ['The European Union condemned the arrest of journalists in Minsk.', 'ACCUSE', 'disapprove'],
  ['Prosecutors in Kyrgyzstan opened an investigation into the shooting.', 'ACCUSE', 'investigate'],
  ['The Kyrgyz government rejected the Tajik proposal.', 'REJECT', null],
  ['The Ethiopian government threatened to expel aid workers from Tigray.', 'THREATEN', null],
  ['Thousands of teachers protested in Nairobi against the new curriculum.', 'PROTEST', 'demo'],
  ['Dock workers in Mombasa went on strike over unpaid wages.', 'PROTEST', 'strike'],
  ['Textile workers blocked Uhuru Avenue in Nakuru to demand unpaid wages.', 'PROTEST', 'demo'],
  ['Villagers staged a road blockade near Kisii over a land dispute.', 'PROTEST', 'demo'],
  ['Residents of Caracas banged pots against the government on Tuesday night.', 'PROTEST', 'demo'],
  ['Prisoners in the Kampala jail went on hunger strike.', 'PROTEST', 'strike'],
  ['The United States imposed sanctions on two Iranian generals.', 'SANCTION', null],
  ['Lithuania recalled its ambassador from Beijing.', 'SANCTION', 'withdraw'],
  ['A court in Minsk sentenced the journalist to eight years in prison.', 'SANCTION', 'convict'],
  ['Russia deployed troops to the border with Ukraine.', 'MOBILIZE', 'troops'],
  ['Armenia called up reservists after the border clashes.', 'MOBILIZE', 'troops'],
  ['The militia laid down their arms in Bunia on Friday.', 'RETREAT', 'disarm'],
  ['Lithuania cut diplomatic ties with Belarus.', 'SANCTION', null],
  ['Kenya and Somalia restored diplomatic relations.', 'SUPPORT', null],
  ['North Korea carried out a missile test on Sunday.', 'MOBILIZE', 'weapons'],
  ['Police arrested 40 protesters in Minsk.', 'COERCE', 'arrest'],
  ['The government imposed a curfew in Osh.', 'COERCE', 'curfew'],
  ['The army declared martial law in three provinces of Myanmar.', 'COERCE', 'martial-law'],
  ['The interior ministry banned the opposition party in Tajikistan.', 'COERCE', 'ban'],
  ['Hackers linked to Russia carried out a cyberattack on the Estonian parliament.', 'COERCE', 'cyber'],
  ['Kyrgyz servicemen opened fire on Tajik border guards.', 'ASSAULT', 'firearms'],
  ['A Turkish drone strike killed three PKK fighters in Sinjar.', 'ASSAULT', 'drone'],
  ['Gunmen assassinated the mayor of Iguala on Monday.', 'ASSAULT', 'assassinate'],
];

describe('every PLOVER type from our own sentences', () => {
  for (const [text, type, mode] of CASES) {
    it(`${type}${mode ? `/${mode}` : ''}: "${text}"`, () => {
      const claims = code(text, { published: '2021-04-29' }).layers.claims ?? [];
      const hit = claims.find((c) => c.event.plover === type && c.status === 'asserted');
      expect(
        hit,
        claims.map((c) => `${c.event.plover}/${c.event.mode}/${c.status}`).join(', '),
      ).toBeDefined();
      if (mode) expect(hit?.event.mode).toBe(mode);
    });
  }
  it('covers all 16 PLOVER types', () => {
    expect(new Set(CASES.map((c) => c[1])).size).toBe(16);
  });
  it('reads "lifted", "eased", "ended" before a restriction as a concession, not coercion', () => {
    const types = (t: string) => (code(t).layers.claims ?? []).map((c) => c.event.plover);
    expect(types('The government lifted the ban on the opposition party.')).toEqual(['CONCEDE']);
    expect(types('The government banned the opposition party.')).toEqual(['COERCE']);
    // The restriction's own modifiers may stand between: an article, a hyphenated age, a noun.
    expect(types('The mayor of Nairobi ended a three-year-old midnight curfew on Tuesday.')).toEqual([
      'CONCEDE',
    ]);
    expect(types('The Malian government will lift its year-old state of emergency.')).toEqual(['CONCEDE']);
    // Another verb between ends the search: here the curfew is imposed.
    expect(types('The army said it imposed a curfew after the riots in Osh.')).toContain('COERCE');
  });
  it('reads giving in to demands, aid that arrives, a return let in and forces pulled out', () => {
    const types = (t: string) =>
      (code(t).layers.claims ?? []).map((c) => `${c.event.plover}/${c.event.mode}`);
    expect(types('Chad Gives Into Demands Made By Striking Teachers\n\nThe talks ended.')).toContain(
      'CONCEDE/null',
    );
    expect(types('The government of Chad agreed to all demands of the striking teachers.')).toContain(
      'CONCEDE/null',
    );
    // Aid that arrives is delivered; delegates who arrive visit.
    const aid = types('UN aid arrived in Bossaso on Monday.');
    expect(aid.some((t) => t.startsWith('AID'))).toBe(true);
    expect(aid.some((t) => t.startsWith('CONSULT'))).toBe(false);
    expect(
      types('A Kenyan delegation arrived in Mogadishu on Monday.').some((t) => t.startsWith('CONSULT')),
    ).toBe(true);
    expect(types('OSCE observers were allowed back into Belarus on Monday.')).toContain('RETREAT/access');
    // "back" as an adverb backs nobody.
    expect(types('Belarus allowed OSCE observers back into the country.')).not.toContain('SUPPORT/null');
    expect(types('The Sudanese army pulled its troops out of the Abyei region.')).toContain(
      'RETREAT/withdraw',
    );
  });
  it("reads a verb with its object's head noun, whatever modifies the object", () => {
    const types = (t: string) =>
      (code(t).layers.claims ?? []).map((c) => `${c.event.plover}/${c.event.mode}`);
    // Expelling diplomats reduces relations (CAMEO 166); deporting people coerces them (174).
    expect(types('Russia expelled 23 British diplomats on Friday.')).toEqual(['SANCTION/expel']);
    expect(types('Kenya deported two Chinese nationals on Monday.')).toEqual(['COERCE/deport']);
    expect(types('The government of Eritrea declined humanitarian assistance from Japan.')).toEqual([
      'REJECT/null',
    ]);
    expect(types('The Eritrean government declined to comment.')).toEqual([]);
    // Houses destroyed are property destroyed; a killing with them still outweighs them.
    const acled = (t: string) => (code(t).layers.claims ?? []).map((c) => c.event.acled.join('/'));
    expect(acled('Militiamen destroyed 30 houses in the village of Mbau on Sunday.')).toEqual([
      'Strategic developments/Looting/property destruction',
    ]);
    expect(acled('Militiamen destroyed 30 houses and killed two farmers in Mbau on Sunday.')[0]).toBe(
      'Violence against civilians/Attack',
    );
    expect(
      types(
        'Chad Government Declines Humanitarian Assistance to Niger As Conditions Worsen\n\nThe talks ended.',
      ),
    ).toContain('REJECT/null');
  });
  it('reads livestock raided from herders as an attack on them, explosives hurled as a grenade, rival clans as militias', () => {
    const acled = (t: string) => (code(t).layers.claims ?? []).map((c) => c.event.acled.join('/'));
    expect(acled('Rustlers stole 40 goats from herders near Marsabit on Tuesday.')).toEqual([
      'Violence against civilians/Attack',
    ]);
    expect(acled('Gunmen hurled explosives at a police station in Garissa on Monday.')).toEqual([
      'Explosions/Remote violence/Grenade',
    ]);
    expect(acled('Rival clans clashed over a water point near Wajir.')).toEqual(['Battles/Armed clash']);
    // Unknown men who beat someone are an unidentified armed group, not a mob; "Human" is no place.
    const [c] = code('Human rights activist assaulted by unknown men in Kisumu.').layers.claims ?? [];
    expect(c?.event.acled.join('/')).toBe('Violence against civilians/Attack');
    expect(c?.place?.name).toBe('Kisumu');
  });
  it('reads a killing told as the consequence of an accident as no attack', () => {
    const types = (t: string) => (code(t).layers.claims ?? []).map((c) => c.event.plover);
    expect(types('An aircraft crashed near Goma on Monday, killing four.')).toEqual([]);
    expect(types('A landslide killed 12 people in Bududa.')).toEqual([]);
    // Killers named before the accident are still killers; so is an ambush beside it.
    expect(types('Gunmen killed three traders after their car crashed near Mandera.')).toEqual(['ASSAULT']);
    expect(types('Gunmen ambushed a bus near Mandera, killing 11 passengers after it crashed.')).toEqual([
      'ASSAULT',
    ]);
  });
  it('codes a headline that names nobody, and only the headline', () => {
    const claims = (t: string) => (code(t).layers.claims ?? []).map((c) => c.event.plover);
    expect(claims('Curfew Lifted After Weeks of Protests\n\nThe streets were calm.')).toContain('CONCEDE');
    expect(claims('Agrees to Withdraw From Seized Territory\n\nThe talks went on.')).toContain('RETREAT');
    // The same words as a sentence of the body, with nobody named, make no event.
    expect(claims('The talks went on.\n\nAgreed to withdraw from seized territory.')).toEqual([]);
  });
});

/** ACLED's event types and the sub-event types each holds (ACLED codebook, 2019-). */
const ACLED_PAIRS: Record<string, readonly string[]> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
};

describe('the event lexicon', () => {
  it('maps every entry to a sub-event type of its own ACLED event type', () => {
    const wrong = knowledge()
      .lexiconEntries.flatMap((e) =>
        [e.acled, ...(e.acled_civilians ? [e.acled_civilians] : [])].map((p) => [e.id, p] as const),
      )
      .filter(([, [type, sub]]) => !ACLED_PAIRS[type]?.includes(sub))
      .map(([id, p]) => `${id}: ${p.join(' / ')}`);
    expect(wrong).toEqual([]);
  });
  it('lists the 25 sub-event types', () => {
    expect(Object.values(ACLED_PAIRS).flat()).toHaveLength(25);
  });
});
