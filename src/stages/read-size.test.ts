import { describe, expect, it } from 'vitest';
import { readSize } from './read-size.js';

const vague = new Map([
  ['dozens', 24],
  ['hundreds', 200],
  ['thousands', 2000],
]);

describe('read-size', () => {
  it('reads killed and injured in words and digits', () => {
    expect(readSize('The blast killed three people and wounded 12 others.', vague, false)).toMatchObject({
      killed: 3,
      injured: 12,
    });
    expect(readSize('At least 40 were wounded in the clashes.', vague, false)).toMatchObject({
      injured: 40,
      killed: null,
    });
    expect(readSize('Two soldiers were killed.', vague, false)).toMatchObject({ killed: 2 });
  });
  it('reads the dead after another act, shot to death, and a single fatality', () => {
    expect(readSize('Two policemen were shot and killed near the market.', vague, false).killed).toBe(2);
    expect(readSize('Three men were shot to death in the raid.', vague, false).killed).toBe(3);
    expect(readSize('A trader was beaten to death by a mob.', vague, false).killed).toBe(1);
    expect(readSize('1 fatality.', vague, false).killed).toBe(1);
    // A year before a comma is no count; digits grouped by commas are one.
    expect(readSize('On 3 May 2020, one person was killed in the clash.', vague, false).killed).toBe(1);
    expect(readSize('The floods of 2019 killed 1,200 people.', vague, false).killed).toBe(1200);
    expect(readSize('Gunmen shot dead a teacher and gunned down two guards.', vague, false).killed).toBe(1);
    // Shot and wounded is no death.
    expect(readSize('Two men were shot and wounded.', vague, false)).toMatchObject({
      killed: null,
      injured: 2,
    });
  });

  it('adds two counts of the dead joined by "and"', () => {
    expect(
      readSize('12 militants and 3 soldiers were killed, and 11 were injured.', vague, false).killed,
    ).toBe(15);
    expect(readSize('A man and a woman were shot to death in the market.', vague, false).killed).toBe(2);
    expect(readSize('Two soldiers were killed and three were wounded.', vague, false)).toMatchObject({
      killed: 2,
      injured: 3,
    });
    // Told actively: two counts after the verb, not a count of the wounded after "and".
    expect(
      readSize('Gunmen attacked the town, killing three civilians and five police.', vague, false).killed,
    ).toBe(8);
    expect(readSize('Raiders killed two herders and three others were wounded.', vague, false).killed).toBe(
      2,
    );
    expect(readSize('Raiders killed two and wounded five.', vague, false).killed).toBe(2);
    // Along with N others, N plural nouns, or one person named by a possessive.
    expect(readSize('A chief was shot and killed, along with his companion.', vague, false).killed).toBe(2);
    expect(readSize('A chief was killed along with his two sons in Wajir.', vague, false).killed).toBe(3);
    expect(readSize('An MP was shot dead along with two bodyguards.', vague, false).killed).toBe(3);
    expect(readSize('A trader was shot dead along with his brothers.', vague, false).killed).toBe(1);
  });

  it('reads one dead from a singular verb, and none from "no one" or "nobody"', () => {
    expect(readSize('A suspected thief was lynched in Kisii.', vague, false).killed).toBe(1);
    expect(readSize('Residents lynched an armed robber.', vague, false).killed).toBe(1);
    expect(readSize('An off-duty officer was shot and killed in Nairobi.', vague, false).killed).toBe(1);
    expect(readSize('One person dies in a clash between clans.', vague, false).killed).toBe(1);
    expect(readSize('Policeman killed after ambush near Moyale', vague, false).killed).toBe(1);
    expect(readSize('Police killed civilians in Kibera.', vague, false).killed).toBeNull();
    expect(readSize('A preacher is gunned down in Ukunda.', vague, false).killed).toBe(1);
    expect(readSize('Residents stoned two suspected thieves to death.', vague, false).killed).toBe(2);
    expect(readSize('Nobody was killed in the attack.', vague, false).killed).toBe(0);
    expect(readSize('No one was killed, police said.', vague, false).killed).toBe(0);
  });

  it('reads the dead feared, confirmed, lynched or assassinated, and a count or one person before "dead"', () => {
    expect(readSize('Four police officers are feared dead after the raid.', vague, false).killed).toBe(4);
    expect(readSize('Three people have been confirmed dead in Garsen.', vague, false).killed).toBe(3);
    expect(readSize('Two are lynched for stealing cars in Kisumu.', vague, false).killed).toBe(2);
    expect(readSize('A cleric and two others are assassinated in Mombasa.', vague, false).killed).toBe(3);
    expect(readSize('The militia executes 15 farmers near Mado Gashi.', vague, false).killed).toBe(15);
    expect(readSize('A mob burns a house, killing his two children.', vague, false).killed).toBe(2);
    expect(readSize('Police shoot two suspected gang members dead in Kayole.', vague, false).killed).toBe(2);
    expect(readSize('Youths stone suspected thief to death in Nyeri.', vague, false).killed).toBe(1);
    expect(readSize('Police shoot robbery suspect dead in a shoot-out.', vague, false).killed).toBe(1);
    expect(readSize('Officers gun down a wanted suspect in Likoni.', vague, false).killed).toBe(1);
    expect(readSize('Residents stoned suspected thieves to death.', vague, false).killed).toBeNull();
    expect(readSize('One death, one injury reported.', vague, false).killed).toBe(1);
    expect(readSize('Two were sentenced to death in Nairobi.', vague, false).killed).toBeNull();
    expect(readSize('A death threat was sent to one reporter.', vague, false).killed).toBeNull();
    expect(readSize('The man died of his injuries in hospital.', vague, false).killed).toBe(1);
    expect(readSize('Police officer dies when gunmen open fire on a patrol', vague, false).killed).toBe(1);
    expect(readSize('Vigilantes stone to death two matatu drivers.', vague, false).killed).toBe(2);
    // (A passive's participle is no count's verb: "shot to death over a land dispute" is no "a".)
    expect(
      readSize('A man and his son were shot to death over a land dispute.', vague, false).killed,
    ).toBeNull();
    expect(
      readSize('Five suspected Mungiki sect members were killed in a shootout.', vague, false).killed,
    ).toBe(5);
    // A time is no count of people: "2 years after the war killed many".
    expect(readSize('2 years after the war killed many, the town is calm.', vague, false).killed).toBeNull();
    expect(readSize('An MP was shot dead along with two others in Nairobi.', vague, false).killed).toBe(3);
    expect(readSize('A leader was killed by gunmen along with another man.', vague, false).killed).toBe(2);
    // Neither the injured, the captured, an age nor a date is counted with the dead.
    expect(readSize('6 seriously injured and 1 killed in a clash.', vague, false).killed).toBe(1);
    expect(
      readSize('At least 12 soldiers were injured and one dead after a blast.', vague, false).killed,
    ).toBe(1);
    expect(readSize('15 captured and 1 killed by the army.', vague, false).killed).toBe(1);
    expect(readSize('5 yr old child was shot dead during a raid.', vague, false).killed).toBe(1);
    // (A date's "12" is no count: "were on 21/12 killed" reads none, not 12.)
    expect(readSize('Three people were on 21/12 killed in Esoit.', vague, false).killed).toBeNull();
    // Quotation marks are the source's words, not a change in what happened.
    expect(readSize('A church pastor is "hacked to death" by an assailant.', vague, false).killed).toBe(1);
    expect(readSize('Five "thugs" are lynched by vigilante mobs.', vague, false).killed).toBe(5);
    expect(readSize('Four rioters die in unclear circumstances.', vague, false).killed).toBe(4);
    // A headline's clause after a semicolon: "...; terror suspect killed".
    expect(readSize('Police and gunmen engage in gun battle; suspect killed', vague, false).killed).toBe(1);
    // A body found is one dead: "the bodies of two men were found".
    expect(readSize('The bodies of two men were found in a ditch.', vague, false).killed).toBe(2);
    expect(readSize('In Tonala, the body of a man was found.', vague, false).killed).toBe(1);
    // When, told between "was" and the act; found or discovered dead or murdered.
    expect(readSize('A man was on Sunday night lynched by residents in Embu.', vague, false).killed).toBe(1);
    expect(readSize('A trader is discovered murdered near his shop.', vague, false).killed).toBe(1);
    expect(readSize('Terror suspect found dead on side of road', vague, false).killed).toBe(1);
    // The death of N caused or claimed.
    expect(readSize('A clash over land causes the death of one herder.', vague, false).killed).toBe(1);
    expect(
      readSize('The group claimed responsibility for the death of four in Wajir.', vague, false).killed,
    ).toBe(4);
    // "the deaths of N", whatever brought them.
    expect(
      readSize('An operation against the raiders led to the deaths of six bandits.', vague, false).killed,
    ).toBe(6);
    // Death escaped is no death.
    expect(
      readSize('Two officials narrowly escaped death when a bomb missed their car.', vague, false).killed,
    ).toBeNull();
    // (Not the deaths a reaction is about: they are its cause, told before.)
    expect(
      readSize('People rioted in response to the deaths of several people last week.', vague, false).killed,
    ).toBeNull();
    // An aside in brackets does not hide the count.
    expect(
      readSize('Six police (or seven, another outlet says) officers are killed.', vague, false).killed,
    ).toBe(6);
    expect(readSize('Residents burnt 28-year-old Antony Kariuki to death.', vague, false).killed).toBe(1);
    // A plural subject is no one person: "They were shot dead" tells no count.
    expect(readSize('They were shot dead near the river.', vague, false).killed).toBeNull();
    expect(readSize('People killed in Mandera', vague, false).killed).toBeNull();
  });

  it('reads a count of the dead stated as coded over any other', () => {
    expect(readSize('Two soldiers were killed; fatalities coded as 0.', vague, false).killed).toBe(0);
    expect(readSize('Unclear fatalities coded as 10.', vague, false).killed).toBe(10);
  });

  it('reads "no casualties" as zero killed', () => {
    expect(readSize('No casualties were reported.', vague, false).killed).toBe(0);
  });
  it('reads crowd sizes only for protests, with vague counts from the cues file', () => {
    expect(readSize('Dozens of protesters gathered.', vague, true).crowd).toBe(24);
    expect(readSize('Dozens of protesters gathered.', vague, false).crowd).toBeNull();
    expect(readSize('Workers rallied [size=more than 50].', vague, true).crowd).toBe(50);
  });
  it('reads arrests', () => {
    expect(readSize('Police arrested 12 people.', vague, false).arrested).toBe(12);
  });
});
