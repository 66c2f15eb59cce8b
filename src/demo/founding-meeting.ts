// The demo record: the March 2021 videoconference between Turkmenistan's foreign minister and the
// OSCE Secretary-General, as reported by Trend (citing Turkmenistan's State News Agency).
// Every fact of the report is here, in Parley's own words, in the shape POST /v1/meetings takes.
import type { MeetingInput, ProposalInput } from '../meetings/schemas.js'

const SOURCE = 'trend-2021-03-18-turkmenistan-osce'

/** Twelve themes; the security-related ones sit under `security`, trafficking under organized crime. */
const themes = [
  { id: 'security', label: 'Security strategy', parent_id: null },
  { id: 'conflict-prevention', label: 'Conflict prevention', parent_id: 'security' },
  { id: 'terrorism', label: 'Counter-terrorism and terrorism financing', parent_id: 'security' },
  { id: 'organized-crime', label: 'Transnational organized crime', parent_id: 'security' },
  { id: 'drug-trafficking', label: 'Drug trafficking', parent_id: 'organized-crime' },
  { id: 'human-trafficking', label: 'Human trafficking', parent_id: 'organized-crime' },
  { id: 'cybersecurity', label: 'Cybersecurity', parent_id: 'security' },
  { id: 'energy', label: 'Energy and energy diplomacy', parent_id: null },
  { id: 'transport', label: 'Transport and connectivity', parent_id: null },
  { id: 'environment', label: 'Environmental safety', parent_id: null },
  { id: 'trade', label: 'Trade facilitation', parent_id: null },
  { id: 'digitalization', label: 'Digitalization', parent_id: null }
]

export const foundingMeeting: MeetingInput = {
  id: '2021-03-18-turkmenistan-osce',
  title: 'Turkmenistan–OSCE videoconference on security, energy and connectivity',
  summary: 'Foreign Minister Rashid Meredov and OSCE Secretary-General Helga Schmid talked by video link about ' +
    'a common OSCE security strategy and ways to prevent conflicts, sustainable energy, transport and ' +
    'environmental safety, green ports and connectivity around the Caspian Sea, and cooperation against ' +
    'terrorism, organized crime, drug and human trafficking, and cyber threats.',
  start_date: '2021-03-18',
  date_note: 'The report is dated 18 March 2021 and gives no other date; the call was held that day or shortly before.',
  format: 'videoconference',
  status: 'held',
  location: null,
  parties: [
    { organization: { id: 'turkmenistan', name: 'Turkmenistan', kind: 'state', country_code: 'TM', wikidata_id: 'Q874' } },
    { organization: { id: 'osce', name: 'Organization for Security and Co-operation in Europe', abbreviation: 'OSCE', kind: 'intergovernmental', wikidata_id: 'Q81299' } }
  ],
  participants: [
    { person: { id: 'rashid-meredov', name: 'Rashid Meredov', other_names: ['Raşit Meredow', 'Rashid Meredow'] }, represents: 'turkmenistan', title: 'Minister of Foreign Affairs', role: 'head_of_delegation' },
    { person: { id: 'helga-schmid', name: 'Helga Schmid', other_names: ['Helga Maria Schmid'] }, represents: 'osce', title: 'Secretary-General', role: 'head_of_delegation' }
  ],
  themes,
  sources: [{
    id: SOURCE,
    publisher: 'Trend News Agency',
    via: ["Turkmenistan's State News Agency"],
    published_on: '2021-03-18',
    dateline: 'Baku, Azerbaijan',
    language: 'en'
  }],
  proposals: [
    { by: 'turkmenistan', summary: 'Work out a single, shared security strategy for the OSCE', kind: 'strategy', themes: ['security', 'conflict-prevention'] },
    { by: 'turkmenistan', summary: 'Look into new political and diplomatic tools for heading off conflicts between states', kind: 'instrument', themes: ['conflict-prevention'] },
    { by: 'turkmenistan', summary: 'Set up a Council for Sustainable Energy as a specialised OSCE body', kind: 'institution', themes: ['energy'] },
    { by: 'turkmenistan', summary: 'Hold a regional conference on fighting terrorism financing and transnational organized crime', kind: 'conference', themes: ['terrorism', 'organized-crime'] },
    { by: 'turkmenistan', summary: 'Help build green ports, digital services and easier trade and transport links across Central Asia and the Caucasus', kind: 'commitment', themes: ['transport', 'environment', 'trade', 'digitalization'] }
  ].map((p): ProposalInput => ({ ...p, kind: p.kind as ProposalInput['kind'], status: 'proposed', source: SOURCE })),
  // Joint statements (no single speaker), then what the report mentions beside them.
  statements: [
    { kind: 'noted', text: 'Raising funds and building mechanisms matter for preventing conflicts between countries.' },
    { kind: 'stressed', text: 'Reliable access to energy resources matters for regional and global development.' },
    { kind: 'noted', text: 'The OSCE project for green ports and better links around the Caspian Sea is important.' },
    { kind: 'discussed', text: 'Ways to cooperate on cybersecurity.' },
    { kind: 'mentioned', text: 'Expert meetings are still examining whether to prepare a comprehensive OSCE environmental programme.' },
    { kind: 'mentioned', text: 'The OSCE and Turkmenistan had earlier discussed steps towards a Turkmen programme for developing energy diplomacy.' }
  ]
}
