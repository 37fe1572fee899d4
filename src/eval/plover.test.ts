import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { code, hasShared, knowledge, ROOT, SHARED_EVAL } from '../../test/helpers.js';
import { evalPloverRecords, evalPloverStories, mainEvent } from './plover.js';

describe('casus eval plover', () => {
  it('scores our own records: older labels mapped, actors matched by country, a sentence without an event counted', () => {
    const r = evalPloverRecords(join(ROOT, 'test', 'fixtures', 'plover-records.jsonl'), knowledge());
    expect(r.n).toBe(4);
    expect(r.event.accuracy).toBe(0.75);
    expect(r.event.no_event).toBe(0.25);
    expect(r.event.confusion.ACCUSE).toEqual({ '(none)': 1 });
    expect(r.source).toEqual({ code_match: 1, n: 3 });
    expect(r.target).toEqual({ code_match: 1, n: 2 });
  });

  it('scores our own stories by their main event and mode', () => {
    const r = evalPloverStories(join(ROOT, 'test', 'fixtures', 'plover-stories.csv'), knowledge());
    expect(r.n).toBe(2);
    expect(r.event.accuracy).toBe(1);
    expect(r.mode).toEqual({ accuracy: 1, n: 1 });
  });

  it('takes the main event from the lead, and an asserted event over a denied one', () => {
    const doc = code(
      'Police arrested 12 men in Mombasa on Monday. Later, residents protested. Residents protested again on Tuesday. Residents protested on Wednesday too. Residents protested on Thursday.',
    );
    expect(mainEvent(doc.layers.claims ?? [])?.type).toBe('PROTEST');
    const lead = code('Police arrested 12 men in Mombasa on Monday. Residents protested on Tuesday.');
    expect(mainEvent(lead.layers.claims ?? [])?.type).toBe('COERCE');
    expect(mainEvent([])).toBeNull();
    const type = (t: string) => mainEvent(code(t).layers.claims ?? [], t)?.type;
    // A hypothetical act is coded as the statement that made it.
    expect(type('The Kenyan government said Uganda must extradite the two suspects.')).toBe('REQUEST');
    expect(type('Kenya will extradite the two suspects to Uganda.')).toBe('AGREE');
    expect(type('The Kenyan government threatened to arrest the strike leaders.')).toBe('THREATEN');
    expect(type('The government agreed to lift the curfew in Osh.')).toBe('CONCEDE');
    // A demand rejected in its own sentence is what was rejected.
    expect(type('The government rejected the demand for a ceasefire in the north.')).toBe('REJECT');
    // A hostile act announced on a condition is a threat; announced alone, the act.
    expect(type('The party said it will boycott the elections unless the president steps down.')).toBe(
      'THREATEN',
    );
    expect(type('The party said it will boycott the elections.')).not.toBe('THREATEN');
    // A demand that is a protest's purpose is the protest.
    expect(type('Teachers continued their hunger strike to demand the resignation of the minister.')).toBe(
      'PROTEST',
    );
    // So is an offer or a plan: the rejection is the event.
    expect(type('The opposition leader rejected a Kenyan offer to host a summit in June.')).toBe('REJECT');
  });

  it('takes the main event from the headline, whatever the body says most', () => {
    const type = (t: string) => mainEvent(code(t).layers.claims ?? [], t)?.type;
    const story =
      'Rights Group Investigates Killings in Northern Mali\n\n' +
      'Gunmen attacked the village of Ogossagou on Monday. Soldiers fired on the attackers. ' +
      'The militia killed 20 villagers, residents said.';
    expect(type(story)).toBe('ACCUSE');
    // Without a headline line, the body's weight decides.
    expect(type(story.replace('\n\n', '. '))).toBe('ASSAULT');
  });

  it('reads a headline act over its background, and an undone restriction by its verb', () => {
    const type = (t: string) => mainEvent(code(t).layers.claims ?? [], t)?.type;
    // "after meeting": the meeting is the background; the concession is the news.
    expect(
      type(
        'Kyrgyz Opposition Concedes After Meeting With Prime Minister\n\n' +
          'Leaders of the Ata-Meken party met the prime minister in Bishkek on Monday. ' +
          'They held talks for three hours, the party said.',
      ),
    ).toBe('CONCEDE');
    // "Curfew Lifted" is told by its verb, not by the noun "curfew"; "following agreement" is background.
    expect(
      type(
        'Curfew Lifted in Osh Following Agreement Between Mayor and Protesters\n\n' +
          'The mayor of Osh signed an agreement with protest leaders on Sunday.',
      ),
    ).toBe('CONCEDE');
    // "will be lifted" after the restriction, and a headline's "End Strike" with no article.
    expect(type('Evening Curfew Will Be Lifted in Osh\n\nThe mayor spoke on Monday.')).toBe('CONCEDE');
    expect(type('Dock Workers Will End Strike in Mombasa\n\nThe union spoke on Monday.')).toBe('CONCEDE');
    // A meeting requested is a request, not a meeting.
    expect(type('Kenyan Leader Requests Meeting With Ugandan President\n\nOfficials spoke on Monday.')).toBe(
      'REQUEST',
    );
    // Fighting that stops is a ceasefire.
    expect(
      type('Hostilities Temporarily Stop in Idlib\n\nTurkish and Russian officials met in Ankara on Monday.'),
    ).toBe('RETREAT');
  });

  it('reads a hostile act promised on a condition as a threat, not an agreement', () => {
    const type = (t: string) => mainEvent(code(t).layers.claims ?? [], t)?.type;
    expect(
      type('Rebels Promise to Resume Attacks in Darfur if Talks Fail\n\nThe rebel leaders spoke on Monday.'),
    ).toBe('THREATEN');
  });

  it('reads a hostile act floated as a possibility as a threat', () => {
    const type = (t: string) => mainEvent(code(t).layers.claims ?? [], t)?.type;
    expect(
      type(
        'Uganda Raises Potential of Suspending Talks With Rebels\n\nThe minister spoke in Kampala on Monday.',
      ),
    ).toBe('THREATEN');
    expect(
      type('Kenyan Teachers Raise Prospect of Strike Over Pay\n\nThe teachers met in Nairobi on Monday.'),
    ).toBe('THREATEN');
    // A talk floated is no threat: the intent to meet (AGREE).
    expect(type('The minister raised the possibility of talks with the rebels.')).toBe('AGREE');
  });

  it("reads a title-case headline's verb the tagger took for a name", () => {
    const type = (t: string) => mainEvent(code(t).layers.claims ?? [], t)?.type;
    // "Raid" after the subject is the verb: the police raided, nobody was raided by the offices.
    const doc = code('Police Raid Opposition Offices in Harare\n\nThe party said computers were taken.');
    const raid = (doc.layers.claims ?? []).find((c) => c.evidence.start === 0);
    expect(raid?.rules).not.toContain('noun-predicate');
    expect(raid?.source[0]?.name).toMatch(/police/i);
    expect(type('Jailed Activist on Hunger Strike in Cairo\n\nHis family spoke on Monday.')).toBe('PROTEST');
  });

  it.skipIf(!hasShared)('runs on both gold files (skipped without ../shared/eval)', () => {
    const gsr = evalPloverRecords(join(SHARED_EVAL, 'plover', 'plover-gsr.dev.jsonl'), knowledge(), {
      limit: 50,
    });
    expect(gsr.n).toBe(50);
    expect(gsr.event.accuracy).toBeGreaterThan(0);
    const ngec = evalPloverStories(join(SHARED_EVAL, 'plover', 'ngec-synthetic.dev.csv'), knowledge(), {
      limit: 30,
    });
    expect(ngec.n).toBe(30);
    expect(ngec.event.accuracy).toBeGreaterThan(0);
  });
});
