// Country slugs of the Office of the Historian's data sets → ISO 3166-1 alpha-2 codes.
import countries from 'i18n-iso-countries'

/**
 * Slugs that neither their own words nor the names filed under them identify. Null marks states that no
 * longer exist (or have no ISO code): they stay organizations of their own, without a country code.
 */
const OVERRIDES: Record<string, string | null> = {
  'bosnia-herzegovina': 'BA',
  brunei: 'BN',
  burma: 'MM',
  'congo-democratic-republic': 'CD',
  'congo-kinshasa': 'CD',
  'congo-republic': 'CG',
  czechoslovakia: null,
  'german-democratic-republic': null,
  hawaii: null,
  'holy-see': 'VA',
  korea: 'KR',
  'korea-north': 'KP',
  'korea-south': 'KR',
  kosovo: null,
  laos: 'LA',
  macedonia: 'MK',
  micronesia: 'FM',
  moldova: 'MD',
  'netherlands-antilles': null,
  'palestinian-authority': 'PS',
  'saint-kitts-nevis': 'KN',
  'saint-vincent-grenadines': 'VC',
  somoa: 'WS',
  swaziland: 'SZ',
  syria: 'SY',
  'timor-leste': 'TL',
  'west-bank': 'PS',
  yugoslavia: null
}

/** The ISO code for a slug (modern name first, so `russia` is RU whatever name a record files under it). */
export function countryCode (slug: string, name: string): string | null {
  if (slug in OVERRIDES) return OVERRIDES[slug]!
  return countries.getAlpha2Code(slug.replace(/-/g, ' '), 'en') ?? countries.getAlpha2Code(name, 'en') ?? null
}
