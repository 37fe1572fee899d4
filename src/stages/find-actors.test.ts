import { describe, expect, it } from 'vitest';
import { code, slice } from '../../test/helpers.js';

const actors = (text: string) => {
  const d = code(text, { published: '2021-04-29' });
  return (d.layers.actors ?? []).map((a) => ({
    text: slice(d, a),
    country: a.country,
    sector: a.sector,
    org: a.org,
    name: a.name,
  }));
};

describe('find-actors', () => {
  it("names the Islamic State's provinces with the country each fights in", () => {
    expect(actors('ISKP claimed a suicide attack on a mosque in Herat.')[0]).toMatchObject({
      country: 'AFG',
    });
    expect(actors('The Islamic State in the Greater Sahara attacked a convoy.')[0]).toMatchObject({
      country: 'MLI',
      sector: 'INS',
    });
    expect(actors('ISCAP fighters raided a village.')[0]).toMatchObject({ country: null, sector: 'INS' });
  });
  it('codes settlers as civilians of their country, and force used as no body of men', () => {
    expect(actors('Israeli settlers set fire to Palestinian vehicles in Huwara.')[0]).toMatchObject({
      text: 'Israeli settlers',
      country: 'ISR',
      sector: 'CVL',
    });
    expect(actors('Police used excessive force against doctors in Dhaka.').map((a) => a.text)).toEqual([
      'Police',
      'doctors',
    ]);
  });
  it("codes a minister's counterpart as the government of the country named with it", () => {
    expect(actors("Turkey's foreign minister met his Iraqi counterpart in Baghdad.").at(-1)).toMatchObject({
      text: 'Iraqi counterpart',
      country: 'IRQ',
      sector: 'GOV',
    });
  });
  it('codes guards and watchmen as private security, and a former soldier as a civilian', () => {
    expect(actors('Gunmen killed a Kenyan security guard.').at(-1)).toMatchObject({
      sector: 'UAF',
      name: 'Private Security Forces (Kenya)',
    });
    expect(actors('Raiders killed a watchman.').at(-1)).toMatchObject({ sector: 'UAF' });
    expect(actors('Thieves beat two askaris in Kisumu.').find((a) => a.text === 'askaris')).toMatchObject({
      sector: 'UAF',
    });
    // A county's askaris are its enforcement officers.
    expect(actors('Hawkers clashed with county askaris in Nairobi.').at(-1)).toMatchObject({ sector: 'COP' });
    // A crossing guard, a guard of honour and Iran's Revolutionary Guards are none of them.
    expect(actors('A car hit a crossing guard.').at(-1)).toMatchObject({ sector: 'CVL' });
    expect(actors('A guard of honour met the envoy.').map((a) => a.text)).toEqual(['envoy']);
    expect(actors("Iran's Revolutionary Guards seized a tanker.").at(-1)).toMatchObject({
      text: 'Revolutionary Guards',
      country: 'IRN',
      sector: 'MIL',
    });
    expect(actors('Gunmen shot a former Kenyan soldier.').at(-1)).toMatchObject({
      country: 'KEN',
      sector: 'CVL',
      name: 'Civilians (Kenya)',
    });
    expect(actors('Gunmen shot a retired police officer.').at(-1)).toMatchObject({ sector: 'CVL' });
    expect(actors('Gunmen shot a police officer.').at(-1)).toMatchObject({ sector: 'COP' });
    // Off duty, before a name or in brackets after the phrase.
    expect(actors('Gunmen shot an off-duty National Intelligence Service officer.').at(-1)).toMatchObject({
      sector: 'CVL',
    });
    expect(actors('Gunmen shot a soldier (off-duty) in Baidoa.').at(-1)).toMatchObject({ sector: 'CVL' });
    // A national army by its acronym ("FARDC", "SSPDF"); not a bare acronym another body shares
    // ("UPDF" is Uganda's army and a party in Bangladesh's Chittagong Hill Tracts).
    expect(actors('FARDC soldiers attacked a CODECO position near Mahagi.')[0]).toMatchObject({
      country: 'COD',
      sector: 'MIL',
    });
    // A policewoman is police; sellers are civilians.
    expect(
      actors('A policewoman was attacked by a group of sellers in San Marcos.').map((a) => a.sector),
    ).toEqual(['COP', 'CVL']);
    // A regime's checkpoint is its army's.
    expect(actors('Gunmen opened fire at a regime checkpoint near Sahwa.').at(-1)).toMatchObject({
      sector: 'MIL',
    });
    // (An MLA sits in a state's legislative assembly; a former one is a civilian.)
    expect(actors('Gunmen fired at an MLA in Kandhamal.').at(-1)).toMatchObject({ sector: 'LEG' });
    expect(actors('Gunmen fired at a former MLA in Kandhamal.').at(-1)).toMatchObject({ sector: 'CVL' });
    expect(actors('An unknown group attacked the camp.')[0]).toMatchObject({ sector: 'INS' });
    // Pirates are an armed criminal group.
    expect(actors('Pirates seized a cargo ship.')[0]).toMatchObject({ sector: 'CRM' });
  });
  it('codes people by their trade as civilians (a schoolteacher, a janitor, a mechanic)', () => {
    for (const w of [
      'schoolteacher',
      'head teacher',
      'janitor',
      'mechanic',
      'tailor',
      'matatu driver',
      'boda boda rider',
    ])
      expect(actors(`Bandits shot a Kenyan ${w} near Marsabit.`).at(-1), w).toMatchObject({
        text: `Kenyan ${w}`,
        sector: 'CVL',
        name: 'Civilians (Kenya)',
      });
  });
  it('reads people named by their faith as a religious community', () => {
    const named = actors('Muslims attacked a group of Christians in Garissa.');
    expect(named.map((a) => [a.text, a.sector, a.name])).toEqual([
      ['Muslims', 'CVL', 'Muslim Group'],
      ['Christians', 'CVL', 'Christian Group'],
    ]);
    // (A Muslim cleric is a cleric.)
    expect(actors('A Muslim cleric was shot dead in Mombasa.').map((a) => a.text)).toEqual(['cleric']);
  });
  it('reads "pro-X elements" or "groups" of an armed side as that side', () => {
    expect(actors('Government forces attacked pro-Houthi elements near Marib.').at(-1)).toMatchObject({
      text: 'pro-Houthi elements',
      country: 'YEM',
      sector: 'REB',
    });
    // An agent word after it keeps its own sector: forces aligned with the side.
    expect(actors('Government forces attacked pro-Houthi forces near Marib.').at(-1)).toMatchObject({
      country: 'YEM',
      sector: 'MIL',
    });
  });
  it('codes police and security forces named by their own name to their country (GSU, RCMP, Carabinieri)', () => {
    expect(actors('GSU officers fired at the crowd.')[0]).toMatchObject({ country: 'KEN', sector: 'COP' });
    expect(actors('The RCMP arrested two men.')[0]).toMatchObject({
      country: 'CAN',
      sector: 'COP',
      name: 'Police Forces of Canada',
    });
    expect(actors('Carabinieri raided a farm.')[0]).toMatchObject({ country: 'ITA', sector: 'COP' });
  });
  it('takes the sector from the head of consecutive agent words, not a mouthpiece', () => {
    expect(actors('Taliban militants killed four local policemen.').at(-1)).toMatchObject({ sector: 'COP' });
    expect(actors('Gunmen shot a chief police officer.').at(-1)).toMatchObject({ sector: 'COP' });
    expect(actors('State police were ambushed.')[0]).toMatchObject({ sector: 'COP' });
    expect(actors('A police spokesman said two were killed.')[0]).toMatchObject({ sector: 'COP' });
  });
  it('codes vigilantes as a mob, and the Civilian JTF as a named militia', () => {
    expect(actors('A vigilante group lynched a suspected thief in Kisii.')[0]).toMatchObject({
      sector: 'RIO',
      name: 'Rioters',
    });
    expect(actors('The Civilian JTF repelled the attack.')[0]).toMatchObject({
      country: 'NGA',
      sector: 'REB',
    });
  });

  it("codes a head of state or government by name to the country's government", () => {
    expect(actors('President Jacob Zuma rejected the report.')[0]).toMatchObject({
      text: 'President Jacob Zuma',
      country: 'ZAF',
      sector: 'GOV',
    });
    // A demonym, a title and a name: one actor.
    expect(actors('Kenyan President Mwai Kibaki met the envoy.').map((a) => a.text)).toEqual([
      'Kenyan President Mwai Kibaki',
      'envoy',
    ]);
    expect(actors('Kagame accused Burundi of backing rebels.')[0]).toMatchObject({
      text: 'Kagame',
      country: 'RWA',
    });
    // A name before a place word is the place's ("the Mandela Square"); written small, a word.
    expect(actors('Crowds gathered in the Mandela Square on Friday.').map((a) => a.text)).not.toContain(
      'Mandela',
    );
    expect(actors('Gunmen hid in the bush near the road.').map((a) => a.text)).not.toContain('bush');
  });

  it("knows the Mount Elgon conflict's militia", () => {
    expect(actors('Suspected SLDF militia attacked villagers.')[0]).toMatchObject({
      country: 'KEN',
      sector: 'REB',
    });
  });

  it('reads a name with its possessive written without the apostrophe, as ACLED notes do', () => {
    expect(actors('Riots followed the announcement of Kibakis win.')).toContainEqual(
      expect.objectContaining({ text: 'Kibakis', country: 'KEN', sector: 'GOV' }),
    );
    // A name that ends so itself is that name.
    // (Frances is a town: no possessive of France.)
    expect(actors('Frances residents protested on Sunday.').map((a) => a.country)).not.toContain('FRA');
  });
  it('reads a title, a name the knowledge lacks, "of" and a country as that country\'s official', () => {
    expect(actors('President Tembo of Malawi rejected the plan.')[0]).toMatchObject({
      text: 'President Tembo of Malawi',
      country: 'MWI',
      sector: 'GOV',
    });
    // Not across a known actor or a lower-case word.
    expect(actors('The president told the people of Malawi to stay home.')[0]?.country ?? null).toBeNull();
  });
  it('reads a country or capital as the subject across a word of time or an adverb before its verb', () => {
    expect(actors('Chile today threatened to recall its ambassador from Peru.')[0]).toMatchObject({
      text: 'Chile',
      country: 'CHL',
      sector: 'GOV',
    });
    expect(actors('Ghana yesterday accepted the proposal.').map((a) => a.text)).toContain('Ghana');
    expect(actors('Nairobi again rejected the appeal of the aid agencies.')[0]).toMatchObject({
      text: 'Nairobi',
      country: 'KEN',
    });
    // A weekday bare between subject and verb, in news agencies' style.
    expect(actors('Chile Friday reimposed the curfew in the north.')[0]).toMatchObject({
      text: 'Chile',
      country: 'CHL',
    });
    // Not a place's name at a clause's end, nor before a participle.
    expect(
      actors('Crowds marched through central Nairobi Sunday to demand jobs.').map((a) => a.text),
    ).not.toContain('Nairobi');
    expect(
      actors('Teachers marched in the capital Nairobi Friday demanding higher pay.').map((a) => a.text),
    ).not.toContain('Nairobi');
    // Still no actor: a country's name before a noun, a capital's name after "of".
    expect(actors('The Kenya shilling fell against the dollar.').map((a) => a.text)).not.toContain('Kenya');
    expect(
      actors('The shelling on the outskirts of Nairobi reportedly killed five people.').map((a) => a.text),
    ).not.toContain('Nairobi');
    // Nor a backer: "a Turkey backed police patrol", "Iran-supported militias".
    for (const t of [
      'Gunmen opened fire on a Turkey backed police patrol in Jarablus.',
      'Iran-supported militias shelled the base near Baghdad.',
    ])
      expect(
        actors(t).map((a) => a.text),
        t,
      ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Turkey|Iran)$/)]));
  });
  it("places forces aligned with a group in the group's country, not those aligned with a country", () => {
    const a = actors('On 2 May 2020, pro-Houthi forces reportedly shelled villages near Marib.');
    expect(a[0]).toMatchObject({ text: 'pro-Houthi forces', country: 'YEM', sector: 'MIL' });
    const b = actors('Clashes broke out between pro-Ukrainian and pro-Russian activists in Odessa.');
    expect(b.every((x) => x.country === null)).toBe(true);
    // An attack named after the aligned side is the armed group's ("a pro-Houthi incursion").
    const c = actors('Government troops thwarted a pro-Houthi incursion near Hays.');
    expect(c.find((x) => x.text === 'pro-Houthi')).toMatchObject({ country: 'YEM', sector: 'REB' });
  });
  it("reads a state's warplanes and intelligence officials as its forces and spies, and Balkan peoples as groups", () => {
    expect(actors('British aircraft killed four Iraqis in Basra.')[0]).toMatchObject({
      text: 'British aircraft',
      country: 'GBR',
      sector: 'MIL',
    });
    expect(actors('Russian warplanes bombed a market in Idlib.')[0]).toMatchObject({
      country: 'RUS',
      sector: 'MIL',
    });
    // A demonym, one word of kind, then the agent: "Ethiopian cattle raiders" are Ethiopia's.
    expect(actors('Ethiopian cattle raiders attacked Turbi.')[0]).toMatchObject({
      text: 'Ethiopian cattle raiders',
      country: 'ETH',
    });
    // A state's drone, airstrike or shelling: its forces fired it.
    expect(actors('A Turkish drone struck a car near Qamishli.')[0]).toMatchObject({
      text: 'Turkish',
      country: 'TUR',
      sector: 'MIL',
    });
    expect(actors('Israeli airstrikes hit a house in Rafah.')[0]).toMatchObject({
      country: 'ISR',
      sector: 'MIL',
    });
    // A coalition led by a state is coded to the state that leads it.
    expect(actors('Saudi-led coalition warplanes struck Sanaa.')[0]).toMatchObject({
      text: 'Saudi-led coalition warplanes',
      country: 'SAU',
      sector: 'MIL',
    });
    expect(actors('Israeli intelligence officials shared evidence with Egypt.')[0]).toMatchObject({
      text: 'Israeli intelligence officials',
      country: 'ISR',
      sector: 'SPY',
    });
    expect(actors('Croat militiamen attacked Bosniak villagers near Mostar.').map((a) => a.country)).toEqual([
      'HRV',
      'BIH',
    ]);
  });

  it('composes a demonym and an agent word across a capitalised name between them', () => {
    expect(actors('French Operation Sangaris troops patrolled the town.')[0]).toMatchObject({
      text: 'French Operation Sangaris troops',
      country: 'FRA',
      sector: 'MIL',
    });
    // Lower-case words between are no name.
    expect(actors('French and local troops patrolled the town.').map((a) => a.text)).not.toContain(
      'French and local troops',
    );
  });
  it('composes a demonym and an agent word', () => {
    expect(actors('Kyrgyz servicemen opened fire.')[0]).toMatchObject({
      text: 'Kyrgyz servicemen',
      country: 'KGZ',
      sector: 'MIL',
      name: 'Military Forces of Kyrgyzstan',
    });
  });
  it('reads a plural demonym as the people of the country, a singular one before a noun as no actor', () => {
    expect(actors('The Palestinians rejected the proposal.')[0]).toMatchObject({
      text: 'Palestinians',
      country: 'PSE',
      sector: 'CVL',
    });
    expect(actors('Kenyans and Ugandans queued at the border.').map((a) => a.country)).toEqual([
      'KEN',
      'UGA',
    ]);
    expect(actors('The Kenyan shilling fell.')).toEqual([]);
  });
  it('follows "of" chains to the owning country, skipping mouthpieces for the sector', () => {
    const a = actors(
      'The press centre of the Border Troops of the State Committee for National Security of Tajikistan said so.',
    )[0];
    expect(a).toMatchObject({ country: 'TJK', sector: 'MIL' });
    expect(a?.text).toBe(
      'press centre of the Border Troops of the State Committee for National Security of Tajikistan',
    );
  });
  it('codes officials by title', () => {
    expect(actors('The Secretary of the Security Council of Tajikistan chaired it.')[0]).toMatchObject({
      country: 'TJK',
      sector: 'GOV',
    });
  });
  it('knows the CSTO and its bodies', () => {
    expect(actors('The CSTO Committee of Secretaries of Security Councils met.')[0]).toMatchObject({
      org: 'CSTO',
      sector: 'IGO',
    });
  });
  it('reads "the Kyrgyz Republic" and possessives', () => {
    expect(actors('The Kyrgyz Republic protested.')[0]).toMatchObject({ country: 'KGZ' });
    expect(actors("Kyrgyzstan's border service blamed them.")[0]).toMatchObject({
      text: "Kyrgyzstan's border service",
      country: 'KGZ',
      sector: 'MIL',
    });
  });
  it('gives an agent to both sides of "Kyrgyz and Tajik border guards"', () => {
    expect(actors('Kyrgyz and Tajik border guards exchanged fire.').map((a) => a.country)).toEqual([
      'KGZ',
      'TJK',
    ]);
  });
  it('lets a named armed group keep its sector', () => {
    expect(actors('Jets struck Houthi positions.')).toContainEqual(
      expect.objectContaining({ org: 'ORG.HOUTHI', sector: 'REB', country: 'YEM' }),
    );
  });
  describe('false positives', () => {
    it('"Turkey sandwich" is no country', () => expect(actors('He ate a Turkey sandwich.')).toEqual([]));
    it('"Jordan Peterson" is no country', () =>
      expect(actors('Jordan Peterson spoke in London.')).toEqual([]));
    it('"Georgia Tech" is no country', () => expect(actors('Georgia Tech won the game.')).toEqual([]));
    it('a country after "in" is a place, not an actor', () =>
      expect(actors('Fighting continued in Mali.')).toEqual([]));
    it('"Borno State" is a place name, not a state government', () =>
      expect(actors('Farmers were killed in Borno State.').map((a) => a.text)).toEqual(['Farmers']));
  });
  it("knows Syria's armed groups by the names the press gives them, 'al-Sham' and all", () => {
    const a = actors(
      'Jabhat Fateh Al-Sham and Harakat Ahrar Al-Sham attacked the town; the Islamic State of Iraq and al-Sham withdrew.',
    );
    expect(a.map((x) => [x.org, x.country])).toEqual([
      ['ORG.NUSRA', 'SYR'],
      ['ORG.AHRAR', 'SYR'],
      ['ORG.IS', null],
    ]);
    // "al-Sham" inside them names no place.
    expect(code('Jaysh Al-Islam and Faylaq Al-Rahman shelled the area.', {}).layers.places ?? []).toEqual([]);
  });
  it("knows the Syrian National Army's factions, whose names are no places ('al-Sharqiya')", () => {
    const text = 'Ahrar al Sharqiya and the Hamza Division clashed in the town of Jarablus.';
    expect(actors(text).map((x) => [x.org, x.country])).toEqual([
      ['ORG.AHRARSHARQIYA', 'SYR'],
      ['ORG.HAMZA', 'SYR'],
    ]);
    const d = code(text, {});
    expect((d.layers.places ?? []).map((p) => slice(d, p))).toEqual(['Jarablus']);
  });
  it('reads the secretaries of state of British and American usage as government', () => {
    expect(actors('British Defence Secretary Tom King has promised more aid.')[0]).toMatchObject({
      country: 'GBR',
      sector: 'GOV',
    });
    expect(actors('The Foreign Secretary met the Kenyan envoy.')[0]).toMatchObject({
      text: 'Foreign Secretary',
      sector: 'GOV',
    });
  });
});

describe("Kenya's armed groups and more agent words", () => {
  it('reads a named group whose capital comes after its article ("al Shabaab", "al-Shabaab")', () => {
    for (const t of [
      'Suspected al Shabaab fighters ambushed a convoy.',
      'al-Shabaab militants ambushed a convoy.',
    ]) {
      const a = code(t).layers.actors ?? [];
      expect(
        a.find((x) => x.org === 'ORG.ALSHABAAB'),
        t,
      ).toMatchObject({ country: 'SOM' });
    }
  });
  it('knows the Mombasa Republican Council and Mungiki, gangsters and environmentalists', () => {
    expect(actors('MRC militants attacked police officers in Kwale.')[0]).toMatchObject({
      country: 'KEN',
      org: 'ORG.MRC',
    });
    expect(actors('Armed members of the MRC attacked police officers in Kwale.')[0]).toMatchObject({
      country: 'KEN',
    });
    expect(actors('The Mungiki sect threatened matatu operators.')[0]).toMatchObject({ org: 'ORG.MUNGIKI' });
    expect(actors('Armed gangsters killed an environmentalist at her home.').map((a) => a.sector)).toEqual([
      'CRM',
      'CVL',
    ]);
  });
});

describe('government words', () => {
  it('reads a junta as the government', () => {
    expect(actors('The ruling junta expelled the French ambassador on Friday.')[0]).toMatchObject({
      text: 'ruling junta',
      sector: 'GOV',
    });
  });
});

describe('ethnic groups and clans', () => {
  const claims = (text: string) =>
    (code(text).layers.claims ?? []).map((c) => ({
      acled: c.event.acled.join(' / '),
      source: c.source.map((a) => `${a.name}:${a.country}`),
      target: c.target.map((a) => `${a.name}:${a.country}`),
    }));
  it('reads a group before a non-state agent word as its armed men or its people', () => {
    expect(actors('Pokot raiders stole cattle near Marigat.')[0]).toMatchObject({
      text: 'Pokot raiders',
      country: 'KEN',
      name: 'Pokot Ethnic Militia (Kenya)',
    });
    expect(actors('Yoruba leaders backed the governor.')[0]).toMatchObject({
      text: 'Yoruba leaders',
      country: 'NGA',
    });
    expect(actors('Elders of the Garre community called for calm.').map((a) => a.name)).toContain(
      'Garre Ethnic Group (Kenya)',
    );
  });
  it('reads an armed unit we do not know by its name before a unit word ("Al Sham Corps")', () => {
    expect(
      actors('Gunmen raided the headquarters of Al Sham Corps in Foah.').map((a) => `${a.text}:${a.sector}`),
    ).toEqual(['Gunmen:INS', 'Al Sham Corps:REB']);
    // (Not the Peace Corps, nor a sentence's first word alone.)
    expect(actors('The Peace Corps sent volunteers to Kisumu.').map((a) => a.text)).not.toContain(
      'Peace Corps',
    );
    expect(actors('Division commanders met in Kisumu.').map((a) => a.text)).not.toContain('Division');
  });
  it('reads a lone group name as its people, but a place where the name is a place', () => {
    expect(actors('Kalenjin and Kikuyu clashed over land near Molo.').map((a) => a.text)).toEqual([
      'Kalenjin',
      'Kikuyu',
    ]);
    // A demonym before a group says whose; a place's name beside another group is the group.
    expect(
      actors('Clashes between Kenyan Turkana and Sudanese Toposa in the border region.').map(
        (a) => `${a.text}:${a.country}`,
      ),
    ).toEqual(['Turkana:KEN', 'Toposa:SDN']);
    // A group's name before "tribes" or "clans" is the group, not where men came from.
    expect(actors('Clashes between Kalenjin and Kikuyu tribes near Molo.').map((a) => a.text)).toEqual([
      'Kalenjin',
      'Kikuyu',
    ]);
    expect(
      actors('Armed raiders from either Turkana or Samburu tribes attacked police near Isiolo.').map(
        (a) => a.text,
      ),
    ).not.toContain('Samburu');
    // "in Turkana" is the county, "Turkana police" the county's police.
    expect(actors('Cattle raiders struck in Turkana on Monday.').map((a) => a.text)).toEqual(['raiders']);
    expect(actors('Turkana police arrested two men.').map((a) => a.text)).toEqual(['police', 'men']);
    // Before an act the tagger reads as a noun, a headline's subject ("Maasai attack guard");
    // before another noun, a modifier ("Maasai land").
    expect(actors('Maasai attack guard at farm near Naivasha').map((a) => a.text)).toContain('Maasai');
    expect(actors('Maasai land was fenced near Naivasha.').map((a) => a.text)).not.toContain('Maasai');
    // ("groups" after the name names the group: "violence between Kalenjins and Maasais groups".)
    expect(
      actors('Renewed violence between Kalenjins and Maasais groups in Narok.').map((a) => a.text),
    ).toEqual(['Kalenjins', 'Maasais']);
  });
  it('codes fighting between groups as a battle and their attacks on people as violence against civilians', () => {
    expect(claims('Borana and Gabra militias clashed near Marsabit.')[0]?.acled).toMatch(/^Battles/);
    expect(claims('Kalenjin and Kikuyu clashed over land near Molo.')[0]?.acled).toMatch(/^Battles/);
    expect(claims('A Pokot militia killed two Maasai near Kapedo.')[0]?.acled).toBe(
      'Violence against civilians / Attack',
    );
  });
  it("codes a group living in several countries to the event's country", () => {
    const [c] = claims('Suspected Fulani militias attacked a farmer in Bawku, Ghana.');
    expect(c?.source).toEqual(['Fulani Ethnic Militia (Ghana):GHA']);
  });
});

describe('names inside place names', () => {
  it("reads no country inside a longer place's name ('Port Sudan', 'Mount Lebanon')", () => {
    const d = code('Residents of Port Sudan protested; shelling hit Mount Lebanon.');
    expect((d.layers.actors ?? []).filter((a) => a.country === 'SDN' || a.country === 'LBN')).toEqual([]);
    const p = (d.layers.places ?? []).map((x) => [slice(d, x), x.resolved?.country]);
    expect(p).toContainEqual(['Port Sudan', 'SDN']);
  });
});

describe('possessives', () => {
  it("composes a country's possessive with an agent past its adjectives ('Iraq's interim government')", () => {
    const d = code(
      "Iraq's interim government announced a curfew; Nicaragua's Sandinista government closed a paper.",
    );
    const coded = (d.layers.actors ?? []).map((a) => [slice(d, a), a.country, a.sector]);
    expect(coded).toContainEqual(["Iraq's interim government", 'IRQ', 'GOV']);
    expect(coded).toContainEqual(["Nicaragua's Sandinista government", 'NIC', 'GOV']);
  });
});
