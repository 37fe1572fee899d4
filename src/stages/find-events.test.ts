import { describe, expect, it } from 'vitest';
import { code } from '../../test/helpers.js';
import { mainClaim } from '../eval/acled.js';
import { chooseEventPlace, PLACE_MODIFIERS } from './find-events.js';

const claims = (text: string, meta = { published: '2021-04-29' }) =>
  (code(text, meta).layers.claims ?? []).map((c) => ({
    plover: c.event.plover,
    acled: c.event.acled.join(' / '),
    source: c.source.map((a) => a.code).join('+'),
    target: c.target.map((a) => a.code).join('+'),
    status: c.status,
    killed: c.size.killed,
  }));

/** The PLOVER types of a text's claims, in order. */
const ploverTypes = (t: string) => (code(t).layers.claims ?? []).map((c) => c.event.plover);

/** The place chosen for the event on `verb`, or the unknown name it stands for. */
const placeAt = (text: string, verb: string) => {
  const d = code(text, { published: '2020-05-03' });
  const v = text.indexOf(verb);
  const trigger = { start: v, end: v + verb.length, lemma: '', pos: 'VERB' as const, sentence: 0 };
  const c = chooseEventPlace(d.layers.places ?? [], trigger, { start: 0, end: text.length }, text);
  return c?.stoodIn ? text.slice(c.stoodIn.start, c.stoodIn.end) : c ? text.slice(c.start, c.end) : null;
};

describe('find-events', () => {
  it('reads a passive without its auxiliary, or with a time between ("killed at her home by", "was on Saturday shot dead")', () => {
    expect(claims('Lawyer killed at her home by unknown gunmen in Nairobi.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      source: 'KENINS',
      target: 'KENCVL',
    });
    expect(claims('A trader was on Saturday shot dead by bandits in Hola.')[0]).toMatchObject({
      source: 'KENINS',
      target: 'KENCVL',
    });
    // ("for" or "over" after it tells why: "attacked for taking photos", "killed over land".)
    for (const t of [
      'Journalist attacked for taking photos of the governor in Nyeri.',
      'Farmer killed over a land dispute in Kisii.',
    ])
      expect(claims(t)[0], t).toMatchObject({
        acled: 'Violence against civilians / Attack',
        target: expect.stringMatching(/^KEN(?:JRN|CVL)$/),
      });
    // ("to death" apart from the predicate, and a row with a past form read as a noun.)
    for (const t of [
      'Three traders macheted to death and beheaded by gang members in Kisii.',
      'Women targeted and chased by suspected gang members in Nairobi.',
    ])
      expect(claims(t)[0], t).toMatchObject({
        acled: 'Violence against civilians / Attack',
        target: 'KENCVL',
      });
    // "killed at least five" has its object: active.
    expect(claims('Police killed at least five protesters in Kisumu.')[0]).toMatchObject({
      source: 'KENCOP',
      target: 'KENPRO',
      killed: 5,
    });
  });

  it('reads a soldier or a police officer named by rank as an armed side (ACLED: a battle)', () => {
    expect(
      claims("Unidentified gunmen shot dead an army lieutenant in the town of Dara'a.")[0],
    ).toMatchObject({
      acled: 'Battles / Armed clash',
      target: 'SYRMIL',
    });
    expect(claims('Gunmen killed a sergeant near Maiduguri on Monday.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      target: 'NGAMIL',
    });
    // A drug dealer is a gang's man (ACLED: gang fights are battles).
    expect(
      claims('An alleged drug dealer was shot dead by armed men in Ixtapaluca on Monday.')[0],
    ).toMatchObject({
      acled: 'Battles / Armed clash',
      target: 'MEXCRM',
    });
    // A police rank is the police, not the army.
    expect(claims('A police sergeant was shot dead by gunmen in Eldoret.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      target: 'KENCOP',
    });
  });

  it('reads property destroyed by protesters as a riot, by others as property destruction', () => {
    expect(claims('Protesters torched a police station in Kisumu on Sunday.')[0]).toMatchObject({
      plover: 'PROTEST',
      acled: 'Riots / Violent demonstration',
    });
    expect(claims('Protesters threw petrol bombs at police in Athens on Sunday.')[0]).toMatchObject({
      acled: 'Riots / Violent demonstration',
    });
    for (const text of [
      'Two men on a motorcycle threw Molotov cocktails at two stores in Veracruz on Monday.',
      'Soldiers found and destroyed a clandestine airstrip in Gracias a Dios on Monday.',
      // A compound modifier and an approximate count before the object's head.
      'Settlers uprooted nearly 30 Palestinian-owned olive trees near Nablus on Monday.',
    ])
      expect(claims(text)[0]?.acled, text).toBe('Strategic developments / Looting/property destruction');
    expect(claims('Police discovered a cache of explosives on Kalymnos on Monday.')[0]).toMatchObject({
      acled: 'Strategic developments / Disrupted weapons use',
      source: 'GRCCOP',
    });
  });

  it("reads a weapon's abbreviation that names a party or group as the name, and blockades of more than roads", () => {
    expect(
      claims(
        'Workers of the Bukluran ng Manggagawang Pilipino (BMP) staged a demonstration in Manila on Friday.',
      )[0],
    ).toMatchObject({ acled: 'Protests / Peaceful protest' });
    expect(
      claims('Members of the RPG (ruling) party blocked the office of the mayor in Conakry on Friday.')[0],
    ).toMatchObject({ acled: 'Protests / Peaceful protest' });
    // The weapons stay weapons.
    expect(claims('Rebels fired RPGs at an army base near Kidal on Friday.')[0]?.acled).toBe(
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    );
    // Past a possessive to the object's head.
    expect(claims("Students blocked the train's rails in Caltzontzin on Friday.")[0]).toMatchObject({
      plover: 'PROTEST',
    });
  });

  it('reads protesters who demand or denounce as a protest (ACLED), keeping the act for PLOVER', () => {
    expect(claims('Hundreds of protesters in Kut demanded new elections on Sunday.')[0]).toMatchObject({
      plover: 'REQUEST',
      acled: 'Protests / Peaceful protest',
    });
    // A union's demand is a statement.
    expect(claims('The teachers union demanded higher pay on Sunday.')[0]?.acled).toBe(
      'Strategic developments / Other',
    );
  });

  it("reads a party's followers who attack people as a political militia, against the police as rioters", () => {
    expect(claims('PNU supporters threw rocks at a former candidate in Kisumu.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
    });
    // The followers are the subject, not the party they follow.
    expect(claims('Supporters of the ruling party attacked journalists in Harare.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      source: 'ZWEPRO',
      target: 'ZWEJRN',
    });
    expect(claims('Opposition supporters threw stones at police in Kisumu.')[0]?.acled).toBe(
      'Riots / Mob violence',
    );
    expect(claims('Opposition supporters protested in Kisumu.')[0]?.acled).toBe(
      'Protests / Peaceful protest',
    );
    // A party's own people are its followers: "BJP workers", "ODM youths".
    expect(claims('A group of BJP workers attacked CPI (M) workers in Khowai on Friday.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      source: 'INDPTY',
    });
    expect(claims('ODM youths attacked journalists in Kisumu.')[0]?.acled).toBe(
      'Violence against civilians / Attack',
    );
    // A leader of a body is no follower: the body leads.
    expect(claims('Leaders of the opposition coalition agreed to postpone the march.')[0]?.source).toMatch(
      /OPP$/,
    );
  });

  it('reads violence between communities as their fight, and an act told in it as that act', () => {
    expect(claims('Three people died in ethnic violence in Molo on Monday.')[0]?.acled).toBe(
      'Battles / Armed clash',
    );
    expect(claims('Clan violence flared in Mandera on Monday.')[0]?.acled).toBe('Battles / Armed clash');
    for (const t of [
      'Four people have died following inter-tribal conflict in Baragoi.',
      'A man died in a clan war over land in Mandera.',
      'Clan fighting left four dead in Wajir.',
    ])
      expect(claims(t)[0]?.acled, t).toBe('Battles / Armed clash');
    // People who take up arms are a militia.
    expect(claims('Residents took up arms to battle Mungiki members in Kiambu on Monday.')[0]?.acled).toBe(
      'Battles / Armed clash',
    );
    expect(
      claims('Kalenjin youths killed two Kikuyu civilians in Molo during ethnic violence on Monday.')[0]
        ?.acled,
    ).toBe('Violence against civilians / Attack');
  });

  it("reads a peace operation as an organised armed side, the organisation's own statements not", () => {
    expect(claims('Al-Shabaab militants attacked an AMISOM base near Marka on Sunday.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      target: 'IGOAMISOM',
    });
    expect(claims('Rebels attacked a MONUSCO convoy near Beni on Tuesday.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      target: 'IGOMONUSCO',
    });
    // A peace operation leaving a camp hands over ground; the African Union is no force.
    expect(claims('MINUSMA withdrew from its camp in Kidal on Monday.')[0]).toMatchObject({
      plover: 'RETREAT',
    });
    expect(claims('The African Union condemned the attack on Monday.')[0]).toMatchObject({
      source: 'IGOAU',
    });
  });

  it('reads the agent of a passive past "a band of", "a gang of"', () => {
    expect(
      claims('A man was killed by a band of vigilantes in Kisii over suspected theft.')[0],
    ).toMatchObject({
      acled: 'Riots / Mob violence',
      source: 'KENRIO',
    });
    expect(claims('A farmer was shot dead by a gang of robbers in Kitale.')[0]?.source).toBe('KENCRM');
  });

  it("takes a verb's sides over those of the fight it is told in ('during a gunbattle')", () => {
    expect(claims('Police killed two al-Shabaab suspects during a gunbattle in Mombasa.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      source: 'KENCOP',
    });
    expect(
      claims('Serb forces killed three ethnic Albanians in a gunbattle in southern Serbia.')[0]?.source,
    ).toBe('SRBMIL');
  });

  it('takes the subject before a participle or relative clause, not an actor inside it', () => {
    // Passive: the policemen were killed, not the passengers of the bus they escorted.
    expect(
      claims(
        'Five Kenyan policemen escorting a passenger bus were killed by al-Shabaab fighters in El Wak.',
      )[0],
    ).toMatchObject({ acled: 'Battles / Armed clash', target: 'KENCOP' });
    // Active: the militants attacked, not the civilians they hid among.
    expect(claims('Militants hiding among civilians attacked a police post in Mandera.')[0]).toMatchObject({
      source: 'KENINS',
      target: 'KENCOP',
    });
    expect(
      claims('Police escorting a lorry of displaced people clashed with armed men in Kisii.')[0],
    ).toMatchObject({ acled: 'Battles / Armed clash', source: 'KENCOP' });
    // A second verb's subject is the first one's, not that verb's object.
    expect(claims('Gunmen stopped a bus carrying traders and killed two in Garissa.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      source: 'KENINS',
    });
    expect(
      claims('A gunman sprayed a car carrying two Christian pastors with bullets, killed one in Garissa.')[0],
    ).toMatchObject({ acled: 'Violence against civilians / Attack', source: 'KENINS' });
    expect(claims('Gunmen stopped soldiers and killed two in Mandera.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      source: 'KENINS',
    });
    // Past a relative word, the object is the new subject.
    expect(
      claims('Police arrested youths who then attacked a police station in Kisumu.').find(
        (c) => c.plover === 'ASSAULT',
      ),
    ).toMatchObject({ source: 'KENCVL', target: 'KENCOP' });
  });

  it('dates an event by a date told later in the same paragraph, not by one said to be earlier', () => {
    const dateOf = (t: string) => {
      const c = mainClaim(code(t, { published: '2016' }).layers.claims ?? []);
      return c?.date ? `${c.date.value} ${c.date.precision}` : null;
    };
    expect(
      dateOf(
        'Two herders were killed in clashes near Garba Tula. The fighting took place on Saturday [10 September].',
      ),
    ).toBe('2016-09-10 day');
    expect(dateOf('Students rioted over fees in Kakamega. Source dated 28 October.')).toBe('2016-10-28 day');
    // A date after the report's own is no past event's: the report's date stands.
    const c = mainClaim(
      code('Gunmen killed three villagers in Lamu. The burial will take place on 14 May.', {
        published: '2016-05-10',
      }).layers.claims ?? [],
    );
    expect(c?.date?.value).toBe('2016-05-10');
    // A date said to be before or after another, or in the next paragraph, dates something else.
    expect(
      dateOf('An aid worker was kidnapped in Mandera. She was later rescued on 20 Feb. by police.'),
    ).toBeNull();
    expect(
      dateOf(
        'Soldiers killed three militants near Hulugho. The group attacked a police camp last Friday [16 August].',
      ),
    ).toBeNull();
    expect(
      dateOf('Students rioted over fees in Kakamega.\n\nThe university reopened on 28 October.'),
    ).toBeNull();
  });

  it('reads a fight between groups told with post-election violence as a fight, the violence alone as a riot', () => {
    const fight = claims(
      'Fighting between rival ethnic groups in Nakuru - linked to post-election violence.',
      {
        published: '2008-01-20',
      },
    );
    expect(fight[0]).toMatchObject({ acled: 'Battles / Armed clash' });
    expect(
      claims('Two people were killed in post-election violence in Kisumu.', { published: '2008-01-20' })[0],
    ).toMatchObject({ acled: 'Riots / Violent demonstration', killed: 2 });
  });
  it('reads a fight named after an act with both its sides as that act ("kill civilians, days of clashes")', () => {
    for (const t of [
      'Bandits kill four herders in Turkana in revenge attacks, two days of clashes.',
      'Armed raiders attacked and killed two farmers near Kuria in a communal clash.',
    ])
      expect(claims(t, { published: '2010-03-02' })[0], t).toMatchObject({
        acled: 'Violence against civilians / Attack',
        target: expect.stringMatching(/CVL$/),
      });
    // (The dead of a fight, with no side named as their killer, stay the fight's.)
    expect(
      claims('Three people were killed in inter-community clashes in Isiolo.', { published: '2010-03-02' })[0]
        ?.acled,
    ).toMatch(/^Battles/);
  });
  it('reads deaths said to be linked to a riot as deaths of their own, the riot their setting', () => {
    for (const t of [
      'One man was killed in Molo - linked to electoral violence.',
      'Two bodies were found in Eldoret, likely related to post-election violence.',
      'A trader was killed by an arrow in Londiani - assumed to be an extension of the post-election violence.',
    ]) {
      const main = mainClaim(code(t, { published: '2008-01-20' }).layers.claims ?? []);
      expect(main?.event.acled.join(' / '), t).toBe('Violence against civilians / Attack');
    }
    // (Deaths told in the riot stay its casualties.)
    expect(
      claims('Two people were killed in post-election violence in Kisumu.', { published: '2008-01-20' })[0],
    ).toMatchObject({ acled: 'Riots / Violent demonstration' });
  });

  it('reads the agent of a passive past one word before it ("attacked by a Muslim mob")', () => {
    expect(
      claims('A police team was attacked by a Muslim mob in Mumbai.', { published: '2020-04-29' })[0],
    ).toMatchObject({ acled: 'Riots / Mob violence', source: 'INDRIO', target: 'INDCOP' });
  });

  it("takes the one owned, not its owner, as the target ('shot dead a regime's fighter')", () => {
    expect(
      claims("IS fighters shot dead a regime's fighter in Deir-ez-Zor.", { published: '2020-05-03' })[0],
    ).toMatchObject({ acled: 'Battles / Armed clash', source: 'SYRINS', target: 'SYRREB' });
  });

  it('reads no fighting in "fighting for his life"', () => {
    const c = claims(
      'A trader was shot dead and another is fighting for his life after gunmen attacked them in Mandera.',
    );
    expect(c.map((x) => x.acled)).not.toContain('Battles / Armed clash');
    expect(c[0]).toMatchObject({ acled: 'Violence against civilians / Attack', source: 'KENINS' });
  });

  it('reads what is refused or rejected as not done ("refused to lift the curfew")', () => {
    const c = claims('The government refused to lift the curfew in the capital.', {
      published: '2020-05-03',
    });
    expect(c.find((x) => x.plover === 'REJECT')).toMatchObject({ status: 'asserted' });
    expect(c.find((x) => x.plover === 'CONCEDE')).toMatchObject({ status: 'hypothetical' });
  });
  it('counts the dead a sentence of their own tells after a violent event', () => {
    const killed = (t: string) => (code(t).layers.claims ?? [])[0]?.size.killed ?? null;
    expect(killed('Gunmen clashed with soldiers near Baga on Monday. Four men died. 4 fatalities.')).toBe(4);
    expect(killed('Gunmen attacked a bus near Mandera on Monday. Two passengers were killed.')).toBe(2);
    // Not across a paragraph, and not when the event counted its own dead.
    expect(
      killed('Gunmen attacked a bus near Mandera on Monday.\n\nTwo passengers were killed in 2019.'),
    ).toBeNull();
    expect(killed('Gunmen killed three traders near Mandera on Monday. Two others died last year.')).toBe(3);
    // The dead told as suffered in a fight with no named side are the event's.
    expect(
      killed(
        'Al Shabaab attacks a police station in Liboi. One of the assailants was killed during a gunbattle.',
      ),
    ).toBe(1);
    expect(
      code('Rival groups clash over land at a farm in Nakuru. One death, one injury reported.').layers
        .claims?.[0]?.size,
    ).toMatchObject({ killed: 1, injured: 1 });
    // A count stated as coded stands over the event's own.
    expect(
      killed('Rebels killed several soldiers near Beni on Monday. Unclear fatalities coded as 10.'),
    ).toBe(10);
    // The dead told after a riot are the riot's; not those told after a peaceful march.
    const riot = code(
      'Youths blocked roads, lit fires and looted shops in Kisumu on Monday. Two deaths reported.',
    );
    expect(riot.layers.claims?.[0]).toMatchObject({ event: { acled: ['Riots', 'Violent demonstration'] } });
    expect(riot.layers.claims?.[0]?.size.killed).toBe(2);
    expect(
      killed('Teachers marched peacefully in Kisumu on Monday to demand pay. Two deaths were reported.'),
    ).toBeNull();
  });

  it('counts one dead where a lethal verb names one person, and none for a purpose, a people or a plural', () => {
    const killed = (t: string) => (code(t).layers.claims ?? [])[0]?.size.killed ?? null;
    expect(killed('Mob kills man suspected of livestock theft in Kisii.')).toBe(1);
    expect(killed('Gunmen kill police reservist in Mandera.')).toBe(1);
    // (The tagger reads "criminal" and "civilian" as adjectives; they are actors.)
    expect(killed('Mob lynches suspected criminal in Embu.')).toBe(1);
    expect(killed('Gunmen attack a hotel and kill civilian in Lamu.')).toBe(1);
    expect(killed('Militia members attack a minister and kill his bodyguard.')).toBe(1);
    expect(killed('Raiders kill girl and steal cattle from a village near Lokichar.')).toBe(1);
    expect(killed('A vigilante mob lynches and burns a suspected thief in Meru.')).toBe(1);
    expect(killed('Mob tries to lynch man who ran over a motorcyclist.')).toBeNull();
    expect(killed('Raiders kill civilians during a raid near Isiolo.')).toBeNull();
    expect(killed('Gunmen kill police near Mandera.')).toBeNull();
    expect(killed('Toposa raiders kill Turkana near Lokichoggio.')).toBeNull();
  });

  it('keeps the background apart: a clause the sentence opens with, and no dead counted from it', () => {
    const main = (t: string) => {
      const c = code(t, { published: '2021-04-29' }).layers.claims ?? [];
      const m = mainClaim(c);
      return {
        acled: m?.event.acled.join(' / '),
        killed: m?.size.killed ?? null,
        background: m?.rules.includes('background'),
      };
    };
    // (The road's hyphenated name does not hide the object's head: "block ... highway".)
    expect(
      main('Protesters blocked the busy Eldoret-Malaba highway after five guards were killed by gunmen.'),
    ).toEqual({
      acled: 'Protests / Peaceful protest',
      killed: null,
      background: false,
    });
    expect(
      main(
        'The day after armed robbers shot and killed a teacher, residents of Isebania blocked the main road.',
      ),
    ).toMatchObject({ acled: 'Protests / Peaceful protest', killed: null });
    // One act told in the foreground and as the background of another is in the foreground.
    expect(
      main('On 1 May 2020, 2 soldiers were killed following an attack by Taliban militants in Bati Kot.'),
    ).toEqual({
      acled: 'Battles / Armed clash',
      killed: 2,
      background: false,
    });
    // The background ends at a semicolon.
    expect(
      main(
        'Riots broke out in Kisumu after the court upheld the result; two were killed as rioters clashed with police.',
      ).killed,
    ).toBe(2);
  });

  it('reads one plural after "between rival" or "between two" as both sides of a fight, and of nothing else', () => {
    expect(claims('Clashes between rival clans left two dead near Moyale.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      source: 'KENREB',
      target: 'KENREB',
    });
    expect(claims('Fighting between two communities left three dead in Isiolo.')[0]).toMatchObject({
      source: 'KENCVL',
      target: 'KENCVL',
    });
    const [mediation] = claims('Syrian officers ended mediation efforts between rival militias in Tripoli.');
    expect(mediation?.source).toBe('SYRCOP');
  });
  it('reads the subject past an aside naming who went with it (", in coalition with FARDC forces,")', () => {
    expect(
      claims('The RDF, in coalition with FARDC forces, clashed with rebels near Rutshuru.')[0]?.source,
    ).toBe('RWAMIL');
    expect(claims('Police, alongside soldiers, arrested ten men in Goma.')[0]?.source).toMatch(/COP$/);
  });
  it('reads the object of a verb the tagger took for a noun past "suspected" ("shot dead two suspected Al Shabaab militants")', () => {
    expect(claims('Police shot dead two suspected Al Shabaab militants near Garissa.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      target: 'SOMINS',
    });
  });
  it('places a protest where it was held, not in a place named in what it is against', () => {
    const at = (t: string) => code(t, { published: '2009-01-06' }).layers.claims?.[0]?.place?.name;
    expect(
      at(
        'Some 300 demonstrators protested against the Israeli air offensive in Gaza on Tuesday outside the US consulate in Auckland.',
      ),
    ).toBe('Auckland');
    // After the grievance, where it was held: "against it in Qom".
    expect(at('Hundreds of people demonstrated against it in Qom on Friday.')).toBe('Qom');
  });
  it('reads armed men arriving somewhere as a movement of forces, not a visit', () => {
    expect(claims('Pro-Houthi reinforcements reportedly arrived in Al Bayda on Sunday.')[0]).toMatchObject({
      acled: 'Strategic developments / Change to group/activity',
      source: 'YEMREB',
    });
    expect(claims('Turkish troops arrived in Idlib on Monday.')[0]?.acled).toBe(
      'Strategic developments / Change to group/activity',
    );
    expect(claims('The president arrived in Nairobi for talks.')[0]?.plover).toBe('CONSULT');
  });
  it('reads an act told of someone in a relative clause as the background of the act before it', () => {
    const main = (t: string) =>
      mainClaim(code(t, { published: '2021-04-29' }).layers.claims ?? [])?.event.acled.join(' / ');
    expect(
      main(
        'Gunmen clashed with soldiers during an operation to free three traders who were kidnapped last week in Zamfara.',
      ),
    ).toBe('Battles / Armed clash');
    // Without an act before it the clause is told for itself.
    expect(main('Three traders who were kidnapped last week in Zamfara have been freed.')).not.toBe(
      'Battles / Armed clash',
    );
  });

  it('counts no dead for a peaceful protest: they are what it protests', () => {
    const [protest] = claims(
      'Traders marched in Eldoret to protest the death of a hawker who died in police custody.',
    );
    expect(protest).toMatchObject({ acled: 'Protests / Peaceful protest', killed: null });
    expect(claims("One killed as farmers' protest turns violent in Kericho.")[0]).toMatchObject({
      acled: 'Riots / Violent demonstration',
      killed: 1,
    });
  });

  it('places a report naming only groups of a few countries in the country they share first', () => {
    // Murulle live in Kenya and Somalia, Kenya first: the police are Kenya's, and so is the place.
    const [c] = code('Police battle armed Murule raiders near the border.').layers.claims ?? [];
    expect(c?.place).toMatchObject({ country: 'KEN', precision: 3 });
    expect(c?.rules).toContain('place:country-fallback');
    expect(c?.source[0]).toMatchObject({ country: 'KEN', code: 'KENCOP' });
    // Not a people of many countries: Fulani say nothing of where.
    expect(code('Police battle armed Fulani herders near the border.').layers.claims?.[0]?.place).toBeNull();
    // Nor a state firing its guns or drones: the shells fell elsewhere.
    const [shelled] = code('Turkish shelling hit the village of Tal Tamr.').layers.claims ?? [];
    expect(shelled?.source[0]).toMatchObject({ country: 'TUR', sector: 'MIL' });
    expect(shelled?.place).toBeNull();
  });

  it('knows political parties by country, and their supporters as unarmed: a clash of two is a riot', () => {
    const [c] = claims('ODM and PNU supporters clashed in Nairobi.');
    expect(c).toMatchObject({ acled: 'Riots / Mob violence', source: 'KENPTY', target: 'KENPTY' });
    // With no place named, the party says which country.
    expect(claims('ZANU-PF youths beat MDC supporters.')[0]).toMatchObject({
      source: 'ZWEPTY',
      target: 'ZWEPTY',
    });
  });

  it('reads no modality into a date ("On 3 May, protesters ...")', () => {
    expect(claims('On 3 May 2020, protesters blocked the main road in Beirut.')[0]).toMatchObject({
      plover: 'PROTEST',
      status: 'asserted',
    });
    expect(claims('Protesters said they may march to the parliament in Beirut.')[0]).toMatchObject({
      plover: 'PROTEST',
      status: 'hypothetical',
    });
  });
  it("gives a participle clause the main clause's subject, even when its verb codes nothing", () => {
    const [kill] = claims(
      'Government forces thwarted a rebel incursion near Marib, killing several fighters.',
    );
    expect(kill).toMatchObject({ plover: 'ASSAULT', source: 'YEMMIL' });
    // An object of the main clause is no subject.
    const [injure] = claims('A group of riders threw stones at two soldiers, injuring them in Nzerekore.');
    expect(injure?.source).not.toMatch(/MIL/);
  });
  it("makes coordinated subjects joint sources, or each other's target when they act with each other", () => {
    expect(claims('Police and soldiers arrested five men in Nairobi.')[0]).toMatchObject({
      plover: 'COERCE',
      source: 'KENCOP+KENMIL',
    });
    expect(claims('Rebels and soldiers exchanged fire near Goma.')[0]).toMatchObject({
      source: 'CODREB',
      target: 'CODMIL',
    });
    expect(claims('Turkey and Russia conducted a joint patrol near Idlib.')[0]).toMatchObject({
      plover: 'COOPERATE',
      source: 'TURGOV',
      target: 'RUSGOV',
    });
  });
  it('takes the actor before an agent word that only types the predicate ("brought military reinforcements")', () => {
    expect(claims('Russian forces brought military reinforcements to Palmyra.')[0]).toMatchObject({
      plover: 'MOBILIZE',
      source: 'RUSMIL',
    });
  });
  it("reads a country adjective before an air strike or shelling as that country's military", () => {
    const [strike] = claims('Israeli airstrikes were reported to have targeted positions near Quneitra.');
    expect(strike).toMatchObject({ plover: 'ASSAULT', source: 'ISRMIL' });
  });
  it('makes an observer the teller, not the doer, of what it saw', () => {
    const [shots] = claims(
      'On 3 May 2020, the OSCE SMM observed a total of six shots involving small arms near Popasna.',
    );
    // Not the observer's: fired by an unidentified armed group of the country.
    expect(shots).toMatchObject({ plover: 'ASSAULT', source: 'UKRINS' });
    expect(shots?.acled).toMatch(/^Battles/);
    const [blasts] = claims('On 3 May 2020, the OSCE SMM recorded 16 explosions near Lozove.');
    expect(blasts?.source).not.toMatch(/^IGO/);
    // Explosions an observer counted are shelling across the frontline, not a planted bomb.
    expect(claims('On 3 May 2020, the OSCE SMM observed 9 explosions near Kamyshevakha.')[0]?.acled).toBe(
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    );
    expect(claims('A bomb exploded at a market in Kabul, killing five.')[0]?.acled).toBe(
      'Explosions/Remote violence / Remote explosive/landmine/IED',
    );
    // The observer is whom the claim is according to.
    const d = code('On 3 May 2020, the OSCE SMM recorded 16 explosions near Lozove.');
    expect(d.layers.claims?.[0]?.claimant.map((c) => c.name)).toEqual(['OSCE SMM']);
  });
  it('gives no source to an event the subject only reacted to', () => {
    const [accuse, attack] = claims('The UN Secretary-General condemned the attack on civilians in Goma.');
    expect(accuse).toMatchObject({ plover: 'ACCUSE', source: 'IGOUN' });
    // Not the UN's: the attack's perpetrator is unnamed (an unidentified armed group of Congo).
    expect(attack).toMatchObject({ plover: 'ASSAULT', source: 'CODINS' });
    // The same noun after a verb of the same event keeps its subject.
    const [kill] = claims('Rebels killed five people in an attack on the village of Kamwesha.');
    expect(kill).toMatchObject({ plover: 'ASSAULT' });
    expect(kill!.source).toMatch(/REB$/);
  });
  it('takes "general" in an office or a compound for no officer', () => {
    const c = claims('Protesters in Nairobi called for a general amnesty for the detained students.');
    expect(c.length).toBeGreaterThan(0);
    expect(c.every((x) => !x.source.includes('MIL') && !x.target.includes('MIL'))).toBe(true);
  });
  it('reads a state or a rights group protesting as a verbal protest, people protesting as a protest', () => {
    expect(claims('Serbia lodged an official protest with Albania on Monday.')[0]).toMatchObject({
      plover: 'ACCUSE',
    });
    expect(claims('Kyrgyzstan protested to Tajikistan over the border incident.')[0]).toMatchObject({
      plover: 'ACCUSE',
    });
    const rights = claims('A human rights group protested against the arrests in Minsk.');
    expect(rights[0]).toMatchObject({ plover: 'ACCUSE' });
    expect(rights[0]!.source).toMatch(/NGO$/);
    // The group protested the arrests; it did not make them.
    expect(rights.filter((c) => c.plover === 'COERCE' && c.source.includes('NGO'))).toEqual([]);
    expect(
      claims('On 30 April 2020, in Teotihuacan, Mexico, a group of sellers protested.')[0],
    ).toMatchObject({
      plover: 'PROTEST',
      source: 'MEXPRO',
    });
  });
  it('codes a passive attack on an unnamed victim, and no progressive as a passive', () => {
    expect(
      claims('On 2 May 2020, in Ixtapaluca, a drug dealer was shot dead by several men.')[0],
    ).toMatchObject({ plover: 'ASSAULT' });
    expect(claims('They were shooting a film in Almaty.')).toEqual([]);
  });
  it('finds the attackers of ACLED-style notes: armed individuals, presumed forces, named separatists', () => {
    const [shot] = claims('On 3 May 2020, in Guadalajara, a man was shot dead by two armed individuals.');
    expect(shot).toMatchObject({ plover: 'ASSAULT', killed: 1 });
    expect(shot!.source).toMatch(/INS$/);
    const [shells] = claims('On 3 May 2020, shells fired by presumed Houthi forces fell in Marib.');
    expect(shells!.source).toMatch(/REB$/);
    const [sep] = claims('On 3 May 2020, Malay Muslim Separatists shot and killed one ranger in Narathiwat.');
    expect(sep).toMatchObject({ source: 'THAREB', target: 'THAMIL' });
    // "IS" is an acronym, not a passive's "is".
    const [is] = claims('On 3 May 2020, IS militants killed a soldier in Ayn Laylah.');
    expect(is!.target).toMatch(/MIL$/);
  });
  it('reads a protest told with rampage, bonfires or running battles as a riot', () => {
    expect(claims('Students in Kakamega violently protested against new fees.')[0]!.acled).toMatch(/^Riots/);
    expect(
      claims('Residents of Kisumu lit bonfires on the road in protest over the killing.')[0]!.acled,
    ).toMatch(/^Riots/);
    expect(claims('Farmers in Nakuru protested against low maize prices.')[0]!.acled).toBe(
      'Protests / Peaceful protest',
    );
    expect(
      claims('Students protested fees at the university by blocking a road and lighting fires.')[0]!.acled,
    ).toMatch(/^Riots/);
  });
  it('reads an attack the state forces fought back in the next sentence as an armed clash', () => {
    const first = (t: string) => claims(t)[0]!.acled;
    expect(first('Gunmen attacked Yumbis village in Fafi. Security forces pushed back the attackers.')).toBe(
      'Battles / Armed clash',
    );
    expect(first('Militants attacked a power station in Lamu. Police responded, killing two.')).toBe(
      'Battles / Armed clash',
    );
    expect(
      first('Raiders attacked a village in Samburu and stole cattle. Police intervened killing 12.'),
    ).toBe('Battles / Armed clash');
    // Not when the forces are the attackers, nor when no force fights back.
    expect(first('Police attacked traders in Kisumu. Police returned fire later.')).not.toBe(
      'Battles / Armed clash',
    );
    expect(first('Gunmen attacked Yumbis village in Fafi. Residents fled to Garissa.')).toBe(
      'Violence against civilians / Attack',
    );
    expect(first('Gunmen attacked a village in Lamu. Police responded to the scene later.')).toBe(
      'Violence against civilians / Attack',
    );
  });
  it('reads a grenade or shelling answered with fire in the next sentence as an armed clash', () => {
    const first = (t: string) => claims(t, { published: '2020-05-02' })[0]!.acled;
    expect(
      first(
        'Al Shabaab militants threw a hand grenade at police in Mogadishu. Police responded with gunfire.',
      ),
    ).toBe('Battles / Armed clash');
    expect(
      first(
        'Rebel forces fired mortars at army positions near Zolote, Luhansk. Monitors observed explosions in both directions of the frontline.',
      ),
    ).toBe('Battles / Armed clash');
    // No one answered: remote violence stays.
    expect(
      first(
        'Al Shabaab militants threw a hand grenade at police in Mogadishu. Police later cordoned off the area.',
      ),
    ).toBe('Explosions/Remote violence / Grenade');
  });
  it("reads the protesters' violence told in the next sentence as a riot, not the police's", () => {
    const first = (t: string) => claims(t)[0]!.acled;
    expect(
      first(
        'Traders took to the streets in Ruiru to protest the demolition of kiosks. The protesters lit fires.',
      ),
    ).toBe('Riots / Violent demonstration');
    expect(
      first('Students protested in Kisii against the fees. The protest turned violent on Tuesday.'),
    ).toMatch(/^Riots/);
    // Not the police's force, nor violence a paragraph later.
    expect(first('Teachers marched in Nairobi to demand pay. Riot police watched from a distance.')).toBe(
      'Protests / Peaceful protest',
    );
    expect(first('Teachers marched in Nairobi to demand pay.\n\nLooters set a shop ablaze in Mombasa.')).toBe(
      'Protests / Peaceful protest',
    );
  });
  it('reads a fight of the protesters told in the next sentence as a riot', () => {
    const first = (t: string) => claims(t)[0]!.acled;
    expect(
      first(
        'Dozens held a demonstration in Ghazni against the police. Demonstrators clashed with police forces.',
      ),
    ).toBe('Riots / Violent demonstration');
    expect(
      first(
        'Thousands marched in Brasilia in support of the president. Journalists were beaten up by demonstrators.',
      ),
    ).toBe('Riots / Violent demonstration');
    // Violence of others told after a protest is not the protest's.
    expect(
      first('Thousands marched in Brasilia in support of the president. Gunmen killed a trader in Recife.'),
    ).toBe('Protests / Peaceful protest');
    // Told of them with no other name, as the next sentence's own act.
    expect(
      first(
        'Workers protested at the city hall in Mombasa. Some members of the group attacked a county official.',
      ),
    ).toBe('Riots / Violent demonstration');
    expect(
      first(
        'Workers protested at the city hall in Mombasa. They said a county official had attacked a colleague.',
      ),
    ).toBe('Protests / Peaceful protest');
  });
  it('reads a flag, an effigy or a coffin burnt as a peaceful protest, not property destroyed', () => {
    for (const t of [
      'Students burned an effigy of the governor in Kisumu.',
      'Hundreds burned Israeli flags outside the mosque in Nairobi.',
      'Demonstrators torched coffins outside parliament in Nairobi.',
    ])
      expect(claims(t)[0], t).toMatchObject({ plover: 'PROTEST', acled: 'Protests / Peaceful protest' });
    // (Tyres burnt are a riot's.)
    expect(claims('Residents burned tyres on the road in Kisumu.')[0]?.acled).toBe(
      'Riots / Violent demonstration',
    );
  });
  it('codes an abduction told with a killing as an attack, one told with an attack alone as an abduction', () => {
    expect(claims('Gunmen killed a driver and kidnapped two aid workers near Dadaab.')[0]?.acled).toBe(
      'Violence against civilians / Attack',
    );
    expect(claims('Gunmen attacked Udawa village and abducted the village head.')[0]?.acled).toBe(
      'Violence against civilians / Abduction/forced disappearance',
    );
  });
  it("reads the police's intervention told in the next sentence as a protest with intervention", () => {
    const first = (t: string) => claims(t)[0]!.acled;
    for (const t of [
      'About 15 people held a protest in Pinsk. Two of them were arrested by the police.',
      'Students protested in Erbil against online classes. The police arrived and dispersed the protest.',
      'Riders gathered in Thika to protest the killing of two colleagues. They called on the government to act. Police dispersed the group with teargas.',
      'Supporters of the candidate protested in Kakamega; police intervened to keep order.',
      'Students protested in Machakos over absent lecturers. Six arrests reported.',
      // The police's violence is no riot of the protesters'.
      'Police violently dispersed a protest by traders in Nakuru.',
    ])
      expect(first(t), t).toBe('Protests / Protest with intervention');
    // An arrest the protest was about, told with neither police nor protesters, is none.
    expect(
      first(
        'Journalists protested in Lahore against the arrest of an editor. He was arrested in a graft case.',
      ),
    ).toBe('Protests / Peaceful protest');
  });
  it('reads property wrecked or a riot told in the next sentence as a riot', () => {
    const first = (t: string) => claims(t)[0]!.acled;
    for (const t of [
      'Students protested in Nyeri against their principal. The students smashed windows and destroyed two buses.',
      'Losing candidates protested at a police station in Kisii. A riot broke out at the station.',
    ])
      expect(first(t), t).toBe('Riots / Violent demonstration');
  });
  it('reads violence after what a protest was against, or after police broke it up, as a riot', () => {
    const first = (t: string) => claims(t)[0]!;
    expect(first('Students in Kakamega protested over fees and stoned a building.').acled).toBe(
      'Riots / Violent demonstration',
    );
    expect(first('A protest against a construction firm in Thika turns violent.').acled).toMatch(/^Riots/);
    // An arrest it is against is no intervention; an arrest in a clause of its own is.
    expect(
      first('Journalists protested in Lahore against the arrest of an editor and demanded his release.')
        .acled,
    ).toBe('Protests / Peaceful protest');
    expect(first('Teachers protested in Nairobi over pay and police arrested ten of them.').acled).toBe(
      'Protests / Protest with intervention',
    );
    // What it condemned is not how it went.
    expect(
      first(
        'Hundreds demonstrated in Idlib denouncing the plans and condemning the violence against civilians.',
      ).acled,
    ).toBe('Protests / Peaceful protest');
    // Broken up by the police, then stones: a riot, with the protesters as its side.
    expect(
      first(
        'Police used tear gas to disperse protesters in Nairobi. Demonstrators responded by throwing stones.',
      ),
    ).toMatchObject({ acled: 'Riots / Violent demonstration', source: 'KENPRO', target: 'KENCOP' });
    // The protest need not be the sentence's last event.
    expect(
      first(
        'Traders protested in Nairobi against the killing of a colleague by police. Some of the protesters set his motorbike alight.',
      ).acled,
    ).toBe('Riots / Violent demonstration');
  });
  it('reads an ended strike or protest as a concession', () => {
    expect(claims('Teachers in Nairobi ended their strike on Monday.').map((x) => x.plover)).toEqual([
      'CONCEDE',
    ]);
    expect(claims('Farmers in Nakuru suspended their protests.').map((x) => x.plover)).toEqual(['CONCEDE']);
  });
  it('codes an active attack with source and target', () => {
    expect(claims('Kyrgyz servicemen opened fire on Tajik border guards.')[0]).toMatchObject({
      plover: 'ASSAULT',
      source: 'KGZMIL',
      target: 'TJKMIL',
      acled: 'Battles / Armed clash',
    });
  });
  it('reads roles from the passive voice', () => {
    expect(claims('Tajik border guards were attacked by Kyrgyz troops.')[0]).toMatchObject({
      source: 'KGZMIL',
      target: 'TJKMIL',
    });
  });
  it('reads a headline passive with its "was" left out, and no intransitive verb as one', () => {
    // "killed by": the gunmen did it, the councillor suffered it.
    expect(claims('Local councillor killed by unknown gunmen in Eldoret.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      source: 'KENINS',
      target: 'KENCVL',
    });
    expect(claims('Two farmers hacked to death in Kilifi.')[0]).toMatchObject({ target: 'KENCVL' });
    // Participles joined to it share its agent.
    expect(claims('A nurse attacked and wounded by gunmen near Garissa.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      source: 'KENINS',
      target: 'KENHLH',
    });
    expect(claims('A trader beaten, robbed and stabbed by bandits in Isiolo.')[0]).toMatchObject({
      source: 'KENINS',
      target: 'KENCVL',
    });
    // A participle the tagger takes for a noun, and "found killed", are passives too.
    expect(claims('A madrassa teacher is beheaded in Malindi.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      target: 'KENCVL',
    });
    expect(claims('Two traders shot dead by another group in Eldoret.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      target: 'KENCVL',
    });
    expect(claims('Man found killed near Thika.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      target: 'KENCVL',
    });
    // Who sustains an act suffers it.
    expect(claims('Five herdsmen sustained gunshot wounds in a raid near Baringo.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      target: 'KENCVL',
    });
    // A count as the subject is the victims: "2 killed by bandits" is no fight.
    expect(claims('2 killed by bandits during a night raid near Marsabit.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
    });
    // "clashed in", "protested in" take no object: no passive.
    expect(claims('Kyrgyz and Tajik border guards clashed in Vorukh.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      source: 'KGZMIL',
      target: 'TJKMIL',
    });
    expect(claims('Kenyan teachers protested in Nairobi over pay.')[0]).toMatchObject({
      plover: 'PROTEST',
      source: 'KENPRO',
    });
  });
  it('codes a fight between clans or communities as a battle of communal militias, not mob violence', () => {
    expect(claims('Three people were killed in clashes between two clans in Mandera.')[0]!.acled).toBe(
      'Battles / Armed clash',
    );
    expect(claims('Morans from two communities fought over grazing land near Isiolo.')[0]!.acled).toBe(
      'Battles / Armed clash',
    );
    expect(claims('Two people were killed in inter-community clashes near Isiolo.')[0]!.acled).toBe(
      'Battles / Armed clash',
    );
    expect(
      claims('One man was speared to death in a clash between farmers and herders in Tana River.')[0]!.acled,
    ).toBe('Battles / Armed clash');
    // Rival supporters are no identity militia: their fight stays mob violence.
    expect(claims('Rival party supporters clashed in Kisumu.')[0]!.acled).toBe('Riots / Mob violence');
    // Whatever the verb, people killed in violence between two communities died in their fight.
    expect(
      claims('Two herders were killed in violence between Kalenjin and Maasai in Narok.')[0]!.acled,
    ).toBe('Battles / Armed clash');
    expect(claims('Two herders were killed by Kalenjin youths in Narok.')[0]!.acled).toBe(
      'Violence against civilians / Attack',
    );
  });
  it("reads a religious community that attacks as a communal militia's attack on civilians", () => {
    expect(claims('Muslims attacked a group of Christians in Garissa.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      source: 'KENCVL',
      target: 'KENCVL',
    });
    expect(claims('Muslims and Christians clashed in Kaduna, Nigeria.')[0]?.acled).toBe(
      'Battles / Armed clash',
    );
  });
  it('codes a fight a sentence opens with, between communities or named sides, with no one and nowhere known', () => {
    for (const t of [
      'Ongoing ethnic clashes; no breakdown of the death toll.',
      'Clash between Pokot warriors and UPDF.',
      'Fighting between two tribes carries over into a second day.',
    ])
      expect(claims(t)[0]?.acled, t).toBe('Battles / Armed clash');
  });
  it('reads people with no arms killing or beating suspects as mob violence', () => {
    for (const t of [
      'Residents of Ogwedhi killed two suspected cattle rustlers.',
      'A mob killed a suspected cattle rustler near Kapenguria.',
    ])
      expect(claims(t)[0]?.acled, t).toBe('Riots / Mob violence');
    // Suspects who kill are the attackers.
    expect(claims('Suspected cattle rustlers killed two herders in Baringo.')[0]?.acled).toBe(
      'Violence against civilians / Attack',
    );
  });
  it("reads herders who attack as a communal militia's raid, not a mob; attacked, they are civilians", () => {
    const first = (t: string) => claims(t)[0]!.acled;
    expect(first('A group of herders attacked farmers near Tipis trading centre.')).toBe(
      'Violence against civilians / Attack',
    );
    expect(first('Bandits attacked herders and stole 200 cattle.')).toBe(
      'Violence against civilians / Attack',
    );
    // Youths who attack are still a mob.
    expect(first('A group of youths attacked traders in the market.')).toBe('Riots / Mob violence');
  });
  it('reads a clash of police with unarmed people as their riot, from either side', () => {
    const first = (t: string) => claims(t)[0]!.acled;
    expect(first('Police clash with market traders in Isiolo.')).toBe('Riots / Mob violence');
    expect(first('Traders clashed with police in Isiolo.')).toBe('Riots / Mob violence');
    expect(first('Police clashed with protesters in Kakamega.')).toBe('Riots / Violent demonstration');
    // A headline's verb the tagger reads as a noun ("clash"), its subject the side that fights.
    expect(claims('Fishermen clash with police in Naivasha.')[0]).toMatchObject({
      acled: 'Riots / Mob violence',
      source: 'KENCVL',
      target: 'KENCOP',
    });
    expect(first('Protesters clash with police in Kisii.')).toBe('Riots / Violent demonstration');
    // Told with the protest it is: the demonstrators' violence.
    expect(first('Residents engage police in running battles in Kisii to protest insecurity.')).toBe(
      'Riots / Violent demonstration',
    );
    // Both sides named past a verb of the clash itself.
    expect(first('A clash erupted between police and shopkeepers in Isiolo.')).toBe('Riots / Mob violence');
    // Armed men, a shoot-out, or a side read past another verb keep it a battle.
    expect(first('Police clashed with gunmen in Garissa.')).toBe('Battles / Armed clash');
    expect(first('A suspect was killed in a shoot-out with police in Mombasa.')).toBe(
      'Battles / Armed clash',
    );
    expect(
      first('Heavy fighting between the army and rebels near Buthidaung has forced 500 villagers to flee.'),
    ).toBe('Battles / Armed clash');
  });
  it('reads gunmen who shoot and kill someone unnamed, or an off-duty officer, as violence against civilians', () => {
    const first = (t: string) => claims(t)[0]!.acled;
    expect(first('Three unidentified gunmen shoot and kill an Imam at a construction site in Likoni.')).toBe(
      'Violence against civilians / Attack',
    );
    expect(first('Unidentified gunmen shot and killed an off-duty police officer in Mombasa.')).toBe(
      'Violence against civilians / Attack',
    );
    // On duty, the officer is the second armed side; and fire that killed no one may be a frontline's.
    expect(first('Unidentified gunmen shot and killed a police officer in Mombasa.')).toBe(
      'Battles / Armed clash',
    );
    expect(first("Gunmen opened fire near the checkpoint in Dar'a.")).toBe('Battles / Armed clash');
  });
  it("reads a bomb found, defused or gone off in its layers' hands as disrupted weapons use", () => {
    const first = (t: string) => claims(t)[0]!;
    expect(first('Police discover a large bomb on a minibus in Nairobi and disarm it.')).toMatchObject({
      acled: 'Strategic developments / Disrupted weapons use',
      source: 'KENCOP',
    });
    // Its unnamed layer is an unidentified armed group.
    expect(first('An unexploded bomb was discovered inside a bus in Nairobi.')).toMatchObject({
      acled: 'Strategic developments / Disrupted weapons use',
      source: 'KENINS',
    });
    expect(
      first('Three bombers were killed in Mombasa when the bomb they were planting went off prematurely.')
        .acled,
    ).toBe('Strategic developments / Disrupted weapons use');
    // A remnant that kills when it goes off is an explosion.
    expect(first('A child was killed when an unexploded bomb exploded in a house in Garissa.').acled).toMatch(
      /^Explosions\/Remote violence/,
    );
  });
  it('reads attackers who then fight the police, and a headline passive after "suspected", as a battle', () => {
    expect(
      claims(
        'Unidentified gunmen opened fire on students in Wajir. The gunmen later exchanged fire with police guarding the school.',
      )[0]!.acled,
    ).toBe('Battles / Armed clash');
    expect(claims('Suspected Mungiki members killed after a carjacking in Nairobi.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      target: 'KENCRM',
    });
  });
  it('reads rocks thrown at someone as mob violence and acid poured on people as an attack', () => {
    // (A party's followers who do it are a political militia: see above.)
    expect(claims('Youths throw rocks at a rival candidate in Kisumu.')[0]!.acled).toBe(
      'Riots / Mob violence',
    );
    expect(claims('Attackers poured acid on five officials in Nairobi.')[0]!.acled).toBe(
      'Violence against civilians / Attack',
    );
  });
  it('reads students who went on the rampage, and post-election violence, as riots', () => {
    expect(
      claims('The university in Juja was closed after students went on the rampage over fees.')[0]!.acled,
    ).toBe('Riots / Violent demonstration');
    expect(claims('Post-election violence left 46 dead in Kisumu.')[0]).toMatchObject({
      acled: 'Riots / Violent demonstration',
      killed: 46,
    });
  });
  it('reads a siege repelled by soldiers as an armed clash, the attackers its other side', () => {
    expect(
      claims('Al Shabaab laid siege to Wajir but were repelled by government soldiers.')[0],
    ).toMatchObject({
      acled: 'Battles / Armed clash',
      source: 'KENMIL',
      target: 'SOMINS',
    });
    expect(claims('Soldiers repelled an attack on their base in Lamu.')[0]!.acled).toBe(
      'Battles / Armed clash',
    );
  });
  it('reads a village taken over by an armed group as territory transferred, goods seized as seized', () => {
    expect(claims('Al Shabaab took over Bula Golol village in Garissa.')[0]!.acled).toBe(
      'Strategic developments / Non-violent transfer of territory',
    );
    expect(claims('Rebels seized the town of Kidal on Monday.')[0]!.acled).toBe(
      'Strategic developments / Non-violent transfer of territory',
    );
    expect(claims('Federal police seized 5 tons of marijuana in a truck near Campo Grande.')[0]!.acled).toBe(
      'Strategic developments / Looting/property destruction',
    );
  });
  it("reads a state military's bombing and bombs dropped by aircraft as air strikes, a planted bomb as none", () => {
    for (const t of [
      'The military forces of Mozambique bombed militant bases near Mbau.',
      'Saudi military aircrafts flew over the camps near Hidaybu, dropping light bombs.',
    ])
      expect(claims(t)[0]?.acled, t).toBe('Explosions/Remote violence / Air/drone strike');
    for (const t of [
      'A bomb exploded near an army helicopter in Kabul.',
      'A vehicle of the security forces was targeted with a bomb explosion in Mandera.',
    ])
      expect(claims(t)[0]?.acled, t).toBe('Explosions/Remote violence / Remote explosive/landmine/IED');
  });
  it("reads curfews, emergency rule and security stepped up as ACLED's security measures", () => {
    for (const t of [
      'The governor of Lahij imposed a curfew on Monday.',
      'Police beefed up security in Mandera ahead of the elections.',
    ])
      expect(claims(t)[0]?.acled, t).toBe('Strategic developments / Change to group/activity');
  });
  it("reads territory taken in a fight told with it as the fight's outcome, its taker the source", () => {
    expect(
      claims('Al Shabaab fighters captured the town of El Wak after heavy fighting with Kenyan soldiers.')[0],
    ).toMatchObject({
      acled: 'Battles / Non-state actor overtakes territory',
      source: 'SOMINS',
      target: 'KENMIL',
    });
    expect(
      claims('FARDC soldiers recovered territory following a clash with the ADF at Kambi ya Yua.')[0],
    ).toMatchObject({ acled: 'Battles / Government regains territory', source: 'CODMIL', target: 'CODREB' });
  });
  it('reads people who shoot as armed: their shooting is no mob violence', () => {
    expect(claims('Three people were shot dead by four men inside a workshop in Celaya.')[0]!.acled).toBe(
      'Violence against civilians / Attack',
    );
    // A beating by a mob stays mob violence.
    expect(claims('Residents beat a suspected thief to death in Kisii.')[0]!.acled).toBe(
      'Riots / Mob violence',
    );
  });
  it('codes armed attackers with no armed side in their sentence as violence against civilians', () => {
    expect(claims('A group of armed bandits attacked a church vehicle near Moyale.')[0]!.acled).toBe(
      'Violence against civilians / Attack',
    );
    // A herder is a civilian: killed by a militia, it is no fight.
    expect(claims('Pokot militia killed a goat herder in Baringo.')[0]!.acled).toBe(
      'Violence against civilians / Attack',
    );
    // An armed side in the sentence keeps it a battle.
    expect(claims('Gunmen attacked a police post in Mandera.')[0]!.acled).toBe('Battles / Armed clash');
  });
  it("codes a lynching as mob violence, and deaths with no one who caused them as a riot's casualties", () => {
    expect(claims('A suspected thief was lynched by a vigilante group in Kibera.')[0]!.acled).toBe(
      'Riots / Mob violence',
    );
    const c = claims('One person was killed as a farmers protest in Kericho turned violent.');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ acled: 'Riots / Violent demonstration', killed: 1 });
  });
  it('reads quitting talks as reduced relations, and declining a request as a rejection, but not declining to comment', () => {
    expect(ploverTypes('The rebels quit peace talks with the Sudanese government.')).toContain('SANCTION');
    expect(ploverTypes('The Kenyan army chief declined the invitation from Uganda.')).toContain('REJECT');
    expect(ploverTypes('The Kenyan army declined to comment on the raid.')).not.toContain('REJECT');
  });
  it('codes killings told with burned homes as the killings, not as property destruction', () => {
    expect(claims('Six people were killed by raiders and homes were burned in Baringo.')[0]!.acled).toBe(
      'Violence against civilians / Attack',
    );
    expect(claims('Two women were burned to death by a gang in Kisii.')[0]!.acled).toBe(
      'Violence against civilians / Attack',
    );
  });
  it('reads a fight a sentence opens with that "broke out" as an event, with no side named', () => {
    const d = code(
      'Traffickers invaded the Danon community. A shoot-out broke out and no injuries were reported.',
      {
        published: '2020-05-03',
      },
    );
    expect(d.layers.claims?.some((c) => c.event.acled[0] === 'Battles')).toBe(true);
  });
  it('reads "clashes between X and Y" as both sides', () => {
    expect(claims('Clashes broke out between Kyrgyz and Tajik border guards.')[0]).toMatchObject({
      source: 'KGZMIL',
      target: 'TJKMIL',
    });
    // "X and Y clashed", a word of Y's own before it.
    expect(claims('Journalists and forest guards clashed near Puri on Sunday.')[0]).toMatchObject({
      source: expect.stringMatching(/JRN$/),
      target: expect.stringMatching(/UAF$/),
    });
    // (Past where it happened: "broke out in Hebron, between", "took place in Badin between".)
    expect(
      claims('Clashes broke out in Hebron, between Palestinian vendors and Palestinian police officers.')[0],
    ).toMatchObject({ acled: 'Riots / Mob violence', source: 'PSECVL', target: 'PSECOP' });
  });
  it('codes an attack on unarmed villagers as violence against civilians', () => {
    expect(claims('Militants attacked villagers in Borno State, killing seven.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      killed: 7,
    });
  });
  it('codes heavy weapons fired together with small arms as an armed clash (ACLED)', () => {
    expect(
      claims('Separatists fired mortars and small arms at army positions near Avdiivka.')[0]?.acled,
    ).toBe('Battles / Armed clash');
    expect(claims('Separatists fired mortars at army positions near Avdiivka.')[0]?.acled).toBe(
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    );
  });
  it('codes one-sided fire with heavy weapons as shelling, and an attack by an air force as an air strike', () => {
    expect(claims('Separatists fired grenade launchers at army positions near Avdiivka.')[0]?.acled).toBe(
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    );
    expect(
      claims('Separatists and soldiers exchanged fire with heavy machine guns near Avdiivka.')[0]?.acled,
    ).toBe('Battles / Armed clash');
    expect(claims('The Libyan air force targeted a rebel convoy near Sirte on Monday.')[0]?.acled).toBe(
      'Explosions/Remote violence / Air/drone strike',
    );
  });
  it('codes a protest by people named only by their trade, once', () => {
    const c = claims(
      'Truck drivers held a protest in Mombasa, demanding lower fuel prices. The protest was peaceful.',
    );
    expect(c.filter((x) => x.plover === 'PROTEST')).toHaveLength(1);
    expect(c[0]).toMatchObject({ plover: 'PROTEST', acled: 'Protests / Peaceful protest', source: 'KENPRO' });
    expect(claims('On 1 May, merchants protested in Kisumu.')[0]).toMatchObject({ plover: 'PROTEST' });
  });
  it('does not read the cause of a protest as its violence', () => {
    expect(
      claims('Hundreds of traders held a rally in Kisumu against the attack on a market.')[0]?.acled,
    ).toBe('Protests / Peaceful protest');
    expect(claims('Hundreds of traders rallied in Kisumu and threw stones at police.')[0]?.acled).toBe(
      'Riots / Violent demonstration',
    );
  });
  it('codes an armed attack on a named unarmed person as violence against civilians', () => {
    expect(claims('Gunmen shot dead a judge in Kabul on Monday.')[0]?.acled).toBe(
      'Violence against civilians / Attack',
    );
    expect(claims('Gunmen attacked soldiers in Kabul on Monday.')[0]?.acled).toBe('Battles / Armed clash');
  });
  it("reads a verb whose particle follows its object ('set the houses ablaze', 'hacked a farmer to death')", () => {
    expect(claims('Militiamen slashed a girl to death in Pangani.')[0]).toMatchObject({
      plover: 'ASSAULT',
      killed: 1,
    });
    expect(claims('Attackers hacked a farmer to death in Kisii.')[0]).toMatchObject({
      plover: 'ASSAULT',
      acled: 'Violence against civilians / Attack',
      killed: 1,
    });
    expect(claims('Youths set the lorries ablaze in Nakuru.')[0]?.acled).toBe(
      'Strategic developments / Looting/property destruction',
    );
    expect(claims('Residents set a suspected thief alight in Nakuru.')[0]?.acled).toBe(
      'Riots / Mob violence',
    );
    // (The tagger reads "shot" before its object as a noun.)
    expect(claims('Police shot him dead in Kisumu.')[0]).toMatchObject({ plover: 'ASSAULT', killed: 1 });
    // Not a particle that opens the target: "fired rockets at the base" is a rocket attack.
    expect(claims('Militants fired rockets at the base in Kandahar.')[0]?.acled).toBe(
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    );
  });
  it("reads a group's gunmen as the group, not a second armed side ('gunmen linked to Al Shabaab')", () => {
    expect(claims('Gunmen linked to Al Shabaab kill two on the road to Garissa.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      source: 'SOMINS',
      killed: 2,
    });
    // The same in the passive.
    expect(claims('Two were shot dead by gunmen linked to Al Shabaab in Garissa.')[0]?.source).toBe('SOMINS');
    // ("members of", and a name we do not know before the group's word.)
    expect(
      claims('A trader was shot dead by two men, members of the Mungiki sect, in Nairobi.')[0]?.source,
    ).toBe('KENCRM');
    expect(
      claims(
        'A man was stabbed to death in Nairobi by three people allegedly members of the Los Enanos gang.',
      )[0]?.source,
    ).toBe('KENCRM');
  });
  it("reads a passive participle after a comma as done to the main clause's subject", () => {
    expect(claims('Bandits attacked villagers in Marsabit, repulsed by police.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      source: 'KENCOP',
      target: 'KENINS',
    });
    // "Militia men" are militiamen, not civilians beside a militia.
    expect(claims('Al Shabaab militia men attacked a police patrol in Lamu.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      source: 'SOMINS',
    });
  });
  it("reads 'a murder suspect' as a charge, not a killing, and a later one of a row of passive verbs as passive", () => {
    expect(claims('Police arrested a murder suspect in Nairobi.').map((c) => c.acled)).toEqual([
      'Strategic developments / Arrests',
    ]);
    // Nor what someone is suspected of or arrested for.
    for (const t of [
      'Police arrested a man suspected of killing his wife in Kisumu.',
      'Two men were arrested for stealing cattle in Kitale.',
    ])
      expect(
        claims(t).map((c) => c.acled),
        t,
      ).toEqual(['Strategic developments / Arrests']);
    // ("An attack suspected to be the work of ..." is still an attack.)
    expect(
      claims('An attack suspected to be the work of Al Shabaab killed two in Mombasa.')[0],
    ).toMatchObject({
      plover: 'ASSAULT',
      source: 'SOMINS',
    });
    expect(claims('Two thieves were tied up, beaten and robbed by locals in Campo Grande.')[0]).toMatchObject(
      {
        acled: 'Riots / Mob violence',
        source: 'BRACVL',
        target: 'BRACRM',
      },
    );
    expect(claims('He was attacked and killed by soldiers in Nairobi.')[0]).toMatchObject({
      // (Not the soldiers as their own target.)
      source: 'KENMIL',
      target: '',
    });
  });
  it('reads a violent word in what a protest is against as no riot', () => {
    for (const t of [
      'Students protest the Garissa attack in Nairobi.',
      'Lodwar residents protested the burning of two villages by prisoners.',
      'Traders protest increasing levels of violence in Kisumu.',
      'Sex workers staged a protest in Nairobi to complain about violence.',
    ])
      expect(claims(t)[0]?.acled, t).toBe('Protests / Peaceful protest');
    // How they protest, or what they do besides, is the protest's own.
    for (const t of [
      'Students protest violently in Nairobi.',
      'Students protested in Nairobi and burned tyres.',
    ])
      expect(claims(t)[0]?.acled, t).toBe('Riots / Violent demonstration');
  });
  it('reads people with no arms storming a building to press a demand as a protest', () => {
    for (const t of [
      'Farmers stormed the anti-corruption commission offices in Nairobi to demand a report.',
      'Residents stormed the county offices in Kakamega demanding action over insecurity.',
    ])
      expect(claims(t)[0], t).toMatchObject({ plover: 'PROTEST', acled: 'Protests / Peaceful protest' });
    // Armed men who storm a building attack it.
    expect(
      claims('Gunmen stormed a police station in Mandera demanding the release of a prisoner.')[0],
    ).toMatchObject({
      plover: 'ASSAULT',
    });
  });
  it('reads no agent in "by" and a gerund', () => {
    // "by assaulting civilians" says how they responded, not who attacked.
    expect(
      claims('Soldiers responded to the Al Shabaab attack by assaulting civilians.')[0]?.source,
    ).not.toBe('SOMCVL');
    expect(claims('The village was attacked by local militia in Lamu.')[0]?.source).toBe('KENREB');
  });
  it('codes state forces killing people during a protest as excessive force against protesters', () => {
    for (const t of [
      'A woman was killed by police during a demonstration in Malindi.',
      'Police shot dead a boda boda operator during early morning protests in Nairobi.',
    ])
      expect(claims(t)[0]?.acled, t).toBe('Protests / Excessive force against protesters');
    // (Not armed men they fight there.)
    expect(claims('Police shot dead two gunmen during a demonstration in Malindi.')[0]?.acled).not.toBe(
      'Protests / Excessive force against protesters',
    );
  });
  it('codes the assassination of an armed man as a battle, of a civilian as an attack', () => {
    expect(claims("Gunmen assassinated an army officer in Dar'a on Monday.")[0]?.acled).toBe(
      'Battles / Armed clash',
    );
    expect(claims('Militants assassinated a pastor in Tapoa on Monday.')[0]?.acled).toBe(
      'Violence against civilians / Attack',
    );
  });
  it("codes shells fired both ways as a fight, one side's shelling as remote violence", () => {
    expect(
      claims('A shelling exchange between government forces and rebels took place near Idlib.')[0]?.acled,
    ).toBe('Battles / Armed clash');
    expect(claims('Government forces shelled rebel positions near Idlib.')[0]?.acled).toBe(
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    );
  });
  it('codes a remote explosive attack and a blown-up track as explosives', () => {
    for (const t of [
      'Militants carried out a remote explosive attack targeting a factory in Esenyurt.',
      'Separatists blew up a railway track in Quetta on Sunday.',
    ])
      expect(claims(t)[0]?.acled, t).toBe('Explosions/Remote violence / Remote explosive/landmine/IED');
  });
  it("codes an abduction by an air force's intelligence men as an abduction, an adolescent as a civilian", () => {
    expect(
      claims("Members of the regime's Air Force Intelligence abducted 3 civilians near Dar'a.")[0]?.acled,
    ).toBe('Violence against civilians / Abduction/forced disappearance');
    expect(claims('An adolescent was shot dead by six armed men in Recife.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      target: expect.stringMatching(/CVL$/),
    });
  });
  it('codes shots fired at a housing complex, an apartment or a residence as an attack on civilians', () => {
    expect(claims('Men in a car opened fire on a housing complex in Yauco.')[0]?.acled).toBe(
      'Violence against civilians / Attack',
    );
  });
  it('reads an act told of the protesters in a relative clause as what they protest', () => {
    for (const t of [
      'Mothers who say their sons were abducted by the militants continued their sit-in protest in Diyarbakir.',
      'The family of a teacher who was shot dead last week held a protest outside the hospital in Jodhpur.',
      'A group of victims of forced displacement protested near Pujiltic on Friday.',
    ])
      expect(mainClaim(code(t).layers.claims ?? [])?.event.acled[0], t).toBe('Protests');
    // (Not an act of the main clause: "Gunmen who stormed the village killed two; residents protested".)
    expect(
      mainClaim(code('Gunmen who stormed the village killed two farmers near Mandera.').layers.claims ?? [])
        ?.event.plover,
    ).toBe('ASSAULT');
  });
  it('codes one person who attacks someone as an attack on civilians, a group as mob violence', () => {
    expect(claims('A man threw stones at a nurse in Yurecuaro on Wednesday.')[0]?.acled).toBe(
      'Violence against civilians / Attack',
    );
    expect(claims('Residents threw stones at a nurse in Yurecuaro on Wednesday.')[0]?.acled).toBe(
      'Riots / Mob violence',
    );
    // (Not a man told of in a relative clause, nor a passive's agent.)
    expect(claims('A man who killed his wife was seized by a mob and killed in Migori.')[0]?.acled).toBe(
      'Riots / Mob violence',
    );
  });
  it('reads looting told in the foreground as looting, the attack it followed as its background', () => {
    expect(
      claims('Militiamen looted several shops in Ndele the day after they attacked the town.')[0]?.acled,
    ).toBe('Strategic developments / Looting/property destruction');
  });
  it('reads fighting said to go on as forces move as the setting of the movement', () => {
    const c = code(
      'Rebel reinforcements arrived on the frontlines near Marib as battles continue in the area.',
      {
        published: '2020-05-02',
      },
    ).layers.claims;
    expect(c?.find((x) => x.event.acled[0] === 'Battles')?.rules).toContain('background');
    expect(mainClaim(c ?? [])?.event.acled).toEqual(['Strategic developments', 'Change to group/activity']);
  });
  it('codes armed men kidnapped and killed as a battle, civilians as an attack', () => {
    expect(
      claims('Two soldiers were kidnapped and later killed by Taliban militants in Kohsan district.')[0]
        ?.acled,
    ).toBe('Battles / Armed clash');
    expect(claims('Gunmen killed a British man and kidnapped his wife near Lamu.')[0]?.acled).toBe(
      'Violence against civilians / Attack',
    );
  });
  it('codes drones named before their operator as an air strike', () => {
    expect(
      claims('Drones controlled by the rebels targeted the airbase near Hama on Friday.')[0]?.acled,
    ).toBe('Explosions/Remote violence / Air/drone strike');
  });
  it('codes state forces firing on rioters as the riot', () => {
    for (const t of ['Police fired on rioters in Kibera slum.', 'Soldiers beat rioters in Kisumu on Monday.'])
      expect(claims(t)[0]?.acled, t).toBe('Riots / Violent demonstration');
  });
  it('reads a victim told after to have been armed or a gang member as the second side of a fight', () => {
    const first = (t: string) => claims(t)[0]?.acled;
    expect(first('A man was shot dead in Contagem on Monday. The victim was involved in a gang.')).toBe(
      'Battles / Armed clash',
    );
    expect(
      first(
        'A man was shot dead in Contagem on Monday. The victim had charges against him for several crimes, including drug trafficking.',
      ),
    ).toBe('Battles / Armed clash');
    // (Not a charge of another kind.)
    expect(
      first('A man was shot dead in Contagem on Monday. The victim had charges against him for robbery.'),
    ).toBe('Violence against civilians / Attack');
  });
  it("reads a phrasal verb with its object's head ('cut down nearly 30 olive trees')", () => {
    expect(claims('Settlers cut down nearly 30 Palestinian-owned olive trees near Nablus.')[0]?.acled).toBe(
      'Strategic developments / Looting/property destruction',
    );
  });
  it('reads police named again in the background as no second armed side of their clash with shopkeepers', () => {
    expect(
      claims(
        'A clash erupted between police and shopkeepers in Mehrabpur after police slapped a shopkeeper.',
      )[0]?.acled,
    ).toBe('Riots / Mob violence');
  });
  it('codes an attack that only wrecks, burns or loots things as property destruction', () => {
    const first = (t: string) => claims(t)[0]?.acled;
    for (const t of [
      'Gunmen attacked and damaged the building of a radio station in Aybak. No casualties were reported.',
      'Soldiers burnt motorcycles and looted a shop during a raid in Batibo.',
    ])
      expect(first(t), t).toBe('Strategic developments / Looting/property destruction');
    // Not where people's homes burn, nor where it names whom it attacked.
    expect(first('Raiders attacked the village and torched 30 houses in Kerio.')).toBe(
      'Violence against civilians / Attack',
    );
    expect(first('Gunmen attacked two journalists and burned their car in Kisumu.')).not.toBe(
      'Strategic developments / Looting/property destruction',
    );
  });
  it('reads two objects joined by "and" as the targets of an attack, not the subject of the next clause', () => {
    expect(claims('Merille militia attacked Kenyan civilians and police near Todonyang.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      target: 'KENCVL+KENCOP',
    });
    expect(claims('Gunmen attacked civilians and police responded in Mandera.')[0]?.target).toBe('KENCVL');
    // (A count before the second: "three civilians and five police".)
    expect(claims('Al Shabaab fighters killed three civilians and five police in Liboi.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      target: 'KENCVL+KENCOP',
    });
  });
  it('types a killing told with no side by the sides of the attack told with it', () => {
    expect(claims('Two killed when armed group attacks the police post.')[0]?.acled).toBe(
      'Battles / Armed clash',
    );
    // A headline's verb the tagger reads as a noun, its object after a place's name.
    const c = claims('Two killed when armed men attack Mandera police post.')[0];
    expect(c?.acled).toBe('Battles / Armed clash');
    expect(c?.target).toBe('KENCOP');
  });
  it('places a group active in many countries in the country of the event', () => {
    const c = code('Islamic State fighters attacked an army checkpoint near Kirkuk.').layers.claims?.[0];
    expect(c?.source[0]).toMatchObject({ country: 'IRQ', name: 'Islamic State (Iraq)' });
  });
  it('codes shelling as remote violence whoever the target is', () => {
    expect(claims('Separatists shelled army positions near Avdiivka.')[0]?.acled).toBe(
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    );
  });
  it('flags denied and hypothetical statements', () => {
    expect(claims('The Kyrgyz side denied opening fire on Tajik guards.')[0]?.status).toBe('denied');
    expect(claims('Tajik officials did not attack the post.')[0]?.status).toBe('denied');
    expect(
      claims('The rebels threatened to attack the army base.').find((c) => c.plover === 'ASSAULT')?.status,
    ).toBe('hypothetical');
    expect(claims('Troops may attack the rebels soon.')[0]?.status).toBe('hypothetical');
  });
  it('codes a meeting of the CSTO body as CONSULT', () => {
    expect(
      claims('The CSTO Committee of Secretaries of Security Councils met in Dushanbe.')[0],
    ).toMatchObject({ plover: 'CONSULT', source: 'IGOCSTO' });
  });
  it('codes state forces shooting or beating protesters as excessive force, tear gas fired as an intervention', () => {
    for (const t of [
      'Police opened fire on opposition protesters in Kisumu, killing five.',
      'Two demonstrators were shot and injured by police in Mau Narok during a protest.',
      'Police fired tear gas and live bullets at protesters in Nairobi, killing two.',
    ])
      expect(claims(t)[0]!.acled, t).toBe('Protests / Excessive force against protesters');
    expect(claims('Police fired teargas at protesters in Eldoret.')[0]).toMatchObject({
      plover: 'COERCE',
      acled: 'Protests / Protest with intervention',
    });
    // Not in a riot, nor an activist or a taxi driver (no protest told).
    expect(
      claims('Two protesters were shot dead by police during election riots in Kisumu.')[0]!.acled,
    ).not.toBe('Protests / Excessive force against protesters');
    expect(claims('Police assaulted a taxi driver in Limpopo.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
      // A driver is a civilian; drivers who protest are protesters by their act.
      target: 'ZAFCVL',
    });
    expect(claims('Taxi drivers protested in Durban.')[0]?.source).toBe('ZAFPRO');
  });
  it('codes a violent protest as a riot even where police kill, and a killing it protests as its cause', () => {
    // ACLED: excessive force is force against peaceful protesters; a violent one is a riot.
    expect(
      claims(
        'Residents of Kisii barricaded roads and lit fires in protest, and police shot dead one man.',
      )[0]!.acled,
    ).toBe('Riots / Violent demonstration');
    // "the killing" after "over" is what the protest is about, not force used on it.
    expect(claims('Traders in Thika protested over the killing of a colleague by police.')[0]!.acled).toBe(
      'Protests / Peaceful protest',
    );
    // Police dispersing rioters: the riot is the event.
    expect(claims('Police in Kisumu dispersed rioting youths with tear gas.')[0]!.acled).toBe(
      'Riots / Violent demonstration',
    );
    // Property destroyed by protesters makes the protest violent.
    expect(
      claims('Students in Nakuru protested the closure of their school and destroyed property.')[0]!.acled,
    ).toBe('Riots / Violent demonstration');
  });
  it('turns a peaceful protest into a riot when it turns violent', () => {
    expect(claims('Protesters in Nairobi marched peacefully.')[0]?.acled).toBe('Protests / Peaceful protest');
    expect(claims('Protesters in Nairobi marched and threw stones at shops.')[0]?.acled).toBe(
      'Riots / Violent demonstration',
    );
    expect(claims('Police dispersed protesters in Nairobi with tear gas.').map((c) => c.acled)).toContain(
      'Protests / Protest with intervention',
    );
    // Violence said not to have happened, and a riot's word inside a name, are no riot.
    for (const text of [
      'Protesters marched in Nairobi without violence.',
      'Teachers protested in Nakuru; there was no violence.',
      'Members of the National Torch Movement protested in Veracruz.',
      'Residents held a demonstration in Bule to deplore the attack on nearby villages.',
    ])
      expect(claims(text)[0]?.acled, text).toBe('Protests / Peaceful protest');
    expect(claims('The protest in Nairobi turned violent.')[0]?.acled).toBe('Riots / Violent demonstration');
    // Barricades on a road are a violent demonstration (ACLED); barricaded in an office, a sit-in.
    expect(
      claims('Boda boda operators barricaded the road in Kericho to protest its poor state.')[0]?.acled,
    ).toBe('Riots / Violent demonstration');
    expect(
      claims('Teachers barricaded themselves into an office in Hinche to protest unpaid salaries.')[0]?.acled,
    ).toBe('Protests / Peaceful protest');
  });
  it('derives the accuser\'s version of an earlier event ("blamed the Tajik side")', () => {
    const c = claims(
      'Kyrgyz servicemen opened fire on Tajik border guards near Isfara. The Kyrgyz border service blamed the Tajik side for the incident.',
    );
    const assaults = c.filter((x) => x.plover === 'ASSAULT');
    expect(assaults.map((x) => `${x.source.slice(0, 3)}>${x.target.slice(0, 3)}`)).toEqual([
      'KGZ>TJK',
      'TJK>KGZ',
    ]);
  });
  describe('false positives', () => {
    for (const text of [
      'It was a battle for the title.',
      'The market crashed on Monday.',
      'They were shooting a film in Almaty.',
      'The team will attack the problem.',
      'Ruto took over as president of Kenya in 2022.',
      'Voters in Kenya went to the polls on Tuesday. The region has a long history of ethnic clashes.',
    ]) {
      it(`codes no violent event in "${text}"`, () =>
        expect(claims(text).filter((c) => c.plover === 'ASSAULT' && c.status === 'asserted')).toEqual([]));
    }
  });
  it('puts an event at an unknown place at the most specific named place beside it, keeping the unknown name', () => {
    const d = code(
      'On 3 May 2020, in Monterrey, Nuevo Leon, police clashed with an armed man in Colonia Chepevera.',
      {
        published: '2020',
      },
    );
    const e = (d.layers.events ?? [])[0]!;
    expect(e.place?.resolved?.name).toBe('Monterrey');
    expect(e.place?.near).toBe('Colonia Chepevera');
    expect(d.text.slice(e.place!.stoodIn!.start, e.place!.stoodIn!.end)).toBe('Colonia Chepevera');
    // The claim shows it with its span: what the event's own place was, and where it was put.
    expect((d.layers.claims ?? [])[0]!.place).toMatchObject({
      name: 'Monterrey',
      stoodIn: { text: 'Colonia Chepevera' },
    });
  });
  it('places an event in a town of its sentence over the country holding it, even one named nearer', () => {
    expect(
      placeAt(
        'On 3 May 2020, in Baalbek, soldiers took down demonstration tents of the movement against the political system in Lebanon.',
        'demonstration',
      ),
    ).toBe('Baalbek');
    // A country alone in its sentence is still the place.
    expect(placeAt('Soldiers took down demonstration tents across Lebanon on Sunday.', 'demonstration')).toBe(
      'Lebanon',
    );
  });
  it('places an event in the named locality of a city, whichever side of "neighbourhood of" the city stands', () => {
    const at = (text: string) => {
      const d = code(text, { published: '2021' });
      const p = (d.layers.events ?? [])[0]?.place;
      return p?.stoodIn ? d.text.slice(p.stoodIn.start, p.stoodIn.end) : p?.name;
    };
    expect(at('In the east Mosul neighbourhood of Al-Zahra, a car bomb killed two soldiers.')).toBe(
      'Al-Zahra',
    );
    expect(at('In Kirkuk on Monday, gunmen shot dead three shopkeepers in the Shorja area.')).toBe('Shorja');
  });
  it('takes the agent of a passive after a number or quantifier ("by three armed men")', () => {
    expect(
      claims('A man was shot to death in Juiz de Fora by three armed men.', { published: '2020-05-03' })[0],
    ).toMatchObject({ plover: 'ASSAULT', source: 'BRAINS', target: 'BRACVL' });
  });
  it('codes a protest told with no one named as protesters of its country, spanned by the protest word', () => {
    const d = code('A protest was held in Brest on Sunday.', { published: '2020-05-03' });
    const c = (d.layers.claims ?? [])[0]!;
    expect(c.source[0]).toMatchObject({ code: 'BLRPRO', name: 'Protesters (Belarus)', text: 'protest' });
  });
  it('places an event in the neighbourhood named before "neighborhood of" the city, not where a victim came from', () => {
    const d = code('Five civilians were killed in the Huriyah neighborhood of Baghdad on Sunday.', {
      published: '2020-05-03',
    });
    const e = (d.layers.events ?? [])[0]!;
    expect(d.text.slice(e.place!.stoodIn!.start, e.place!.stoodIn!.end)).toBe('Huriyah');
    expect(e.place?.resolved?.name).toBe('Baghdad');
    const d2 = code('A businessman from Sydney was shot in Manila on Monday.', { published: '2020-05-03' });
    expect((d2.layers.events ?? [])[0]!.place?.resolved?.country).toBe('PHL');
  });
  it('takes a country named after "in neighbouring", "in far eastern" or a verb of entering as the place', () => {
    const country = (text: string) =>
      (code(text, { published: '2020-05-03' }).layers.events ?? [])[0]?.place?.resolved?.country;
    expect(country('In neighbouring Croatia, a soldier shot dead a peacekeeper on Monday.')).toBe('HRV');
    expect(country('Rebels attacked a village in far eastern Congo, an official said.')).toMatch(/^CO[DG]$/);
    expect(country('Israel captured the West Bank in 1967.')).toBe('PSE');
    expect(country('The rebels have since captured the eastern third of Congo.')).toMatch(/^CO[DG]$/);
    // A country as possessor, when nothing else places the event (asked of the place chooser
    // alone: the event layer may place it by its actors' country as well).
    const text = "Two soldiers were shot dead at a checkpoint on Syria's northern border.";
    const d = code(text, { published: '2020-05-03' });
    const at = text.indexOf('shot');
    const trigger = { start: at, end: at + 4, lemma: 'shoot', pos: 'VERB' as const, sentence: 0 };
    const chosen = chooseEventPlace(d.layers.places ?? [], trigger, { start: 0, end: text.length }, text);
    expect(chosen?.resolved?.country).toBe('SYR');
    // Not a country owning the teller: "Kyrgyzstan's border service said ...".
    const told = "Kyrgyzstan's border service said Tajik guards had fired first.";
    const t = code(told, { published: '2020-05-03' });
    const fired = told.indexOf('fired');
    expect(
      chooseEventPlace(
        t.layers.places ?? [],
        { start: fired, end: fired + 5, lemma: 'fire', pos: 'VERB' as const, sentence: 0 },
        { start: 0, end: told.length },
        told,
      ),
    ).toBeNull();
  });
  it('lets no word between a locative and a country match nothing (no exponential backtracking)', () => {
    const word = new RegExp(`^${PLACE_MODIFIERS}$`, 'i');
    expect(word.test('')).toBe(false);
    for (const w of ['far', 'neighbouring', 'northern', 'north', 'southwestern', 'east', 'central'])
      expect(word.test(w)).toBe(true);
  });
  it('takes a country named as an actor after "over" as the place when no other place is named', () => {
    const d = code('Two fighter jets were shot down over Syria on Monday.', { published: '2020-05-03' });
    expect((d.layers.events ?? [])[0]!.place?.resolved?.country).toBe('SYR');
  });
  it("places a verb's event at the place in its own clause, not at one of the clause before", () => {
    const text =
      'The army launched a new assault in the region of rural Damascus, targeting the Jaysh al-Islam held town of Tel Duwar.';
    const d = code(text, { published: '2020-05-03' });
    const at = text.indexOf('targeting');
    const trigger = { start: at, end: at + 9, lemma: 'target', pos: 'VERB' as const, sentence: 0 };
    const chosen = chooseEventPlace(d.layers.places ?? [], trigger, { start: 0, end: text.length }, text);
    // The unknown town stands at the named place beside it, and is kept as what it stands for.
    expect(chosen?.stoodIn && text.slice(chosen.stoodIn.start, chosen.stoodIn.end)).toBe('Tel Duwar');
  });
  it('places an event at a site over the town after "in" that holds it, and never at the area described after a town', () => {
    expect(
      placeAt(
        'A car bomb detonated near a pharmacy close to the Yarmouk Hospital in western Baghdad.',
        'detonated',
      ),
    ).toBe('Yarmouk Hospital');
    expect(
      placeAt('Protesters against the government in Lebanon in Sidon gathered on Friday.', 'gathered'),
    ).toBe('Sidon');
    expect(placeAt('HTS executed a man from Afrin in Idleb after a period of detention.', 'executed')).toBe(
      'Idleb',
    );
    expect(
      placeAt('A suicide bomber in Maimana, the capital of Faryab Province, killed 16 people.', 'killed'),
    ).toBe('Maimana');
  });
  it("places no event at a town that only ends a road's name when another place of its country is named", () => {
    expect(
      placeAt('Bandits attacked travellers on the Nairobi-Mombasa road at Mtito Andei.', 'attacked'),
    ).toBe('Mtito Andei');
    expect(placeAt('Bandits attacked travellers on the Nairobi-Mombasa road.', 'attacked')).toBe('Nairobi');
  });
  it('places no event where its teller is, reads a locality word as part of the name before "of", and a capital as a place', () => {
    expect(
      placeAt(
        'According to a military source in Homs, militants stormed the Tel Duwar Hospital on Monday.',
        'stormed',
      ),
    ).toBe('Tel Duwar Hospital');
    expect(
      placeAt('The army continued its assault on the Tel Duwar District of southern Aleppo.', 'assault'),
    ).toBe('Tel Duwar District');
    expect(placeAt('Gunmen shot a cleric in the regional capital of Baidoa on Monday.', 'shot')).toBe(
      'Baidoa',
    );
    expect(placeAt('Nearly 2,000 troops are patrolling Kabul every day.', 'patrolling')).toBe('Kabul');
  });
  it('places no event in a place that names a body, and none in the republic or region holding the place named', () => {
    expect(
      placeAt(
        'Abdi Nur, a member of Puntland parliament, was shot dead by two gunmen as he left a mosque at around 7 pm local time in the central town of Gaalkacyo.',
        'shot',
      ),
    ).toBe('Gaalkacyo');
    expect(
      placeAt(
        'A roadside bomb wrecked an army lorry in the remote Shatoy region of southern Chechnya, killing two soldiers.',
        'bomb',
      ),
    ).toBe('Shatoy');
    expect(
      placeAt(
        'Much of Gubden, a village in the southern Russian republic of Dagestan near the border with Chechnya, was burned by rebels.',
        'burned',
      ),
    ).toBe('Gubden');
  });
  it('codes a shooting whose verb the tagger read as a noun ("Gunmen shot a soldier")', () => {
    expect(claims('Gunmen shot a soldier at a checkpoint in Rafah.')[0]).toMatchObject({ plover: 'ASSAULT' });
  });
  it('codes a fight between named sides it does not know, and shoot-outs, at a named place', () => {
    expect(claims('On 3 May 2020, CNL and CNDD-FDD fought each other in Ntega, Kirundo.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
    });
    expect(claims('Residents said shoot-outs took place in Bangu, Rio de Janeiro.')[0]).toMatchObject({
      plover: 'ASSAULT',
    });
    // Not a game.
    expect(claims('The teams fought hard in Madrid.')).toEqual([]);
  });
  it('codes gunmen opening fire, UVIEDs, ATGMs, offensives and incursions', () => {
    expect(claims('Unidentified gunmen opened fire on a civilian in Daraa.')[0]).toMatchObject({
      plover: 'ASSAULT',
    });
    expect(claims('An UVIED exploded under a car at a junction in Mogadishu.')[0]).toMatchObject({
      acled: 'Explosions/Remote violence / Remote explosive/landmine/IED',
    });
    expect(claims('Rebels destroyed an army vehicle near Idlib, using an ATGM.')[0]).toMatchObject({
      acled: 'Explosions/Remote violence / Shelling/artillery/missile attack',
    });
    expect(claims('The army launched an offensive against the militia in Korogo.')[0]).toMatchObject({
      plover: 'ASSAULT',
    });
  });
  it('reads reneging on a commitment and rebuffing an offer as rejections', () => {
    expect(
      claims('The president has reneged on his commitment to hold elections under a new constitution.')[0],
    ).toMatchObject({
      plover: 'REJECT',
    });
    expect(claims("The opposition rebuffed the government's offer of talks.")[0]).toMatchObject({
      plover: 'REJECT',
    });
  });
  it('codes an attack on a village or a homestead, with no side named there, as violence against civilians', () => {
    expect(claims('Armed raiders attacked a village in Turkana, killing two.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
    });
    // An armed side named as the target is still a battle.
    expect(claims('Troops attacked rebel positions near a village in Turkana.')[0]?.acled).toMatch(
      /^Battles/,
    );
  });
  it('codes people killed and only counted as civilians, unless the sentence names another armed side', () => {
    expect(claims('Gunmen killed four in a night raid on a trading centre.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
    });
    expect(claims('Bandits shot dead at least three near the market.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
    });
    // The count names who was killed: still a fight.
    expect(claims('Police shot two suspected gang members dead near the market.')[0]?.acled).toMatch(
      /^Battles/,
    );
    // Another armed side in the sentence: the count may be its men.
    expect(claims('Militants ambushed a police patrol on the highway and killed three.')[0]?.acled).toMatch(
      /^Battles/,
    );
  });
  it('codes human remains found as an attack on civilians, and a procession or human chain as a protest', () => {
    for (const t of [
      'A severed head was found inside a plastic bag in Culiacan on Monday.',
      'Human remains were found in two bags near Cuernavaca.',
      'The bodies of three men were discovered on a road outside Celaya.',
    ])
      expect(claims(t)[0], t).toMatchObject({ acled: 'Violence against civilians / Attack' });
    for (const t of [
      'Teachers took out a procession in Sylhet demanding unpaid salaries.',
      'Students formed a human chain outside the press club in Dhaka.',
      'Residents blocked the main road in Zahle with burning tyres.',
    ])
      expect(claims(t)[0]?.acled, t).toMatch(/^(?:Protests|Riots)/);
  });
  it('reads a hyphenated verb ("gang-raped") as a verb, and a rape told in a riot as sexual violence, not its casualty', () => {
    for (const t of [
      'Militiamen gang-raped two women near Kakuma.',
      'Several women were gang-raped in Mathare on Sunday.',
      'Three girls were raped during the post-election violence in Naivasha.',
    ])
      expect(claims(t)[0], t).toMatchObject({ acled: 'Violence against civilians / Sexual violence' });
    expect(claims('Militiamen gang-raped two women near Kakuma.')[0]?.source).toMatch(/REB$/);
    // (Deaths told in a riot stay its casualties.)
    expect(claims('Two people were killed in post-election violence in Kisumu.')[0]?.acled).toMatch(/^Riots/);
  });
  it('reads attacks called off as a ceasefire, aid halted as a sanction, and no act in an attributive participle', () => {
    expect(ploverTypes('The rebels announced a suspension of attacks on government forces.')).toEqual([
      'RETREAT',
    ]);
    expect(ploverTypes('The rebels halted attacks on the capital on Sunday.')).toEqual(['RETREAT']);
    expect(ploverTypes('The army called off the offensive in the north.')).toEqual(['RETREAT']);
    expect(ploverTypes('Rebels shelled the town until the end of the offensive on Monday.')).not.toContain(
      'RETREAT',
    );
    expect(ploverTypes('Japan has halted economic aid to Serbia.')).toEqual(['SANCTION']);
    expect(ploverTypes('Troops left the occupied territories on Monday.')).not.toContain('ASSAULT');
    expect(ploverTypes('Israeli troops remained on alert near the border.')).toEqual(['MOBILIZE']);
    // The act itself still counts.
    expect(ploverTypes('Troops occupied the village on Monday.')).toContain('ASSAULT');
  });
  it('reads a police raid as a search and seizure, unless it kills', () => {
    const first = (t: string) => code(t).layers.claims?.[0]?.event;
    expect(first('Police raided the homes of activists in Kano on Friday.')).toMatchObject({
      plover: 'COERCE',
      mode: 'seize',
    });
    expect(first('Gunmen raided a police station in Kano.')?.plover).toBe('ASSAULT');
    expect(first('Police raided a hideout in Kano, killing two suspects.')?.plover).toBe('ASSAULT');
  });
  it('reads a raid named as the setting of arrests as no attack of its own, unless a fight is told too', () => {
    expect(claims('Israeli forces arrested eight Palestinians during a raid in Jenin on Monday.')).toEqual([
      expect.objectContaining({
        acled: 'Strategic developments / Arrests',
        source: 'ISRMIL',
        target: 'PSECVL',
      }),
    ]);
    expect(claims('Police arrested two men in Nakuru after a raid on a bank.').map((c) => c.plover)).toEqual([
      'COERCE',
      'ASSAULT',
    ]);
    expect(
      ploverTypes('Kenyan police killed six al Shabaab fighters and arrested two during a raid in Garissa.'),
    ).toContain('ASSAULT');
  });
  it('gives a noun predicate after a second verb joined by "and" the first verb\'s subject, not its object', () => {
    const arrests = (t: string) => claims(t).find((c) => c.plover === 'COERCE');
    expect(arrests('Police shot two protesters and made 20 arrests in Kisumu.')).toMatchObject({
      source: 'KENCOP',
    });
    expect(arrests('Soldiers killed two militants and carried out arrests in Garissa.')).toMatchObject({
      source: 'KENMIL',
    });
    expect(arrests('Police made several arrests in Nairobi.')).toMatchObject({ source: 'KENCOP' });
  });
  it('reads an "-ing" form after a comma with its object as a participle though the tagger took it for a noun', () => {
    // (wink tags "wounding" a noun here; the station is where the bomb went off, not its side.)
    expect(
      claims('A car bomb exploded outside a police station in Diyarbakir, wounding six officers.')[0],
    ).toMatchObject({
      acled: 'Explosions/Remote violence / Remote explosive/landmine/IED',
      target: 'TURCOP',
    });
    expect(
      claims('A car bomb exploded outside a police station in Diyarbakir, wounding six officers.')[0]?.source,
    ).not.toBe('TURCOP');
  });
  it("takes a participle's object from its own clause, a pronoun standing for the main clause's object", () => {
    expect(
      claims(
        'A mob attacked health workers in Indore on Saturday, pelting them with stones as they tried to screen residents.',
      )[0],
    ).toMatchObject({ source: 'INDRIO', target: 'INDHLH' });
  });
  it('reads what forces are sent to do as intended, not done, and a protest people gather for as held', () => {
    const fight = claims('Kenya deployed 1,000 police officers to Haiti to fight gangs.').find(
      (c) => c.plover === 'ASSAULT',
    );
    expect(fight?.status).toBe('hypothetical');
    expect(claims('A group mobilised at the mosque in Mombasa to protest the killing.')[0]).toMatchObject({
      plover: 'PROTEST',
      status: 'asserted',
    });
  });
  it('gives a noun predicate no agent of another predicate after it ("protest the killing of a colleague by police")', () => {
    const protest = claims(
      'Boda boda riders protest the killing of a colleague by police in Kisii town.',
    ).find((c) => c.plover === 'PROTEST');
    expect(protest?.source).not.toBe('KENCOP');
    expect(protest?.source).toMatch(/^KEN/);
  });
  it('gives a noun predicate no source that is another act\'s object after "of" ("the killing of civilians in an air strike")', () => {
    const strike = claims(
      "Somalia's president apologised for the killing of civilians in an air strike near Mogadishu.",
    ).find((c) => c.plover === 'ASSAULT');
    expect(strike?.source).not.toBe('SOMCVL');
    expect(strike?.target).toBe('SOMCVL');
  });
  it('reads a jail named by its name as a place, and whom an arrest or a release is of as its target', () => {
    const text =
      'Protesters demanded the release of opposition leader Imran Khan outside Adiala jail in Rawalpindi.';
    expect(claims(text).map((c) => c.plover)).not.toContain('COERCE');
    expect(claims(text).find((c) => c.plover === 'RETREAT')).toMatchObject({ source: '', target: 'PAKOPP' });
    expect(claims('Protesters demanded the arrest of the police officer in Nairobi.')[1]).toMatchObject({
      plover: 'COERCE',
      source: '',
      target: 'KENCOP',
    });
    expect(claims('Police jailed two journalists in Nairobi.')[0]).toMatchObject({ plover: 'COERCE' });
  });
  it('reads breaking a ceasefire as firing, not as a ceasefire', () => {
    expect(claims('Rebels breached the truce near Goma on Sunday.')[0]).toMatchObject({
      acled: 'Battles / Armed clash',
      source: 'CODREB',
    });
    const told = claims('Azerbaijan accused Armenia of violating the ceasefire in Nagorno-Karabakh.');
    expect(told.map((c) => c.plover)).toEqual(['ACCUSE', 'ASSAULT']);
  });
  it('reads an act a proposal or a threat is for as proposed, not done', () => {
    const ceasefire = claims('The Sudanese army rejected a US proposal for a ceasefire in El Fasher.').find(
      (c) => c.plover === 'RETREAT',
    );
    expect(ceasefire?.status).toBe('hypothetical');
  });
  it('reads people named on strike as protesters, and force used on them as excessive force against protesters', () => {
    expect(
      claims(
        'On 21 March 2024, police used excessive force against striking doctors in Dhaka, beating several of them.',
      )[0],
    ).toMatchObject({
      acled: 'Protests / Excessive force against protesters',
      source: 'BGDCOP',
      target: 'BGDPRO',
    });
  });
  it('reads armed men "from" a community as the subject, not the community', () => {
    expect(
      claims(
        'On 5 April 2024, ethnic militia from the Lendu community attacked a displacement camp in Djugu, killing 12 civilians.',
      )[0],
    ).toMatchObject({ acled: 'Violence against civilians / Attack', source: 'CODREB', target: 'CODCVL' });
  });
  it('reads what people are arrested for as the background of the arrest', () => {
    const d = code(
      'On 9 May 2024, the Myanmar military arrested 40 youths in Mandalay for avoiding conscription.',
      {
        published: '2024-05-10',
      },
    );
    expect(mainClaim(d.layers.claims ?? [])?.event.acled).toEqual(['Strategic developments', 'Arrests']);
  });
  it('reads warplanes or jets that strike or hit something as an air strike on it, the country named with them its source', () => {
    expect(claims('Turkish warplanes struck PKK positions in the Qandil mountains.')[0]).toMatchObject({
      acled: 'Explosions/Remote violence / Air/drone strike',
      source: 'TURMIL',
      target: 'TURREB',
    });
    expect(claims('Russian jets hit a market in Idlib.')[0]).toMatchObject({
      acled: 'Explosions/Remote violence / Air/drone strike',
      source: 'RUSMIL',
    });
  });
  it('reads a participle after a count as naming a state, not an act ("rescued 23 kidnapped students")', () => {
    const all = claims('The Nigerian army rescued 23 kidnapped students in Zamfara state on Monday.');
    expect(all.map((c) => c.acled)).not.toContain(
      'Violence against civilians / Abduction/forced disappearance',
    );
  });
  it('reads an act named "over" after another act as its reason, the background', () => {
    const d = code(
      'The European Union imposed sanctions on five Iranian officials over the crackdown on protesters.',
      {
        published: '2024-05-10',
      },
    );
    expect(mainClaim(d.layers.claims ?? [])).toMatchObject({ event: { plover: 'SANCTION' } });
  });
  it('reads what an act answers ("in retaliation for", "in response to") as its background and no intervention', () => {
    expect(
      claims('Residents burned a police post in Kisumu in retaliation for the killing of a youth.')[0],
    ).toMatchObject({
      acled: 'Strategic developments / Looting/property destruction',
      source: 'KENCVL',
      target: 'KENCOP',
    });
    expect(
      claims('Students protested in Nairobi in response to the arrest of their leader.')[0],
    ).toMatchObject({
      acled: 'Protests / Peaceful protest',
    });
  });
  it('reads "retook", which the tagger cannot lemmatise, as territory regained', () => {
    expect(claims('Mozambican troops retook the town of Mocimboa da Praia on Sunday.')[0]).toMatchObject({
      acled: 'Battles / Government regains territory',
      source: 'MOZMIL',
    });
  });
  it('reads an indictment as an accusation and a work stoppage as a strike', () => {
    expect(ploverTypes('A grand jury indicted six police officers on Tuesday.')).toEqual(['ACCUSE']);
    expect(ploverTypes('The opposition leader was charged with treason on Monday.')).toEqual(['ACCUSE']);
    expect(ploverTypes('Dock workers began a 48-hour work stoppage in Durban.')).toEqual(['PROTEST']);
    // After a colon, a participle before a noun is a modifier: the hunger strike is the event.
    expect(ploverTypes('Cuba: Imprisoned Dissident Announces Hunger Strike')).toEqual(['PROTEST']);
    // Peacekeepers let in: access granted (PLOVER RETREAT, access).
    expect(ploverTypes('Kenya deployed peacekeepers to Somalia on Monday.')).toEqual(['RETREAT']);
  });
  it("reads a civil body's withdrawal from a country as cut relations, a force's as a retreat", () => {
    expect(ploverTypes('The rights group withdrew from Georgia amid security concerns.')).toEqual([
      'SANCTION',
    ]);
    expect(ploverTypes('Russian troops withdrew from Kherson on Friday.')).toEqual(['RETREAT']);
  });
  it('codes clergy as civilians', () => {
    expect(claims('Unidentified gunmen shot dead a pastor outside his church.')[0]).toMatchObject({
      acled: 'Violence against civilians / Attack',
    });
  });
  it("reads a pronoun right after the speaker's verb as the speaker, the act's subject", () => {
    expect(claims('Japan said it had halted economic aid to Serbia.')[0]).toMatchObject({
      plover: 'SANCTION',
      source: 'JPNGOV',
    });
    expect(claims('The governor said he will extend the curfew in the city.')[0]).toMatchObject({
      plover: 'COERCE',
    });
    expect(claims('The governor said he will extend the curfew in the city.')[0]?.source).not.toBe('');
    // Not the object of another verb ("respond to the attack"), nor a pronoun further on.
    expect(claims('The rebels said they would respond to the attack.')).not.toContainEqual(
      expect.objectContaining({ plover: 'ASSAULT', source: expect.stringMatching(/REB/) }),
    );
    expect(claims('Japan said the rebels had stopped fighting and it was pleased.')).not.toContainEqual(
      expect.objectContaining({ source: 'JPNGOV', plover: 'RETREAT' }),
    );
  });
  it('reads labour strikes, halted talks, eased measures, stopped protests and strengthened forces', () => {
    expect(ploverTypes('Nurses began a 48-hour strike over unpaid wages.')).toEqual(['PROTEST']);
    expect(ploverTypes('Dockers staged a nationwide strike on Monday.')).toEqual(['PROTEST']);
    expect(ploverTypes('A drone strike killed three militants.')).toEqual(['ASSAULT']);
    expect(ploverTypes('Nurses called off a four-day strike on Friday.')).toEqual(['CONCEDE']);
    expect(ploverTypes('The governor shortened the nightly curfew by two hours.')).toEqual(['CONCEDE']);
    expect(ploverTypes('The government eased emergency measures in the province.')).toEqual(['CONCEDE']);
    expect(ploverTypes('Kenya announced a suspension of air links with Somalia.')).toEqual(['SANCTION']);
    expect(ploverTypes('Elders ended mediation efforts between the two clans.')).toEqual(['SANCTION']);
    expect(ploverTypes('Police prevented the demonstration planned by students.')).toEqual(['COERCE']);
    expect(ploverTypes('The army has strengthened its forces along the border.')).toEqual(['MOBILIZE']);
    expect(ploverTypes('The army called upon conscripts for a new offensive.')).toContain('MOBILIZE');
    expect(ploverTypes('The army called upon conscripts for a new offensive.')).not.toContain('REQUEST');
    expect(ploverTypes('The navy raised its combat readiness near the strait.')).toEqual(['MOBILIZE']);
    expect(ploverTypes('Eleven countries shunned the summit over rights concerns.')).toEqual(['PROTEST']);
  });
  it('reads an attempted act as done, and streets blocked as a protest', () => {
    expect(claims('Gunmen attempted to assassinate the deputy governor on Monday.')[0]).toMatchObject({
      plover: 'ASSAULT',
      status: 'asserted',
    });
    expect(ploverTypes('Thousands of people blocked streets in the capital on Sunday.')).toEqual(['PROTEST']);
  });
  it('reads a headline\'s "X to VERB" as what X will do', () => {
    const c = code('Government to Detain Journalists Who Publish Leaks\n\nReporters were warned on Monday.')
      .layers.claims?.[0];
    expect(c).toMatchObject({ status: 'hypothetical', event: expect.objectContaining({ plover: 'COERCE' }) });
    expect(c?.rules).toContain('modality:headline-to');
    // Not in the body: "police went to arrest" is told as done there.
    expect(claims('Police moved in to arrest five men on Monday.')[0]).toMatchObject({ status: 'asserted' });
  });
});
