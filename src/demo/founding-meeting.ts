// The demo record: the March 2021 videoconference between Turkmenistan's foreign minister and the
// OSCE Secretary-General, as reported by Trend (citing Turkmenistan's State News Agency).
// Every fact of the report is here, in Parley's own words.

export const organizations = [
  { id: 'turkmenistan', name: 'Turkmenistan', abbreviation: null, kind: 'state', countryCode: 'TM', wikidataId: 'Q874' },
  { id: 'osce', name: 'Organization for Security and Co-operation in Europe', abbreviation: 'OSCE', kind: 'intergovernmental', countryCode: null, wikidataId: 'Q81299' }
] as const

export const persons = [
  { id: 'rashid-meredov', name: 'Rashid Meredov', otherNames: ['Raşit Meredow', 'Rashid Meredow'] },
  { id: 'helga-schmid', name: 'Helga Schmid', otherNames: ['Helga Maria Schmid'] }
]

/** Twelve themes; the security-related ones sit under `security`, trafficking under organized crime. */
export const themes = [
  { id: 'security', label: 'Security strategy', parentId: null },
  { id: 'conflict-prevention', label: 'Conflict prevention', parentId: 'security' },
  { id: 'terrorism', label: 'Counter-terrorism and terrorism financing', parentId: 'security' },
  { id: 'organized-crime', label: 'Transnational organized crime', parentId: 'security' },
  { id: 'drug-trafficking', label: 'Drug trafficking', parentId: 'organized-crime' },
  { id: 'human-trafficking', label: 'Human trafficking', parentId: 'organized-crime' },
  { id: 'cybersecurity', label: 'Cybersecurity', parentId: 'security' },
  { id: 'energy', label: 'Energy and energy diplomacy', parentId: null },
  { id: 'transport', label: 'Transport and connectivity', parentId: null },
  { id: 'environment', label: 'Environmental safety', parentId: null },
  { id: 'trade', label: 'Trade facilitation', parentId: null },
  { id: 'digitalization', label: 'Digitalization', parentId: null }
]

export const source = {
  id: 'trend-2021-03-18-turkmenistan-osce',
  publisher: 'Trend News Agency',
  via: ["Turkmenistan's State News Agency"],
  url: null,
  title: null,
  publishedOn: '2021-03-18',
  dateline: 'Baku, Azerbaijan',
  language: 'en'
}

export const meeting = {
  id: '2021-03-18-turkmenistan-osce',
  title: 'Turkmenistan–OSCE videoconference on security, energy and connectivity',
  summary: 'Foreign Minister Rashid Meredov and OSCE Secretary-General Helga Schmid talked by video link about ' +
    'a common OSCE security strategy and ways to prevent conflicts, sustainable energy, transport and ' +
    'environmental safety, green ports and connectivity around the Caspian Sea, and cooperation against ' +
    'terrorism, organized crime, drug and human trafficking, and cyber threats.',
  startDate: '2021-03-18',
  endDate: null,
  dateNote: 'The report is dated 18 March 2021 and gives no other date; the call was held that day or shortly before.',
  format: 'videoconference',
  status: 'held',
  location: null
} as const

export const parties = [
  { organizationId: 'turkmenistan', role: 'participant' },
  { organizationId: 'osce', role: 'participant' }
] as const

export const participants = [
  { personId: 'rashid-meredov', organizationId: 'turkmenistan', title: 'Minister of Foreign Affairs', role: 'head_of_delegation' },
  { personId: 'helga-schmid', organizationId: 'osce', title: 'Secretary-General', role: 'head_of_delegation' }
] as const

export const proposals = [
  {
    summary: 'Work out a single, shared security strategy for the OSCE',
    kind: 'strategy',
    themes: ['security', 'conflict-prevention']
  },
  {
    summary: 'Look into new political and diplomatic tools for heading off conflicts between states',
    kind: 'instrument',
    themes: ['conflict-prevention']
  },
  {
    summary: 'Set up a Council for Sustainable Energy as a specialised OSCE body',
    kind: 'institution',
    themes: ['energy']
  },
  {
    summary: 'Hold a regional conference on fighting terrorism financing and transnational organized crime',
    kind: 'conference',
    themes: ['terrorism', 'organized-crime']
  },
  {
    summary: 'Help build green ports, digital services and easier trade and transport links across Central Asia and the Caucasus',
    kind: 'commitment',
    themes: ['transport', 'environment', 'trade', 'digitalization']
  }
] as const

/** Joint statements (no single speaker), then what the report mentions beside them. */
export const statements = [
  { kind: 'noted', text: 'Raising funds and building mechanisms matter for preventing conflicts between countries.' },
  { kind: 'stressed', text: 'Reliable access to energy resources matters for regional and global development.' },
  { kind: 'noted', text: 'The OSCE project for green ports and better links around the Caspian Sea is important.' },
  { kind: 'discussed', text: 'Ways to cooperate on cybersecurity.' },
  { kind: 'mentioned', text: 'Expert meetings are still examining whether to prepare a comprehensive OSCE environmental programme.' },
  { kind: 'mentioned', text: 'The OSCE and Turkmenistan had earlier discussed steps towards a Turkmen programme for developing energy diplomacy.' }
] as const
