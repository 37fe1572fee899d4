/** Fields an analyst may correct on an incident: shared by the store, which checks them, and the UI. */
export const CORRECTABLE_FIELDS = [
  'plover',
  'acled_type',
  'acled_subtype',
  'date',
  'place',
  'country',
  'fatalities',
  'actor1',
  'actor2',
] as const;
