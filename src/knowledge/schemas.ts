import { z } from 'zod';

/** Schemas of the knowledge files; a file that fails them is a CASUS_E003 error. */
const isoDate = z.union([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

export const lexiconEntrySchema = z.object({
  id: z.string().min(1),
  plover: z.string().min(1),
  mode: z.string().nullable().default(null),
  cameo: z.string().min(1),
  acled: z.tuple([z.string(), z.string()]),
  acled_civilians: z.tuple([z.string(), z.string()]).optional(),
  roles: z.enum(['agent-patient', 'mutual', 'patient-only', 'patient-first']).default('agent-patient'),
  weapon: z.boolean().default(false),
  blame: z.boolean().default(false),
  /** Match only when the first word is tagged with this part of speech ("fire" as a verb). */
  pos: z.string().optional(),
  /**
   * Names the setting of acts rather than one act ("post-election violence"): a fight between
   * sides told with it is a fight of its own, not folded into it as its casualties.
   */
  setting: z.boolean().default(false),
  patterns: z.array(z.string().min(1)).min(1),
});
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
export const lexiconFileSchema = z.array(lexiconEntrySchema);

export const irregularFileSchema = z.record(z.string(), z.array(z.string()));

export const cuesSchema = z
  .object({
    negation: z.object({ before: z.array(z.string()) }).partial(),
    modality: z.object({ before: z.array(z.string()) }).partial(),
    speech: z.object({ verbs: z.array(z.string()) }).partial(),
    observation: z.object({ verbs: z.array(z.string()) }).partial(),
    citing: z.array(z.string()),
    idioms: z.array(z.string()),
    riot: z.array(z.string()),
    riot_after: z.array(z.string()),
    riot_turn: z.array(z.string()),
    weapon_disrupted: z.array(z.string()),
    weapon_premature: z.array(z.string()),
    armed_response: z.array(z.string()),
    communal: z.array(z.string()),
    accident: z.array(z.string()),
    lethal: z.array(z.string()),
    collective: z.array(z.string()),
    intervention: z.array(z.string()),
    excessive_force: z.array(z.string()),
    vague_counts: z.record(z.string(), z.number()),
    reversal: z.array(z.string()),
    charged: z.array(z.string()),
    charged_before: z.array(z.string()),
    victim_armed: z.array(z.string()),
    property: z.array(z.string()),
  })
  .partial();
export type Cues = z.infer<typeof cuesSchema>;

export const agentEntrySchema = z.object({
  id: z.string().min(1),
  sector: z.string().min(3).max(3),
  agent: z.string().optional(),
  acled: z.string(),
  acled_nocountry: z.string(),
  armed: z.boolean().default(false),
  /** A mouthpiece ("press centre", "spokesman"): in "X of Y" the owner Y gives the sector. */
  voice: z.boolean().default(false),
  /** People who, attacking or fighting, are a communal militia, as an ethnic group is (herders). */
  communal: z.boolean().default(false),
  /**
   * Followers of a party or candidate who, attacking people, act for it: a political militia's
   * attack on civilians (ACLED), where against the police or the army they riot.
   */
  partisan: z.boolean().default(false),
  words: z.array(z.string().min(1)).min(1),
});
export type AgentEntry = z.infer<typeof agentEntrySchema>;
export const agentsFileSchema = z.array(agentEntrySchema);

export const membershipSchema = z.object({
  country: z.string().length(3),
  from: isoDate,
  to: isoDate.nullable().default(null),
  frozen: isoDate.optional(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const organisationSchema = z.object({
  id: z.string().min(1),
  names: z.array(z.string().min(1)).min(1),
  bodies: z.array(z.string()).default([]),
  country: z.string().length(3).nullable().default(null),
  sector: z.string().min(3).max(3),
  acled: z.string(),
  armed: z.boolean().default(false),
  source: z.string().optional(),
  members: z.array(membershipSchema).default([]),
  members_from: isoDate.optional(),
  member_list: z.array(z.string().length(3)).default([]),
});
export type Organisation = z.infer<typeof organisationSchema>;
export const organisationsFileSchema = z.array(organisationSchema);

export const countriesFileSchema = z.record(
  z.string().length(3),
  z.object({
    names: z.array(z.string()).default([]),
    demonyms: z.array(z.string()).default([]),
    /** Names `world-countries` gives that news uses as words or other names ("Island", "Mann"). */
    not_names: z.array(z.string()).default([]),
    acled: z.string().optional(),
  }),
);

export const ethnicGroupsFileSchema = z.array(
  z.object({
    name: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    /** Where the group lives; the first is the one an actor is coded to when nothing else tells. */
    countries: z.array(z.string().length(3)).min(1),
  }),
);

/**
 * Heads of state and government by name, with their country and term: "President Yoweri
 * Museveni", "Museveni said" code to the government of Uganda. The term is the record's; a
 * former holder named in a report still speaks for no other country.
 */
export const leadersFileSchema = z.array(
  z.object({
    name: z.string().min(1),
    /** Other spellings, and the surname alone where no other well-known person bears it. */
    aliases: z.array(z.string().min(1)).default([]),
    country: z.string().length(3),
    office: z.string().min(1),
    from: isoDate,
    to: isoDate.nullable().default(null),
  }),
);
export type Leader = z.infer<typeof leadersFileSchema>[number];

export const outletsFileSchema = z.array(
  z.object({
    name: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    country: z.string().length(3).nullable(),
    /** `international`: an agency or outlet reporting the world, whose country says nothing of its reports'. */
    scope: z.enum(['national', 'international']).default('national'),
  }),
);

export const notActorsFileSchema = z.array(z.string().min(1));

export const supplementFileSchema = z.array(
  z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    names: z.array(z.string()).default([]),
    kind: z.enum(['admin', 'city', 'supplement']).default('supplement'),
    feature: z.string().default('PPL'),
    country: z.string().length(3),
    admin1: z.string().nullable().default(null),
    /** Coordinates, or the GeoNames id of a place whose coordinates stand for this one. */
    lat: z.number().optional(),
    lon: z.number().optional(),
    at: z.number().int().optional(),
    precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
    population: z.number().default(0),
    source: z.string().min(1),
  }),
);
export type SupplementEntry = z.infer<typeof supplementFileSchema>[number];

/** Continents, oceans, seas and world regions (`places/regions*.yaml`): toponyms, never event places. */
export const regionsFileSchema = z.array(
  z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    names: z.array(z.string()).default([]),
    feature: z.string().default('RGN'),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    source: z.string().min(1),
  }),
);

/**
 * Abbreviations of first-level admin areas as written after a town ("Paris, Ky.", "Trenton,
 * N.J."), by ISO3 and the area's name (`places/admin1-abbreviations*.yaml`).
 */
export const adminAbbreviationsFileSchema = z.record(
  z.string().length(3),
  z.record(z.string().min(1), z.array(z.string().min(1))),
);
