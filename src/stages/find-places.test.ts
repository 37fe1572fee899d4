import { describe, expect, it } from 'vitest';
import { code, slice } from '../../test/helpers.js';

const places = (text: string, published = '2021-04-29') => {
  const d = code(text, { published });
  return (d.layers.places ?? []).map((p) => ({
    text: slice(d, p),
    name: p.resolved?.name ?? null,
    country: p.resolved?.country ?? null,
    precision: p.precision,
    trigger: p.trigger,
  }));
};

describe('find-places', () => {
  it("reads an area's name as its seat town, though the area's code is ISO's and the town's GeoNames'", () => {
    // Yemen's governorates carry ISO codes ("HU"), their seats GeoNames' ("08").
    expect(places('Shelling hit a market in Hodeidah on Sunday.')[0]).toMatchObject({
      text: 'Hodeidah',
      name: 'Al Ḩudaydah',
      precision: 1,
    });
    expect(places('Shelling hit villages in Hodeidah governorate on Sunday.')[0]).toMatchObject({
      name: 'Al Hudaydah Governorate',
    });
  });
  it("reads an area abroad named before a surname and a comma as a person's first name", () => {
    const text =
      "Salaheddine Sidhoum, Algeria's leading human rights activist, began a hunger strike in Algiers on Sunday.";
    expect(places(text).map((p) => p.name)).not.toContain('Saladin Governorate');
    // Named as a place it stays one.
    expect(places('Clashes were reported in Salaheddine province on Sunday.')[0]).toMatchObject({
      country: 'IRQ',
    });
  });
  it('keeps the countries actors name as toponyms, marked as such', () => {
    expect(places('Tajik border guards were attacked near Isfara.')[0]).toMatchObject({
      text: 'Tajik',
      name: 'Tajikistan',
      trigger: 'actor',
      precision: 3,
    });
  });
  it('reads no town in a word for an act without a locative word ("Battle between", "Police Arrest")', () => {
    expect(places('Battle between two armed rival groups.')).toEqual([]);
    expect(places('March against the new tax.')).toEqual([]);
    expect(places('Police Arrest Suspects In Kisumu').map((p) => p.text)).toEqual(['Kisumu']);
    // With one, the town stands.
    expect(places('Two men were hurt near Battle in East Sussex.')[0]).toMatchObject({
      text: 'Battle',
      country: 'GBR',
    });
  });
  it("reads a country's or a city's possessive written without its apostrophe ('in Kenyas capital')", () => {
    expect(places('Protesters marched in Kenyas capital against the railway.')[0]).toMatchObject({
      text: 'Kenyas',
      country: 'KEN',
    });
  });
  it('prefers a place bearing the name as its own over a namesake known by it only as an alternate name', () => {
    const p = places('Officials in Texas and New Jersey said the shipment left for Turkey on Monday.');
    expect(p.find((x) => x.text === 'Turkey')).toMatchObject({ country: 'TUR', name: 'Türkiye' });
  });
  it('reads the country named before an area that two countries share a name for', () => {
    // Saudi Arabia and Yemen each have an Al Jawf province; "northern Yemen" comes first in the text.
    const p = places(
      'An air raid hit the Al Mahashimah area in northern Yemen (Khabb wa ash Shaaf, Al Jawf).',
    );
    expect(p.find((x) => x.text === 'Al Jawf')).toMatchObject({ country: 'YEM' });
  });
  it('reads a town in the province the report names, even a sentence later', () => {
    const p = places(
      'Flooding closed schools across Louisiana on Monday. In Lafayette and Franklin, residents were told to stay home.',
    );
    expect(p.find((x) => x.text === 'Franklin')).toMatchObject({ country: 'USA' });
    const d = code(
      'Flooding closed schools across Louisiana on Monday. In Franklin, residents were told to stay home.',
    );
    const franklin = (d.layers.places ?? []).find((x) => slice(d, x) === 'Franklin');
    expect(franklin?.resolved?.admin1).toBe('LA');
  });
  it('resolves a US county to the county, with district precision, and keeps it whole before a body', () => {
    const p = places(
      "A tornado damaged barns in Metcalfe County on Monday. The Plymouth County Sheriff's Office said two men were arrested.",
    );
    expect(p.find((x) => x.text === 'Metcalfe County')).toMatchObject({
      name: 'Metcalfe County',
      country: 'USA',
      precision: 2,
    });
    expect(p.find((x) => x.text === 'Plymouth County')).toMatchObject({
      name: 'Plymouth County',
      country: 'USA',
    });
    // A state's name before its police stays the state's name alone.
    expect(places('Kentucky State Police said the road was closed.').map((x) => x.text)).toEqual([
      'Kentucky',
    ]);
  });
  it("reads a big city known by its state's name as the city, unless the state's offices follow", () => {
    const d = code('The suspect was arrested in New York on Friday, New York Gov. Kathy Hochul said.');
    const ny = (d.layers.places ?? []).filter((p) => slice(d, p) === 'New York');
    expect(ny.map((p) => p.resolved?.featureCode)).toEqual(['PPL', 'ADM1']);
    // The state stands at the centre of its area, not at the city.
    expect(ny[1]?.resolved?.lat).toBeGreaterThan(42);
  });
  it('reads a capitalised direction word with the town after it, though "North" is also a given name', () => {
    const p = places('Seven men fought with knives in North London; one lived in Upper Edmonton.');
    expect(p.find((x) => x.text === 'North London')).toMatchObject({ name: 'London', country: 'GBR' });
    expect(p.find((x) => x.text === 'Upper Edmonton')).toMatchObject({ name: 'Edmonton', country: 'GBR' });
    // A direction word that begins a known name stays in it.
    expect(
      places('Farmers protested in Whim, East Berbice-Corentyne, on Sunday.').find((x) =>
        x.text.startsWith('East'),
      ),
    ).toMatchObject({ country: 'GUY' });
  });
  it('knows French compass names of provinces by their English names ("North Kivu")', () => {
    expect(places('Rebels attacked a village in North Kivu on Monday.')[0]).toMatchObject({
      text: 'North Kivu',
      country: 'COD',
    });
  });
  it('reads the area in brackets after a town as containing it, and no namesake abroad', () => {
    const p = places('On 1 May, in Nogales (Valparaiso), unknown people set fire to a pipeline.');
    expect(p.find((x) => x.text === 'Nogales')).toMatchObject({ name: null });
    expect(p.find((x) => x.text === 'Valparaiso')).toMatchObject({ country: 'CHL' });
    // A district in brackets before its city leaves the city a city.
    const q = places('Shells fell in Abu Salim (Tripoli) on Friday.');
    expect(q.find((x) => x.text === 'Tripoli')).toMatchObject({ country: 'LBY', name: 'Tripoli' });
  });
  it('knows areas by their official-language names too (knowledge/places/admin1-names.yaml)', () => {
    const p = places('Gunmen looted shops in Kolofata (Mayo-Sava, Extreme-Nord) on Tuesday.');
    expect(p.find((x) => x.text === 'Extreme-Nord')).toMatchObject({ name: 'Far North', country: 'CMR' });
  });
  it('knows areas by the names English-language news gives them ("Chechnya", "West Java", "Karen State")', () => {
    const area = (text: string, written: string) => places(text).find((x) => x.text === written);
    expect(area('Militants attacked a checkpoint in Chechnya.', 'Chechnya')).toMatchObject({
      country: 'RUS',
      precision: 3,
    });
    // "Republic of Dagestan" read without its "Republic of"; a krai without "Krai".
    expect(area('Gunmen opened fire on police in Dagestan.', 'Dagestan')).toMatchObject({
      country: 'RUS',
      precision: 3,
    });
    expect(area('A drone struck a depot in the Krasnodar Krai.', 'Krasnodar Krai')).toMatchObject({
      country: 'RUS',
    });
    // Indonesian provinces by their English names, not Java, Georgia.
    expect(area('Police arrested three men in West Java.', 'West Java')).toMatchObject({
      country: 'IDN',
      precision: 3,
    });
    expect(area('Troops shelled villages in Karen State.', 'Karen State')).toMatchObject({
      name: 'Kayin State',
      country: 'MMR',
    });
    expect(area('Protesters gathered in Tibet.', 'Tibet')).toMatchObject({ country: 'CHN' });
    expect(area('Fighting resumed in Gorno-Badakhshan.', 'Gorno-Badakhshan')).toMatchObject({
      country: 'TJK',
    });
    // A people an area is named for is no place ("Jewish Autonomous Oblast", "the Jewish state").
    expect(
      places('Rockets fell deeper inside the Jewish state than before.').map((x) => x.text),
    ).not.toContain('Jewish');
  });
  it('reads regions the admin-1 files lack, and "Kurdistan region" by its country (supplement.yaml)', () => {
    const area = (text: string, written: string) => places(text).find((x) => x.text === written);
    expect(area('Turkish jets struck targets in the Kurdistan Region.', 'Kurdistan Region')).toMatchObject({
      country: 'IRQ',
    });
    expect(
      area(
        'Iranian Kurdish rebels clashed with the Revolutionary Guards in the Kurdistan region near Sanandaj.',
        'Kurdistan',
      ),
    ).toMatchObject({ country: 'IRN' });
    expect(area('Al Shabaab fighters entered Puntland.', 'Puntland')).toMatchObject({
      country: 'SOM',
      precision: 3,
    });
    expect(area('Soldiers were deployed to Mindanao.', 'Mindanao')).toMatchObject({ country: 'PHL' });
    // A state the admin-1 file lacks is no town abroad ("Unity, Saskatchewan").
    expect(area('Fighting resumed in Unity State on Monday.', 'Unity State')).toMatchObject({
      country: 'SSD',
    });
    expect(area('Israeli jets struck the Bekaa Valley.', 'Bekaa Valley')).toMatchObject({ country: 'LBN' });
    expect(area('Police arrested two poachers in Taita-Taveta.', 'Taita-Taveta')).toMatchObject({
      country: 'KEN',
    });
    expect(area('Resistance fighters clashed with the Taliban in Panjshir.', 'Panjshir')).toMatchObject({
      country: 'AFG',
      precision: 3,
    });
  });
  it('reads an Arab town by its name without the article ("Qamishli" is GeoNames\' "Al Qāmishlī")', () => {
    expect(places('A car bomb exploded in Qamishli on Monday.')[0]).toMatchObject({
      text: 'Qamishli',
      country: 'SYR',
      precision: 1,
    });
    expect(places('Gunmen attacked a checkpoint near Rutbah.')[0]).toMatchObject({ country: 'IRQ' });
    // An editor's remark is no town: "Date known only as April 2013" (Date, Japan).
    expect(
      places('Police shot a suspect in Kisauni. Date known only as April 2013.').map((p) => p.text),
    ).not.toContain('Date');
    // Only in Arabic-speaking countries: El Paso is no "Paso".
    expect(places('Migrants crossed near Paso on Monday.').map((p) => p.country)).not.toContain('USA');
  });
  it('takes no place from an actor\'s name written with "The"', () => {
    const p = places('The Islamic State launched an assault last night in the Deir Ezzor Governorate.');
    expect(p.map((x) => x.text)).not.toContain('The Islamic State');
  });
  it('takes no country context from a demonym used as an adjective ("the US dollar")', () => {
    const p = places(
      'Protesters angry at the high US dollar exchange rate hurled stones at a bank in Sidon on Tuesday.',
    );
    expect(p.find((x) => x.text === 'Sidon')).toMatchObject({ country: 'LBN' });
  });
  it('keeps person names out: a given name with a surname, a title with a name, and the surname later', () => {
    const p = places(
      'Jordan Peterson spoke in Toronto. Police said Amber Walsh was found safe in Regina. Walsh told reporters she was fine. Rev. Mather thanked the volunteers.',
    ).map((x) => x.text);
    expect(p).toEqual(expect.arrayContaining(['Toronto', 'Regina']));
    for (const name of ['Jordan', 'Peterson', 'Amber', 'Walsh', 'Mather']) expect(p).not.toContain(name);
    // Names of places that start like a given name stay places.
    expect(places('Floods hit Costa Rica and South Carolina.').map((x) => x.text)).toEqual([
      'Costa Rica',
      'South Carolina',
    ]);
  });
  it('reads a demonym shared with a territory as the state', () => {
    expect(places('French troops arrived in Gao.').find((x) => x.text === 'French')).toMatchObject({
      country: 'FRA',
    });
  });
  it('resolves a town with the document country context', () => {
    expect(
      places('Tajik border guards were attacked near Isfara.').filter((p) => p.trigger !== 'actor')[0],
    ).toMatchObject({
      name: 'Isfara',
      country: 'TJK',
      precision: 2,
      trigger: 'near',
    });
  });
  it('keeps an unknown village in a place pattern, unresolved, with a message', () => {
    const d = code('Shots were fired near the village of Zarbulok-Tepa.', { published: '2021-04-29' });
    expect(d.layers.places?.[0]).toMatchObject({ resolved: null });
    expect(d.messages.some((m) => m.code === 'CASUS_W102')).toBe(true);
  });
  it('resolves an admin-1 area to the right country with precision 3', () => {
    expect(places('Boko Haram fighters attacked farmers in Borno State.')).toContainEqual(
      expect.objectContaining({ name: 'Borno', country: 'NGA', precision: 3 }),
    );
  });
  it('resolves a supplement region ("Batken region")', () => {
    expect(places('Clashes broke out in Batken region.')[0]).toMatchObject({ country: 'KGZ', precision: 3 });
  });
  it('marks a dateline place', () => {
    expect(places('DUSHANBE, April 29 (Khovar) — Talks opened.')[0]).toMatchObject({
      name: 'Dushanbe',
      trigger: 'dateline',
    });
  });
  it('does not take weekday names for places ("Thursday Island")', () => {
    expect(places('They met on Thursday in Dushanbe.').map((p) => p.name)).toEqual(['Dushanbe']);
  });
  it('reads a name on past its particles and keeps what is named after the person no town ("Philippe de Marigny", "the Marigny Plantation")', () => {
    expect(places('Philippe de Marigny was born in 1785. Marigny sold his land to the city.')).toEqual([]);
    const found = places(
      'Philippe de Marigny sold land east of New Orleans. The Marigny Plantation was later divided into lots.',
    );
    expect(found.map((p) => p.text)).toEqual(['New Orleans']);
  });
  it('reads a demonym before a capitalised place word as part of a name, not the country ("the French Quarter")', () => {
    const found = places('Jazz bands played in the French Quarter of New Orleans on Sunday.');
    expect(found.map((p) => p.country)).not.toContain('FRA');
    expect(found.at(-1)).toMatchObject({ text: 'New Orleans', country: 'USA' });
  });
  it('takes a street named in French or Spanish for no town ("Rue de Lyon", "Calle de Alcalá")', () => {
    expect(places('A car burned in the Rue de Lyon in Paris.').map((p) => p.text)).toEqual(['Paris']);
    expect(places('Protesters gathered on Calle de Alcalá in Madrid.').map((p) => p.text)).toEqual([
      'Madrid',
    ]);
  });
  it("resolves a Kenyan ward or locality the gazetteer lacks to its county, at precision 2 ('in Ukunda')", () => {
    const [ukunda] = places('A cleric was shot dead in Ukunda on Friday.');
    expect(ukunda).toMatchObject({ text: 'Ukunda', name: 'Kwale', country: 'KEN', precision: 2 });
    const d = code('A cleric was shot dead in Ukunda on Friday.', { published: '2016-05-06' });
    expect(d.layers.places?.[0]?.rules).toEqual(['locality-list']);
    expect(d.layers.claims?.[0]?.place).toMatchObject({ name: 'Kwale', precision: 2, detail: ['ukunda'] });
    // Not in a report about another country: there it is a place we do not know.
    expect(places('Nigerian police said a cleric was shot dead in Ukunda.').at(-1)).toMatchObject({
      text: 'Ukunda',
      name: null,
    });
  });
  it('reads a listed locality in a report about its neighbours, over a namesake abroad, and at the head of a longer name', () => {
    // al-Shabaab is Somalia's; Somalia borders Kenya.
    expect(places('Soldiers killed four al-Shabaab fighters in Hulugho.').at(-1)).toMatchObject({
      text: 'Hulugho',
      name: 'Garissa',
      precision: 2,
    });
    // England's Eastleigh in a report about Kenya is no place meant; in one about Hampshire it is.
    expect(places('Kenyan police raided a house in Eastleigh.').at(-1)).toMatchObject({ country: 'KEN' });
    expect(places('Police in Hampshire said a man was stabbed in Eastleigh.').at(-1)).toMatchObject({
      country: 'GBR',
    });
    expect(places('Two grenades exploded at Dadaab Refugee Camp.').at(-1)).toMatchObject({
      text: 'Dadaab Refugee Camp',
      name: 'Garissa',
    });
  });
  it('ends a place name at a day or month name ("in Nyeri Sunday night")', () => {
    expect(places('A man was lynched in Nyeri Sunday night.', '2014')[0]).toMatchObject({
      text: 'Nyeri',
      country: 'KEN',
    });
    // (Nor is the day a surname after a known name.)
    expect(places('Renewed clashes in Moyale Monday injured five people.', '2014')[0]).toMatchObject({
      text: 'Moyale',
      country: 'KEN',
    });
  });
  it("reads no country in a name world-countries lists that is an English word ('Fire Island' is not Iceland)", () => {
    expect(places('She captains a ferry to Fire Island.').map((p) => p.country)).not.toContain('ISL');
    expect(
      places('Tickets are sold in 44 states and the U.S. Virgin Islands.').find((p) => p.country === 'VIR'),
    ).toMatchObject({ text: 'U.S. Virgin Islands' });
  });
  it("reads a US county written with 'Saint' for 'St.' ('Saint Croix County')", () => {
    expect(places('Deputies in Saint Croix County arrested a man.')[0]).toMatchObject({
      name: 'St. Croix County',
      country: 'USA',
      precision: 2,
    });
  });
  it('stands a landmark named for its town at the town, precision 2 ("Lamu Island")', () => {
    const found = places('Militants attacked a base of Kenyan troops in Lamu Island.');
    expect(found.at(-1)).toMatchObject({ text: 'Lamu Island', name: 'Lamu', country: 'KEN', precision: 2 });
  });
  it('takes no town under 100,000 abroad for a place in a report set elsewhere, even after "in" ("Delft" in the Western Cape)', () => {
    const found = places(
      'She opened a case at the police station in Delft. Western Cape police said the case was withdrawn.',
    );
    expect(found.find((p) => p.text === 'Delft')).toMatchObject({ name: null });
    expect(found.map((p) => p.country)).not.toContain('NLD');
    // A report set in the Netherlands keeps it.
    expect(places('She opened a case at the police station in Delft, South Holland.')[0]).toMatchObject({
      country: 'NLD',
    });
  });
  it('reads a name listed with a state as the state of that name ("California or Washington")', () => {
    expect(places('Jobs may move from states such as California or Washington.')[1]).toMatchObject({
      text: 'Washington',
      name: 'Washington',
      precision: 3,
    });
    expect(places('Storms hit Oregon, Washington and Idaho.')[1]).toMatchObject({ precision: 3 });
    // Alone it is the capital.
    expect(places('He flew from Washington to Texas.')[0]).toMatchObject({ precision: 1 });
  });
  it("prefers an area that bears the written name as its own over one found with an admin word added ('Suffolk County' is New York's, not England's Suffolk)", () => {
    // (Published on a British site, which draws England's places.)
    const url = 'https://www.bbc.co.uk/news/world';
    const found = (t: string) => code(t, { published: '2018-04-05', url }).layers.places ?? [];
    expect(
      found('Suffolk County detectives found a skeleton in the town of Southold.')[0]?.resolved,
    ).toMatchObject({
      name: 'Suffolk County',
      country: 'USA',
    });
    // England's county is still read by its own name.
    expect(found('Police in Suffolk said two men were arrested.')[0]?.resolved).toMatchObject({
      country: 'GBR',
    });
  });
  it('reads a namesake near the towns the report names ("Walker County" beside Chattanooga is Georgia\'s)', () => {
    const text = "Two inmates escaped near Chattanooga, according to the Walker County Sheriff's Office.";
    const walker = places(text).find((p) => p.text === 'Walker County');
    expect(walker).toMatchObject({ name: 'Walker County', country: 'USA' });
    const d = code(text);
    expect(d.layers.places?.find((p) => slice(d, p) === 'Walker County')?.resolved?.admin1).toBe('GA');
  });
  it('reads the town a service department is named for, not an admin area ("the Boise Fire Department")', () => {
    expect(places('The Boise Fire Department offered these tips.')).toMatchObject([
      { text: 'Boise', name: 'Boise', country: 'USA' },
    ]);
  });
  it("reads a county name many states share after the report's towns ('Hamilton County' beside Chattanooga is Tennessee's)", () => {
    const d = code('The inmates were captured in Chattanooga and taken to the Hamilton County jail.');
    const county = d.layers.places?.find((p) => slice(d, p) === 'Hamilton County');
    expect(county?.resolved).toMatchObject({ name: 'Hamilton County', admin1: 'TN' });
  });
  it('takes no village of under 2,000 in another province, far from every place of the report, even after a locative word', () => {
    const found = places(
      'Their first home was a cottage in Maidstone, Kent. They moved to Thornhill before settling in Folkestone.',
    );
    const thornhill = found.find((p) => p.text === 'Thornhill');
    // Scotland's Thornhills are the only ones the gazetteer holds; the report is in Kent.
    expect(thornhill?.name ?? null).toBeNull();
    expect(found.find((p) => p.text === 'Folkestone')).toMatchObject({ country: 'GBR' });
  });
  it('reads a country\'s capital named as such as the capital city, precision 1 ("the Turkish capital", "Kenyas capital")', () => {
    const turkish = places('Thousands marched in the Turkish capital on Sunday.');
    expect(turkish.find((p) => p.text === 'Turkish capital')).toMatchObject({ name: 'Ankara', precision: 1 });
    // The people's name stays a toponym of its own.
    expect(turkish.find((p) => p.text === 'Turkish')).toMatchObject({ country: 'TUR', precision: 3 });
    const d = code('A bomb went off in Kenyas capital on Monday.', { published: '2014' });
    expect(d.layers.claims?.[0]?.place).toMatchObject({ name: 'Nairobi', precision: 1 });
    // Where the capital's name follows, that name is read, and no word "capital" is a place.
    expect(places('Police fired in the Somali capital, Mogadishu.').map((p) => p.text)).toEqual([
      'Somali',
      'Mogadishu',
    ]);
    expect(places('The capital gains tax rose.')).toEqual([]);
    // "the capital" in a report whose people and outlet name one country is that country's.
    const one = code('Two protest marches took place in the capital.', {
      published: '2012',
      outlet: 'Daily Nation',
    });
    expect(one.layers.places?.[0]?.resolved).toMatchObject({ name: 'Nairobi', country: 'KEN' });
    expect(places('Two protest marches took place in the capital.')).toEqual([]);
  });
  it("weighs a national outlet's country like two of the report's actors", () => {
    // (Yala, Kenya, a town of 2,700, over Yala, Thailand, a provincial seat of 94,000.)
    const d = code('Rioters raided Yala rice farm and whipped workers.', {
      published: '2016',
      outlet: 'Daily Nation',
    });
    expect(d.layers.places?.[0]?.resolved).toMatchObject({ name: 'Yala', country: 'KEN' });
    expect(places('Rioters raided Yala rice farm and whipped workers.')[0]?.country).toBe('THA');
  });
  it('does not take a person name for a place ("Jordan Peterson")', () => {
    expect(places('Jordan Peterson spoke.').map((p) => p.text)).toEqual([]);
    // (Given names beside the English ones: knowledge/places/given-names.)
    expect(places('Police shot dead terror suspect Hassan Guti in Mombasa.').map((p) => p.text)).toEqual([
      'Mombasa',
    ]);
    // (A longer place name over the words still wins.)
    expect(places('Taliban fighters attacked Musa Qala district.').map((p) => p.country)).toEqual(['AFG']);
  });
  it('resolves the rest of a document when one name is unknown', () => {
    const p = places('Gunmen attacked Qqqzzville and then Kandahar.');
    expect(p.map((x) => x.country)).toContain('AFG');
  });
  it('reads "Town, St." as a town inside that state or province, abbreviated or not', () => {
    const p = places('GLASGOW, Ky. — Police in Paris, Ky., and in Edmonton, Alberta, searched two homes.');
    expect(p.find((x) => x.text === 'GLASGOW')).toMatchObject({ name: 'Glasgow', country: 'USA' });
    expect(p.find((x) => x.text === 'Paris')).toMatchObject({ name: 'Paris', country: 'USA' });
    expect(p.filter((x) => x.text === 'Ky.').map((x) => x.name)).toEqual(['Kentucky', 'Kentucky']);
    expect(p.find((x) => x.text === 'Edmonton')).toMatchObject({ country: 'CAN' });
    // Without the state Paris is the French capital.
    expect(places('Police in Paris searched two homes.')[0]).toMatchObject({ country: 'FRA' });
  });
  it('never reads an abbreviation as a state outside the "Town, St." position', () => {
    const p = places('He was too Ill. to travel, the Miss. said in Paris.').map((x) => x.name);
    expect(p).not.toContain('Illinois');
    expect(p).not.toContain('Mississippi');
  });
  it('keeps a demonym before a noun as a toponym of its country, never as an event place', () => {
    const d = code('Gunmen attacked a Somali village near the Kenyan border on Monday.', {
      published: '2021-04-29',
    });
    const p = (d.layers.places ?? []).map((x) => ({
      text: slice(d, x),
      trigger: x.trigger,
      country: x.resolved?.country,
    }));
    expect(p).toEqual(
      expect.arrayContaining([
        { text: 'Somali', trigger: 'demonym', country: 'SOM' },
        { text: 'Kenyan', trigger: 'demonym', country: 'KEN' },
      ]),
    );
    expect(d.layers.events?.length).toBeGreaterThan(0);
    for (const e of d.layers.events ?? []) expect(e.place?.trigger).not.toBe('demonym');
  });
  it('resolves continents and seas as regions with no country, never as an event place', () => {
    const d = code('Gunmen attacked a ship in the Mediterranean on its way to Europe, killing two sailors.', {
      published: '2021-04-29',
    });
    // An event is told, so the check below is not vacuous.
    expect(d.layers.events?.length).toBeGreaterThan(0);
    const p = (d.layers.places ?? []).map((x) => ({
      text: slice(d, x),
      kind: x.resolved?.kind,
      country: x.resolved?.country,
    }));
    expect(p).toEqual(
      expect.arrayContaining([
        { text: 'Mediterranean', kind: 'region', country: '' },
        { text: 'Europe', kind: 'region', country: '' },
      ]),
    );
    for (const e of d.layers.events ?? []) expect(e.place?.resolved?.kind).not.toBe('region');
  });
  it('reads "Arab" as the Arab world, not the Alabama town, unless the town is named with its state', () => {
    const d = code('Saudi Arabia led an Arab intervention in Yemen in the name of Arab solidarity.', {
      published: '2021-04-29',
    });
    const arab = (d.layers.places ?? []).filter((x) => slice(d, x) === 'Arab').map((x) => x.resolved?.kind);
    expect(arab.length).toBeGreaterThan(0);
    for (const kind of arab) expect(kind).toBe('region');
    expect(places('Police in Arab, Alabama arrested two men.')[0]).toMatchObject({
      text: 'Arab',
      country: 'USA',
    });
  });
  it("puts a country at GeoNames' point for it", () => {
    const d = code('Fires spread across Canada.', { published: '2021-04-29' });
    const c = (d.layers.places ?? []).find((x) => x.resolved?.kind === 'country')?.resolved;
    expect(c).toMatchObject({ country: 'CAN', lat: 60.10867, lon: -113.64258 });
  });
  it('reads a place before an office or a body as the place, not the body ("Florida Senator", "Kentucky State Police")', () => {
    const p = places('Florida Senator Marco Rubio met Kentucky State Police officers and the Aleppo Mayor.');
    expect(p.map((x) => x.text)).toEqual(['Florida', 'Kentucky', 'Aleppo']);
    expect(p.map((x) => x.country)).toEqual(['USA', 'USA', 'SYR']);
  });
  it('keeps a lone given name and a capitalised code out of the places ("Amber said", "BA")', () => {
    const p = places('Amber said the BA flight was late. Lucy agreed.').map((x) => x.text);
    expect(p).toEqual([]);
  });
  it('keeps a street as one unresolved name, not the town named like its first word', () => {
    const p = places('The two were last seen on College Street in Toronto.');
    expect(p[0]).toMatchObject({ text: 'College Street', name: null });
    expect(p[1]).toMatchObject({ text: 'Toronto', country: 'CAN' });
  });
  it("moves a town with namesakes next to the document's other towns (Edmonton in north London)", () => {
    const p = places(
      'Police were called to a house in Enfield, north London. Officers then searched a flat in Edmonton.',
    );
    expect(p.find((x) => x.text === 'Edmonton')).toMatchObject({ country: 'GBR' });
    expect(places('Oil workers flew home to Edmonton.').find((x) => x.text === 'Edmonton')).toMatchObject({
      country: 'CAN',
    });
  });
  it('keeps a hyphenated name whole ("Ash-Shajara"), not the known first part ("Ash")', () => {
    const p = places("Gunmen opened fire on a civilian in Ash-Shajara town in Dar'a.");
    // (Found under GeoNames' spelling, "Ash Shajarah", in Dar'a.)
    expect(p[0]).toMatchObject({ text: 'Ash-Shajara', name: 'Ash Shajarah', country: 'SYR' });
    expect(p[1]).toMatchObject({ country: 'SYR' });
  });
  it('leaves a tiny namesake abroad unresolved in a report about another country', () => {
    const p = places('In Tegucigalpa, residents of El Diamante village beat a man.');
    expect(p.find((x) => x.text.startsWith('El Diamante'))).toMatchObject({ name: null });
  });
  it('reads a known name that runs on after "in" as the start of a longer unknown name ("Abu Salim", "San Pedro de la Paz")', () => {
    const p = places(
      'Artillery fire was reported in Abu Salim (Tripoli). Fighting in San Pedro de la Paz, Biobio.',
    );
    expect(p.find((x) => x.text === 'Abu Salim')).toMatchObject({ name: null });
    expect(p.find((x) => x.text === 'San Pedro de la Paz')).toMatchObject({ name: null });
    expect(places('A protest outside the Karachi Press Club.')[0]).toMatchObject({
      text: 'Karachi',
      country: 'PAK',
    });
  });
  it('reads a known name that runs on after "the town of" as the start of a longer unknown name', () => {
    const p = places('A patrol reached the town of Abu Rasin north of Hasakah.');
    expect(p.find((x) => x.text.startsWith('Abu'))).toMatchObject({ text: 'Abu Rasin', name: null });
  });
  it('leaves a town abroad unresolved when its sentence names a place in another country', () => {
    const p = places('Militants raided the village of Koya near Kirkuk on Tuesday.');
    expect(p.find((x) => x.text === 'Koya')).toMatchObject({ name: null });
    expect(p.find((x) => x.text === 'Kirkuk')).toMatchObject({ country: 'IRQ' });
  });
  it('reads the largest places of a sentence first, so they set its country ("Samana subdivision of Patiala")', () => {
    const p = places('Two men were shot in Samana subdivision of Patiala district.');
    expect(p.find((x) => x.text === 'Samana')?.country).not.toBe('DOM');
    expect(p.find((x) => x.text.startsWith('Patiala'))).toMatchObject({ country: 'IND' });
  });
  it("reads an area's seat by the area's name as the city, unless the text speaks of the area", () => {
    expect(places('Around 30 people held a protest in Mogilev on Sunday.')[0]).toMatchObject({
      precision: 1,
      country: 'BLR',
    });
    expect(places('Regime forces shelled villages in the southern countryside of Idlib.')[0]).toMatchObject({
      precision: 3,
      country: 'SYR',
    });
  });
  it('reads the area after "Town (Area)" as the one holding the town ("Nabha (Punjab)")', () => {
    const p = places('Labourers protested in Nabha (Punjab) on Friday.');
    expect(p.find((x) => x.text === 'Punjab')).toMatchObject({ country: 'IND' });
    expect(p.find((x) => x.text === 'Nabha')).toMatchObject({ country: 'IND' });
  });
  it("reads a big city's other spelling as the city, but a country's name as the country", () => {
    expect(places('Thousands marched in Odessa on Sunday.')[0]).toMatchObject({ country: 'UKR' });
    expect(places('Thousands marched in Mexico on Sunday.')[0]).toMatchObject({ name: 'Mexico' });
  });
  it("reads India's state codes after a town, and the US one where the town is American", () => {
    expect(places('Police detained 12 people in Madurai, TN, on Sunday.')[1]).toMatchObject({
      text: 'TN',
      name: 'Tamil Nadu',
    });
    expect(places('A tornado hit Nashville, TN, on Sunday.')[1]).toMatchObject({ name: 'Tennessee' });
  });
  it('reads a state code closing a bracket after a name we do not know ("(Sangareddy, TS)")', () => {
    const p = places('Farmers protested in Zaheerabad town (Zaheerabad, TS) on Friday.');
    expect(p.find((x) => x.text === 'TS')).toMatchObject({ name: 'Telangana', country: 'IND' });
  });
  it('reads governorates under the spellings news uses ("Hasakeh", "Hodeidah", "Michoacan")', () => {
    expect(places('Shelling hit villages in Hasakeh province.')[0]).toMatchObject({
      country: 'SYR',
      precision: 3,
    });
    expect(places('Airstrikes hit Hodeidah governorate overnight.')[0]).toMatchObject({ country: 'YEM' });
    expect(places('Gunmen ambushed police in Michoacan on Friday.')[0]).toMatchObject({ country: 'MEX' });
  });
  it('reads no state abbreviation that runs on into a name ("El Alto, La Paz")', () => {
    const p = places('Soldiers dispersed a blockade in El Alto, La Paz.');
    expect(p.map((x) => x.name)).not.toContain('Louisiana');
  });
  it('keeps "The" out of a landmark\'s span and a body named after a state out of the place', () => {
    const p = places('The White House said the Kentucky Department of Fish and Wildlife was investigating.');
    expect(p.map((x) => x.text)).toEqual(['White House', 'Kentucky']);
  });
  it('takes no place from a known name no reading of which fits the report, and says so (CASUS_W106)', () => {
    const d = code(
      'The dam will flood the valley, Hydro officials said in Fort St. John, British Columbia.',
      {
        published: '2021-04-29',
      },
    );
    const names = (d.layers.places ?? []).map((p) => slice(d, p));
    expect(names).not.toContain('Hydro');
    expect(names).toContain('British Columbia');
    expect(d.messages.find((m) => m.code === 'CASUS_W106')).toMatchObject({ span: { start: 31, end: 36 } });
  });
  it('takes the best reading the report does not argue against ("Islamabad" beside an Iraqi victim)', () => {
    const p = places('A bomb exploded outside a bank in the capital, Islamabad, killing an Iraqi engineer.');
    expect(p.find((x) => x.text === 'Islamabad')).toMatchObject({ name: 'Islamabad', country: 'PAK' });
  });
  it('keeps a known name it cannot place as an unresolved mention when a verb of taking ground comes before it', () => {
    const d = code('French officers said rebels seized Birao on Sunday.', { published: '2021-04-29' });
    expect((d.layers.places ?? []).find((p) => slice(d, p) === 'Birao')).toMatchObject({ resolved: null });
    expect(d.messages.find((m) => m.code === 'CASUS_W102')?.message).toContain('no gazetteer reading');
    const bare = code('French officers said Birao fell on Sunday.', { published: '2021-04-29' });
    expect((bare.layers.places ?? []).map((p) => slice(bare, p))).not.toContain('Birao');
  });
  it('knows the conflict regions the city files lack (knowledge/places/supplement.yaml), at province precision', () => {
    const p = places(
      'Shelling continued in Donbas, while troops patrolled the Golan Heights and North Waziristan.',
    );
    expect(p.find((x) => x.text === 'Donbas')).toMatchObject({ country: 'UKR', precision: 3 });
    expect(p.find((x) => x.text === 'Golan Heights')).toMatchObject({ country: 'SYR', precision: 3 });
    expect(p.find((x) => x.text === 'North Waziristan')).toMatchObject({ country: 'PAK', precision: 2 });
    expect(places('Militants attacked a checkpoint in Kashmir.')[0]).toMatchObject({ country: 'IND' });
  });
  it('reads a country name before a surname as a given name, and that name alone later as the person', () => {
    const p = places(
      'Twelve-year-old Georgia Mattock won the junior title in Calgary. Georgia said she trains daily. She moved back to Georgia last year.',
    );
    expect(p.map((x) => x.text)).toEqual(['Calgary', 'Georgia']);
    expect(p[1]).toMatchObject({ country: 'GEO', trigger: 'to' });
    // A country before a well-known place or an actor is no given name.
    expect(places('Flights between Georgia and Armenia resumed.').map((x) => x.country)).toEqual([
      'GEO',
      'ARM',
    ]);
  });
  it('spans the name without the generic word in lower case after it ("Sichuan province", "the Mirpur area")', () => {
    const p = places(
      'Landslides buried homes in Maoxian county of Sichuan province. Gunmen fired in the Mirpur area.',
    );
    expect(p.map((x) => x.text)).toEqual(['Maoxian', 'Sichuan', 'Mirpur']);
    expect(p[1]).toMatchObject({ country: 'CHN', precision: 3 });
    // A capitalised word is part of the name.
    expect(places('Deputies searched Black Hawk County on Monday.')[0]?.text).toBe('Black Hawk County');
  });
  it('leaves a town unresolved when the area after its comma holds no namesake, unless the list goes on', () => {
    const p = places('In Rio Claro, Lara state, residents protested over gas.');
    expect(p.find((x) => x.text === 'Rio Claro')).toMatchObject({ name: null });
    expect(p.find((x) => x.text === 'Lara')).toMatchObject({ country: 'VEN' });
    expect(places('Attacks hit Kabul, Kandahar and Helmand.')[0]).toMatchObject({
      text: 'Kabul',
      country: 'AFG',
    });
  });
  it('reads an Arabic article joined by a hyphen as part of the name ("Wadi al-Rabi"), and no cocktail as Perm', () => {
    expect(places('Artillery fire hit positions in Wadi al-Rabi on Friday.')[0]).toMatchObject({
      text: 'Wadi al-Rabi',
      name: null,
    });
    expect(places('Rioters hurled Molotov cocktails at a bank.')).toEqual([]);
    // (Nor "Post election riots" as Post, Texas.)
    expect(places('Post election riots - DETAILS NOT SPECIFIED.')).toEqual([]);
  });
  it('takes no religion, compound half or military unit for an unknown place', () => {
    expect(
      places('Settlers from a Jewish settlement near Nablus threw stones at cars.').map((x) => x.text),
    ).toEqual(['Nablus']);
    expect(places('Artillery shelled Serb-held villages overnight.')).toEqual([]);
    expect(places('Soldiers of the 101st Airborne Division arrived in Kandahar.').map((x) => x.text)).toEqual(
      ['Kandahar'],
    );
  });
  it('reads "in the X" as locative unless X modifies the noun after it ("the Attica trade union")', () => {
    expect(places('Clashes broke out in the West Bank on Monday.')[0]).toMatchObject({
      text: 'West Bank',
      trigger: 'in',
    });
    expect(places('Gunmen killed five traders in the Bati woreda.')[0]).toMatchObject({
      country: 'ETH',
      trigger: 'in',
    });
    const p = places('Workers of the Attica trade union marched in Athens on Tuesday.');
    expect(p.find((x) => x.text === 'Attica')?.trigger).toBeNull();
    // A force named after a region is an actor, not a place.
    expect(
      places(
        "Troops fired at the positions of the Donbass People's Militia in the area of Spartak, Donetsk.",
      ).map((x) => x.text),
    ).toEqual(['Spartak', 'Donetsk']);
  });
  it("knows England's counties the area data lacks, and reads a report naming London in England", () => {
    const p = places('Floods closed roads across Kent and Yorkshire, the Environment Agency in London said.');
    expect(p.map((x) => [x.text, x.country, x.precision])).toEqual([
      ['Kent', 'GBR', 3],
      ['Yorkshire', 'GBR', 3],
      ['London', 'GBR', 1],
    ]);
    // An area whose listed coordinates lie abroad stands at its towns ("Équateur" in Congo).
    expect(places('Fighting spread in Équateur province.')[0]).toMatchObject({
      country: 'COD',
      precision: 3,
    });
  });
  it('reads every name of a list after "the villages of" as a place', () => {
    const p = places('Militants shelled the villages of Tel Duwar, Ain Qasrun and Marzabiya near Hama.');
    expect(p.map((x) => [x.text, x.trigger])).toEqual([
      ['Tel Duwar', 'villages of'],
      ['Ain Qasrun', 'villages of'],
      ['Marzabiya', 'villages of'],
      ['Hama', 'near'],
    ]);
  });
  it('takes no small namesake from another province than the one its sentence names, nor one abroad', () => {
    // The Ejido El Castillo GeoNames knows lies in another state, 700 km away.
    const p = places(
      'In Cadereyta Jimenez, Nuevo Leon, a man was shot dead inside his house in Ejido El Castillo.',
    );
    expect(p.find((x) => x.text === 'Ejido El Castillo')).toMatchObject({ name: null });
    expect(p.find((x) => x.text === 'Nuevo Leon')).toMatchObject({ country: 'MEX' });
    expect(p[0]).toMatchObject({ text: 'Cadereyta Jimenez', country: 'MEX' });
  });
  it('takes no place inside a body named after an actor ("Police Mobile Brigade")', () => {
    expect(
      places('A member of the Indonesian Police Mobile Brigade Corps was killed in Bintuni.').map(
        (x) => x.text,
      ),
    ).toEqual(['Indonesian', 'Bintuni']);
  });
  it('reads an area named by direction words alone in the country the report is about', () => {
    const p = places("A petrol bomb hit the house of the party's Eastern Region Director in Balaka, Malawi.");
    expect(p.find((x) => x.text === 'Eastern Region')?.country ?? 'MWI').toBe('MWI');
  });
  it('reads an unknown name ending in a feature word as a site ("the Mazaruni River", "the Kindi Hospital")', () => {
    expect(places('Riot police patrolled the Mazaruni River overnight.')[0]).toMatchObject({
      text: 'Mazaruni River',
      name: null,
      precision: 2,
    });
    expect(places('The attack struck the Al-Rasoul Checkpoint, killing two.')[0]?.text).toBe(
      'Al-Rasoul Checkpoint',
    );
    // Not the start of a body's name.
    expect(places('The Mazaruni River Trust said on Monday it would sue.')).toEqual([]);
  });
  it('keeps a name that begins with a preposition-like article inside a sentence ("in At Tuhayta city")', () => {
    expect(places('Forces fired machine guns at residential areas in At Tuhayta city.')[0]).toMatchObject({
      text: 'At Tuhayta',
      country: 'YEM',
    });
  });
  it('sets no scene with a big city found only under an alternate name ("Bostan" for Boston)', () => {
    const p = places('Gunmen and regime forces clashed on the Ghadir al Bostan road in Quneitra.');
    expect(p.map((x) => x.country).filter(Boolean)).toEqual(['SYR']);
  });
  it('knows no town under an alternate name in another, far province than the report is about', () => {
    const d = code(
      'Brass bands marched through New Orleans, Louisiana, on Sunday. The parade ended at Washington Square near the river.',
    );
    const square = (d.layers.places ?? []).find((x) => slice(d, x) === 'Washington Square');
    // GeoNames knows "Washington Square" as another name of Franklin Square, New York.
    expect(square?.resolved?.admin1 ?? null).not.toBe('NY');
  });
  it('knows no small town named bare, with no place word, in another far province of the country', () => {
    const d = code(
      'Brass bands played in New Orleans, Louisiana, on Saturday. The parade rolled down Bourbon and Dauphine streets to the river.',
    );
    // Not Bourbon, Indiana (1,781 people): a street of New Orleans we do not know.
    const bourbon = (d.layers.places ?? []).find((x) => slice(d, x) === 'Bourbon');
    expect(bourbon?.resolved ?? null).toBeNull();
  });
  it("reads a province, not its seat, before the province's minister ('Quebec Health Minister')", () => {
    const p = places('Doctors are unhappy, Quebec Health Minister Gaetan Barrette said in an interview.');
    expect(p.find((x) => x.text === 'Quebec')).toMatchObject({ name: 'Quebec', precision: 3 });
    // Named bare, the seat of the same name is meant.
    const city = places('Doctors met in Quebec on Sunday.');
    expect(city.find((x) => x.text === 'Quebec')).toMatchObject({ name: 'Québec', precision: 1 });
  });
  it('reads a capital inside an actor as the capital, or as the place the report reads its name as', () => {
    const inActor = (text: string) => {
      const d = code(text);
      return (d.layers.places ?? [])
        .filter((x) => x.trigger === 'actor')
        .map((x) => [slice(d, x), x.resolved?.name, x.resolved?.country]);
    };
    expect(inActor('London police said two men were held overnight.')).toEqual([['London', 'London', 'GBR']]);
    expect(inActor('LONDON, Ky. - London police arrested two people at a store on Friday.')).toEqual([
      ['London', 'London', 'USA'],
    ]);
  });
  it('knows no small town abroad named bare in a report whose places all lie in another country', () => {
    const d = code(
      'Brass bands played in New Orleans, Louisiana, on Saturday, and a French band joined them. Marigny residents cheered.',
    );
    // Not Marigny, Normandy (2,008 people): the New Orleans neighbourhood, which we do not know.
    expect(
      (d.layers.places ?? []).filter((x) => x.resolved?.country === 'FRA' && x.trigger !== 'demonym'),
    ).toEqual([]);
  });
  it('reads a town cut short of the words that say where it stands ("Newcastle" upon Tyne)', () => {
    expect(places('British police arrested two men in Newcastle on Saturday.')[1]).toMatchObject({
      text: 'Newcastle',
      name: 'Newcastle upon Tyne',
    });
    // Other words after the name make another name: "Mexico" is not Mexico City.
    expect(places('Protesters marched in Mexico on Sunday.')[0]).toMatchObject({
      name: 'Mexico',
      precision: 3,
    });
  });
  it('spares a big city only a spelling of its name, not another name ("Victoria" is no Hong Kong)', () => {
    expect(places('Police in Victoria said the ferry left the harbour at noon.')[0]?.name).not.toBe(
      'Hong Kong',
    );
    expect(places('Shelling resumed in Kiev on Sunday.')[0]).toMatchObject({ country: 'UKR' });
  });
  it('ends a known name at an English word that is also a connector ("in Paris as Real Madrid")', () => {
    expect(
      places('Ronaldo missed the ceremony in Paris as Real Madrid had travelled to Japan.')[0],
    ).toMatchObject({
      text: 'Paris',
      country: 'FRA',
    });
  });
  it('ends a name before a word heading an institution named for its purpose ("Center for")', () => {
    const p = places('Experts at the University of Michigan Center for Computer Security raised concerns.');
    expect(p[0]).toMatchObject({ text: 'Michigan', name: 'Michigan', country: 'USA' });
  });
  it('reads no town in a portfolio after "the Ministry of" ("Labor" is a town in Mexico)', () => {
    expect(places('Workers demanded the intervention of the Ministry of Labor in Buenos Aires.')).toEqual([
      expect.objectContaining({ text: 'Buenos Aires' }),
    ]);
    expect(places('Officials of the Department of Commerce met in Ankara.').map((p) => p.text)).toEqual([
      'Ankara',
    ]);
  });
  it('reads NSW anywhere as New South Wales', () => {
    expect(places('Bushfires burned across NSW on Sunday.')[0]).toMatchObject({
      text: 'NSW',
      name: 'New South Wales',
      country: 'AUS',
    });
  });
  it("reads the outlet's country from its web address, unless its domain is used as a generic one", () => {
    const text = 'Nelson residents will find it easier to reach the new office, the mayor said.';
    const nelson = (url?: string) => {
      const d = code(text, { published: '2018-03-02', url });
      return (d.layers.places ?? []).find((x) => slice(d, x) === 'Nelson')?.resolved?.country;
    };
    expect(nelson()).toBe('NZL');
    expect(nelson('https://news.gov.bc.ca/releases/office')).toBe('CAN');
    expect(nelson('https://www.example.io/nelson')).toBe('NZL');
  });
  it('reads the area in brackets after a town and its generic word ("Rupnagar city (Punjab)")', () => {
    const p = places('Party workers staged a protest in Rupnagar city (Punjab) on Friday.');
    expect(p.map((x) => [x.text, x.country])).toEqual([
      ['Rupnagar', 'IND'],
      ['Punjab', 'IND'],
    ]);
  });
  it('keeps articles inside an unknown name ("Colonia Jardines de la Mesa", "San Juan de los Cerritos")', () => {
    const p = places('In Tijuana, Baja California, a woman was found dead in Colonia Jardines de la Mesa.');
    expect(p.map((x) => x.text)).toEqual(['Tijuana', 'Baja California', 'Colonia Jardines de la Mesa']);
    expect(places('Two armed men clashed with police in San Juan de los Cerritos.')[0]).toMatchObject({
      text: 'San Juan de los Cerritos',
      name: null,
    });
  });
  it("reads a country or a world city, not its small namesake, unless the report names the namesake's state", () => {
    const us = 'Officials in Washington and New York said the talks went well. ';
    expect(places(us + 'A summit is planned in Peru in April.').find((x) => x.text === 'Peru')).toMatchObject(
      {
        country: 'PER',
      },
    );
    expect(
      places(us + 'A consultant based in London joined them.').find((x) => x.text === 'London'),
    ).toMatchObject({
      country: 'GBR',
    });
    const ky = places('Flooding hit Kentucky on Monday. In London, the river rose two feet.');
    expect(ky.find((x) => x.text === 'London')).toMatchObject({ country: 'USA' });
  });
  it('reads no person in a name before a capitalised article ("Parkland, Florida The controversy")', () => {
    const p = places('He survived the school shooting in Parkland, Florida The controversy grew.');
    expect(p.find((x) => x.text === 'Florida')).toMatchObject({ country: 'USA' });
    expect(p.find((x) => x.text === 'Parkland')).toMatchObject({ country: 'USA' });
  });
  it('reads a town in the province written after it in brackets ("Mar del Plata (Buenos Aires)")', () => {
    const p = places('On 30 April 2020, in Mar del Plata (Buenos Aires), residents protested.');
    expect(p[0]).toMatchObject({
      text: 'Mar del Plata',
      name: 'Mar del Plata',
      country: 'ARG',
      precision: 1,
    });
  });
  it("reads an area named by direction words alone after the report's towns, in their country", () => {
    const p = places(
      'On 1 May 2020, youths demonstrated in Lunsar town, Marampa chiefdom (Port Loko, North-West) over an arrest.',
    );
    expect(p.find((x) => x.text === 'Lunsar')).toMatchObject({ country: 'SLE', precision: 1 });
    expect(p.find((x) => x.text === 'North-West')?.country ?? null).not.toBe('CMR');
  });
  it('reads a name spelt otherwise than in GeoNames in the country the report is about, and says so', () => {
    const d = code('Residents protested in Mirpurkhas city, Sindh, against power cuts.');
    const p = (d.layers.places ?? []).find((x) => slice(d, x) === 'Mirpurkhas');
    expect(p?.resolved).toMatchObject({ name: 'Mirpur Khas', country: 'PAK' });
    expect(p?.rules).toContain('spelling-variant');
    expect(places('Regime forces shelled Atareb in western Aleppo.')[0]).toMatchObject({
      text: 'Atareb',
      country: 'SYR',
      precision: 1,
    });
    // Not in a country the report names only by an adjective ("the US dollar": Chubbuck, Idaho, is
    // also written "Chabak"),
    expect(places('Protesters angry at the US dollar rate rallied in Chebbak.')[1]).toMatchObject({
      text: 'Chebbak',
      country: null,
    });
    // not another name that begins otherwise, nor a village 30 km from the town a part of which is named.
    expect(places('Fans gathered outside the stadium in Anfield, Liverpool.')[0]).toMatchObject({
      country: null,
    });
    const sarajevo = places('He was shot in the Sarajevo neighborhood of Dobrinja.');
    expect(sarajevo.find((x) => x.text === 'Dobrinja')).toMatchObject({ name: null, precision: 2 });
  });
  it("reads Kenya's former provinces at their headquarters, and another country's namesake in its context", () => {
    const place = (t: string, name: string) => {
      const d = code(t);
      return (d.layers.places ?? []).find((p) => d.text.slice(p.start, p.end) === name)?.resolved;
    };
    expect(
      place('Raiders attacked a village in Rift Valley Province on Monday.', 'Rift Valley Province'),
    ).toMatchObject({ country: 'KEN', name: 'Rift Valley Province' });
    expect(
      place('Police in Mongu, Western Province, Zambia, arrested two men.', 'Western Province')?.country,
    ).toBe('ZMB');
  });
});
