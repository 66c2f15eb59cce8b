#!/usr/bin/env node
// Writes the benchmark data set, seeded and deterministic, twice from one stream of records:
//   parley.db                     Parley's own schema, made by openDatabase (its migrations) from the build;
//                                 the FTS tables are filled by Parley's triggers as rows go in
//   baseline.db, baseline-fts.db  the plain layout the hand-written Fastify + better-sqlite3 baseline reads
//                                 (integer ids, a contentless FTS5 index whose rowid is the meeting id)
// and manifest.json (counts, id mappings, search words with their document frequency).
// The same meeting has the same integer number in both: baseline meetings.id = parley meetings.seq.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { getTableColumns, getTableName } from 'drizzle-orm'
import {
  BENCH_DIR, DEFAULT_DATA_DIR, ROOT, dataPaths, parseOptions, parseSize, requireBuild, seededRandom, sizeLabel, slug,
  weightedPicker, zipfPicker
} from './lib/common.mjs'

const USAGE = `node bench/generate.mjs [--size 100k] [--seed 42] [--data-dir ${DEFAULT_DATA_DIR}] [--analyze] [--force]
  --size      meetings: 10k, 100k, 1m or a number (persons 5,000, organizations 200 and themes 40 stay fixed)
  --seed      seed of the record stream (same seed and size → the same files, byte for byte in content)
  --data-dir  parent folder; files go to <data-dir>/data-<size>-seed<seed>/ (never inside the repository)
  --analyze   also run ANALYZE on parley.db (off: Parley ships without planner statistics)
  --force     rebuild even when the manifest says the files are current`

/** Identifies what the files were made from: this script, its helpers and Parley's migrations. */
export function generatorFingerprint () {
  const hash = createHash('sha256')
  for (const file of [join(BENCH_DIR, 'generate.mjs'), join(BENCH_DIR, 'lib', 'common.mjs')]) hash.update(readFileSync(file))
  const migrations = join(ROOT, 'migrations')
  for (const name of readdirSync(migrations).filter((n) => n.endsWith('.sql')).sort()) hash.update(name).update(readFileSync(join(migrations, name)))
  return hash.digest('hex').slice(0, 16)
}

// ---------------------------------------------------------------- vocabulary

const NON_STATES = new Set(['AC', 'CP', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'ZZ', 'UM', 'AQ', 'BV', 'HM', 'GS', 'TF', 'IO', 'CQ'])

const OTHER_BODIES = [
  ['osce', 'OSCE', 'Organization for Security and Co-operation in Europe', 'intergovernmental'],
  ['un', 'UN', 'United Nations', 'intergovernmental'],
  ['eu', 'EU', 'European Union', 'intergovernmental'],
  ['nato', 'NATO', 'North Atlantic Treaty Organization', 'intergovernmental'],
  ['au', 'AU', 'African Union', 'intergovernmental'],
  ['asean', 'ASEAN', 'Association of Southeast Asian Nations', 'intergovernmental'],
  ['oas', 'OAS', 'Organization of American States', 'intergovernmental'],
  ['arab-league', 'LAS', 'League of Arab States', 'intergovernmental'],
  ['iaea', 'IAEA', 'International Atomic Energy Agency', 'intergovernmental'],
  ['wto', 'WTO', 'World Trade Organization', 'intergovernmental'],
  ['who', 'WHO', 'World Health Organization', 'intergovernmental'],
  ['unhcr', 'UNHCR', 'Office of the UN High Commissioner for Refugees', 'intergovernmental'],
  ['oic', 'OIC', 'Organisation of Islamic Cooperation', 'intergovernmental'],
  ['sco', 'SCO', 'Shanghai Cooperation Organisation', 'intergovernmental'],
  ['cis', 'CIS', 'Commonwealth of Independent States', 'intergovernmental'],
  ['ecowas', 'ECOWAS', 'Economic Community of West African States', 'intergovernmental'],
  ['gcc', 'GCC', 'Gulf Cooperation Council', 'intergovernmental'],
  ['coe', 'CoE', 'Council of Europe', 'intergovernmental'],
  ['oecd', 'OECD', 'Organisation for Economic Co-operation and Development', 'intergovernmental'],
  ['imf', 'IMF', 'International Monetary Fund', 'intergovernmental'],
  ['world-bank', 'WBG', 'World Bank Group', 'intergovernmental'],
  ['caricom', 'CARICOM', 'Caribbean Community', 'intergovernmental'],
  ['mercosur', 'MERCOSUR', 'Southern Common Market', 'intergovernmental'],
  ['saarc', 'SAARC', 'South Asian Association for Regional Cooperation', 'intergovernmental'],
  ['pif', 'PIF', 'Pacific Islands Forum', 'intergovernmental'],
  ['igad', 'IGAD', 'Intergovernmental Authority on Development', 'intergovernmental'],
  ['icrc', 'ICRC', 'International Committee of the Red Cross', 'ngo'],
  ['msf', 'MSF', 'Doctors Without Borders', 'ngo'],
  ['amnesty', 'AI', 'Amnesty International', 'ngo'],
  ['hrw', 'HRW', 'Human Rights Watch', 'ngo']
]

/** 8 root themes with 4 sub-themes each: 40 themes, two levels. */
const THEME_TREE = {
  'Security': ['Arms control', 'Counter-terrorism', 'Cyber threats', 'Maritime security'],
  'Economy': ['Trade', 'Investment', 'Energy', 'Transport corridors'],
  'Environment': ['Climate', 'Water management', 'Biodiversity', 'Natural disasters'],
  'Humanitarian affairs': ['Refugees', 'Food supply', 'Public health', 'Demining'],
  'Governance': ['Human rights', 'Elections', 'Rule of law', 'Anti-corruption'],
  'Peace and conflict': ['Peace talks', 'Ceasefires', 'Sanctions', 'Border disputes'],
  'Society': ['Education', 'Culture', 'Science', 'Tourism'],
  'Connectivity': ['Digital economy', 'Telecommunications', 'Space', 'Polar regions']
}

const GIVEN = ['Adela', 'Bogdan', 'Camille', 'Dario', 'Eun-ji', 'Farid', 'Greta', 'Hamid', 'Ines', 'Jonas', 'Kamala', 'Lorenzo',
  'Mariam', 'Nikolai', 'Oksana', 'Pablo', 'Qin', 'Rania', 'Stefan', 'Tamar', 'Umar', 'Vera', 'Wanjiru', 'Xavier', 'Yara', 'Zoltan',
  'Aiyana', 'Bruno', 'Chiara', 'Dmitro', 'Emeka', 'Freya', 'Goran', 'Hana', 'Ilyas', 'Julia', 'Kiran', 'Lina', 'Mateo', 'Noor',
  'Olumide', 'Petra', 'Rustam', 'Saanvi', 'Tomasz', 'Ulla', 'Viktor', 'Wen', 'Yusuf', 'Zeynep']
const FAMILY = ['Abdullayev', 'Berg', 'Castillo', 'Demir', 'Eriksen', 'Fontaine', 'Gupta', 'Horvath', 'Ibrahim', 'Jovanovic',
  'Kowalczyk', 'Lindqvist', 'Moretti', 'Nakamura', 'Okonkwo', 'Pereira', 'Quispe', 'Rahman', 'Sato', 'Toure', 'Usmonov', 'Varga',
  'Wojcik', 'Xu', 'Yamamoto', 'Zhou', 'Alvarez', 'Bakirov', 'Chowdhury', 'Dlamini', 'Esposito', 'Fischer', 'Georgiou', 'Haddad',
  'Ivanenko', 'Jensen', 'Karimov', 'Lambert', 'Mensah', 'Nilsson', 'Osei', 'Popa', 'Rezaei', 'Sokolova', 'Tanaka', 'Ueda',
  'Vasquez', 'Wagner', 'Yilmaz', 'Zubair']
const OFFICES = ['Minister of Foreign Affairs', 'Deputy Foreign Minister', 'Ambassador', 'Special Representative', 'Secretary-General',
  'Head of State', 'Head of Government', 'Director of the Political Department', 'Chief Negotiator', 'Permanent Representative',
  'State Secretary', 'Senior Adviser']
const CITIES = [['Geneva', 'CH'], ['Vienna', 'AT'], ['New York', 'US'], ['Brussels', 'BE'], ['Moscow', 'RU'], ['Beijing', 'CN'],
  ['Washington', 'US'], ['Paris', 'FR'], ['London', 'GB'], ['Berlin', 'DE'], ['Tokyo', 'JP'], ['Addis Ababa', 'ET'], ['Nairobi', 'KE'],
  ['Cairo', 'EG'], ['Riyadh', 'SA'], ['Doha', 'QA'], ['Ankara', 'TR'], ['New Delhi', 'IN'], ['Jakarta', 'ID'], ['Singapore', 'SG'],
  ['Brasilia', 'BR'], ['Buenos Aires', 'AR'], ['Mexico City', 'MX'], ['Ottawa', 'CA'], ['Canberra', 'AU'], ['Pretoria', 'ZA'],
  ['Abuja', 'NG'], ['Hanoi', 'VN'], ['Seoul', 'KR'], ['Astana', 'KZ'], ['Ashgabat', 'TM'], ['Tashkent', 'UZ'], ['Baku', 'AZ'],
  ['Tbilisi', 'GE'], ['Warsaw', 'PL'], ['Rome', 'IT'], ['Madrid', 'ES'], ['Helsinki', 'FI'], ['Oslo', 'NO'], ['The Hague', 'NL']]
const PUBLISHERS = ['Foreign ministry press office', 'Presidential press service', 'State news agency', 'Embassy press release',
  'Wire service report', 'Joint communique', 'Government gazette']
const KIND_OF_MEETING = {
  in_person: ['Talks', 'Consultations', 'Official visit', 'Working visit', 'Strategic dialogue', 'Joint commission session',
    'Round of negotiations', 'Ministerial meeting', 'Summit meeting'],
  hybrid: ['Ministerial conference', 'Joint commission session', 'Expert consultations'],
  videoconference: ['Videoconference', 'Online consultations'],
  phone_call: ['Telephone conversation', 'Phone call'],
  written: ['Exchange of letters', 'Exchange of notes'],
  unknown: ['Contacts', 'Meeting']
}
const FORMAT = [['in_person', 50], ['videoconference', 18], ['phone_call', 16], ['hybrid', 8], ['written', 4], ['unknown', 4]]
const STATUS = [['held', 92], ['planned', 4], ['cancelled', 4]]
const PROPOSAL_KINDS = ['strategy', 'institution', 'conference', 'instrument', 'project', 'commitment', 'agreement', 'other']
const PROPOSAL_STATUS = [['proposed', 40], ['under_consideration', 20], ['accepted', 20], ['rejected', 8], ['implemented', 8], ['unknown', 4]]

const TONE = ['open', 'candid', 'warm', 'businesslike', 'substantive', 'lengthy', 'brief', 'useful', 'wide-ranging', 'cordial']
const VERB = ['went over', 'took stock of', 'compared notes on', 'returned to', 'looked at ways to advance', 'raised concerns over',
  'praised progress on', 'set deadlines for', 'singled out', 'pledged support for']
const TOPIC = ['the bilateral agenda', 'regional security', 'earlier agreements', 'economic ties', 'aid deliveries', 'the negotiating track',
  'confidence-building steps', 'the coming summit', 'reform of international bodies', 'arms limitation', 'the text of a joint declaration',
  'shared investment projects', 'loans for infrastructure', 'travel rules for citizens', 'gas and electricity supplies',
  'a provisional settlement', 'a roadmap to normal relations', 'a memorandum on cooperation', 'contacts between parliaments',
  'exchanges of students and scholars']
/** Rare nouns dropped into some sentences; the common words of the templates give the frequent searches. */
const RARE = { pipeline: 0.03, vaccine: 0.03, uranium: 0.02, glacier: 0.015, tribunal: 0.04, locust: 0.01, satellite: 0.03, archipelago: 0.01 }
/** Words whose document frequency is reported and searched by W4 (checked: as a substring each occurs only as itself). */
const SEARCH_WORDS = ['pipeline', 'vaccine', 'uranium', 'glacier', 'tribunal', 'satellite', 'roadmap', 'memorandum', 'cordial', 'loans']

// ---------------------------------------------------------------- records

function buildReferenceData (random) {
  const names = new Intl.DisplayNames(['en'], { type: 'region' })
  const states = []
  for (let x = 65; x <= 90; x++) {
    for (let y = 65; y <= 90; y++) {
      const code = String.fromCharCode(x, y)
      let name
      try { name = names.of(code) } catch { continue }
      if (name && name !== code && !NON_STATES.has(code)) states.push({ code, name })
    }
  }
  for (let i = states.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [states[i], states[j]] = [states[j], states[i]]
  }
  const organizations = []
  const used = new Set()
  for (const s of states.slice(0, 200 - OTHER_BODIES.length)) {
    let id = slug(s.name)
    if (used.has(id)) id = `${id}-${s.code.toLowerCase()}`
    used.add(id)
    organizations.push({ id, name: s.name, abbreviation: null, kind: 'state', countryCode: s.code, isoOrAbbreviation: s.code })
  }
  for (const [id, abbreviation, name, kind] of OTHER_BODIES) {
    organizations.push({ id, name, abbreviation, kind, countryCode: null, isoOrAbbreviation: abbreviation })
  }
  // Baseline numbers organizations 1..200 in this order; the busiest come first (see zipfPicker).
  organizations.forEach((o, i) => { o.n = i + 1 })

  const themes = []
  for (const [root, children] of Object.entries(THEME_TREE)) {
    const rootId = slug(root)
    themes.push({ id: rootId, label: root, parentId: null })
    for (const child of children) themes.push({ id: slug(child), label: child, parentId: rootId })
  }
  themes.forEach((t, i) => { t.n = i + 1 })

  const pickOrganization = zipfPicker(random, organizations.length)
  const persons = []
  const personIds = new Map()
  const personsByOrganization = new Map()
  for (let n = 1; n <= 5000; n++) {
    const name = `${random.pick(GIVEN)} ${random.pick(FAMILY)}`
    const base = slug(name)
    const count = (personIds.get(base) ?? 0) + 1
    personIds.set(base, count)
    // Some people are also written with their given name shortened, as wire reports do.
    const otherNames = random.chance(0.15) ? [`${name[0]}. ${name.split(' ')[1]}`] : []
    const home = organizations[pickOrganization()]
    const person = { n, id: count === 1 ? base : `${base}-${count}`, name, otherNames, home }
    persons.push(person)
    const list = personsByOrganization.get(home.id) ?? []
    list.push(person)
    personsByOrganization.set(home.id, list)
  }
  return { organizations, themes, persons, personsByOrganization, pickOrganization }
}

const DAY = 86_400_000
const FIRST = Date.UTC(1990, 0, 1)
const DAYS = Math.round((Date.UTC(2025, 11, 31) - FIRST) / DAY) + 1
const isoDay = (t) => new Date(t).toISOString().slice(0, 10)
/** Fixed record timestamps keep the files (and so every ETag) the same from one generation to the next. */
const STAMP = { version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
const STAMPED = ['version', 'createdAt', 'updatedAt']

/** One meeting with everything linked to it, in both layouts' terms. */
function makeMeeting (random, ref, pickers, seq, counters) {
  const start = FIRST + random.int(0, DAYS - 1) * DAY
  const extraDays = random.chance(0.25) ? random.int(1, 3) : 0
  const startDate = isoDay(start)
  const endDate = extraDays ? isoDay(start + extraDays * DAY) : null
  const format = pickers.format()
  const partyCount = random.chance(0.7) ? 2 : random.int(3, 4)
  const parties = []
  while (parties.length < partyCount) {
    const o = ref.organizations[ref.pickOrganization()]
    if (!parties.includes(o)) parties.push(o)
  }
  const themeCount = random.int(1, 5)
  const themes = []
  while (themes.length < themeCount) {
    const t = random.pick(ref.themes)
    if (!themes.includes(t)) themes.push(t)
  }
  const [a, b] = parties
  const others = parties.length > 2 ? `, ${b.name} and ${parties.length === 3 ? parties[2].name : 'others'}` : ` and ${b.name}`
  const title = `${random.pick(KIND_OF_MEETING[format])}: ${a.name}${others} on ${themes[0].label.toLowerCase()}`

  const sentences = []
  const target = random.int(300, 500)
  let length = 0
  while (length < target) {
    const theme = random.pick(themes).label.toLowerCase()
    const rare = Object.entries(RARE).find(([, p]) => random.chance(p / 3))?.[0]
    const options = [
      `A ${random.pick(TONE)} exchange between ${a.name} and ${b.name} ${random.pick(VERB)} ${random.pick(TOPIC)}.`,
      `Both sides ${random.pick(VERB)} ${theme} and ${random.pick(TOPIC)}.`,
      `Much of the time went to ${random.pick(TOPIC)}, with ${theme} close behind.`,
      `The delegations ${random.pick(VERB)} ${random.pick(TOPIC)}${rare ? `, including the ${rare} question` : ''}.`,
      `They agreed to keep in touch at the level of ${random.pick(OFFICES).toLowerCase()}s.`
    ]
    const sentence = random.pick(options)
    sentences.push(sentence)
    length += sentence.length + 1
  }
  const summary = sentences.join(' ')

  const place = format === 'in_person' || format === 'hybrid' ? random.pick(CITIES) : null
  const meeting = {
    seq,
    id: '',
    title,
    summary,
    startDate,
    endDate,
    firstDay: startDate,
    lastDay: endDate ?? startDate,
    format,
    status: pickers.status(),
    locationName: place?.[0] ?? null,
    locationCountryCode: place?.[1] ?? null
  }

  const participantCount = random.int(Math.max(2, partyCount), 6)
  const participants = []
  const present = new Set()
  for (let k = 0; k < participantCount; k++) {
    const org = parties[k % parties.length]
    const pool = ref.personsByOrganization.get(org.id)
    let person
    for (let tries = 0; tries < 4 && (!person || present.has(person)); tries++) {
      person = pool && random.chance(0.9) ? random.pick(pool) : random.pick(ref.persons)
    }
    if (present.has(person)) continue
    present.add(person)
    participants.push({
      id: ++counters.participant,
      person,
      organization: org,
      title: random.pick(OFFICES),
      role: k < parties.length ? 'head_of_delegation' : 'delegate',
      position: participants.length
    })
  }

  const proposals = []
  const proposalCount = random.int(0, 4)
  for (let k = 0; k < proposalCount; k++) {
    const theme = random.pick(themes)
    const by = random.pick(parties)
    const speaker = participants.find((p) => p.organization === by && random.chance(0.6))
    const parts = []
    const want = random.int(120, 320)
    let len = 0
    while (len < want) {
      const rare = Object.entries(RARE).find(([, p]) => random.chance(p / 4))?.[0]
      const part = `${random.pick(['Set up', 'Extend', 'Review', 'Launch', 'Pause', 'Finish'])} ${random.pick(TOPIC)} in the field of ${theme.label.toLowerCase()}${rare ? ` and the ${rare}` : ''}.`
      parts.push(part)
      len += part.length + 1
    }
    proposals.push({
      seq: ++counters.proposal,
      position: k,
      organization: by,
      person: speaker?.person ?? null,
      summary: parts.join(' '),
      kind: random.pick(PROPOSAL_KINDS),
      status: pickers.proposalStatus(),
      theme
    })
  }
  const source = {
    publisher: random.pick(PUBLISHERS),
    reference: `${random.int(1000, 99_999)}/${startDate.slice(0, 4)}`
  }
  return { meeting, parties, participants, proposals, themes, source }
}

// ---------------------------------------------------------------- writers

/** Prepared INSERTs built from Drizzle's table objects, so a renamed column breaks here and not silently. */
function parleyInserter (sqlite, table, keys) {
  const columns = getTableColumns(table)
  const names = keys.map((k) => {
    if (!columns[k]) throw new Error(`${getTableName(table)} has no column for ${k}`)
    return columns[k].name
  })
  const statement = sqlite.prepare(`INSERT INTO ${getTableName(table)} (${names.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`)
  return keys.includes('createdAt') ? (row) => statement.run({ ...STAMP, ...row }) : (row) => statement.run(row)
}

const BASELINE_SCHEMA = `
CREATE TABLE organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, iso_code TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE persons (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE themes (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, label TEXT NOT NULL);
CREATE TABLE meetings (id INTEGER PRIMARY KEY, title TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL,
  location TEXT, format TEXT NOT NULL, summary TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE participants (id INTEGER PRIMARY KEY, meeting_id INTEGER NOT NULL, person_id INTEGER NOT NULL,
  organization_id INTEGER NOT NULL, role TEXT NOT NULL);
CREATE TABLE proposals (id INTEGER PRIMARY KEY, meeting_id INTEGER NOT NULL, organization_id INTEGER NOT NULL,
  text TEXT NOT NULL, status TEXT NOT NULL);
CREATE TABLE meeting_themes (meeting_id INTEGER NOT NULL, theme_id INTEGER NOT NULL, PRIMARY KEY (meeting_id, theme_id));`

// The indexes the baseline server's queries were written against.
const BASELINE_INDEXES = `
CREATE INDEX meetings_start_date ON meetings(start_date);
CREATE INDEX participants_meeting ON participants(meeting_id);
CREATE INDEX participants_org_meeting ON participants(organization_id, meeting_id);
CREATE INDEX participants_person ON participants(person_id);
CREATE INDEX proposals_meeting ON proposals(meeting_id);
CREATE INDEX proposals_org ON proposals(organization_id);
CREATE INDEX meeting_themes_theme ON meeting_themes(theme_id);
ANALYZE;`

export async function generate ({ meetings: total, seed, dataDir, analyze = false, force = false, log = console.error }) {
  const paths = dataPaths(dataDir, total, seed)
  const fingerprint = generatorFingerprint()
  try {
    const old = JSON.parse(readFileSync(paths.manifest, 'utf8'))
    if (!force && old.fingerprint === fingerprint && old.complete && Boolean(old.analyze) === analyze) {
      log(`# data: ${paths.dir} is current (${sizeLabel(total)} meetings, seed ${seed})`)
      return { paths, manifest: old }
    }
  } catch { /* missing or unreadable: build it */ }

  const build = requireBuild()
  const { openDatabase } = await import(pathToFileURL(build.open).href)
  const schema = await import(pathToFileURL(build.schema).href)
  rmSync(paths.dir, { recursive: true, force: true })
  mkdirSync(paths.dir, { recursive: true })
  const started = performance.now()
  log(`# data: writing ${sizeLabel(total)} meetings (seed ${seed}) to ${paths.dir}`)

  const random = seededRandom(seed)
  const ref = buildReferenceData(random)
  const pickers = {
    format: weightedPicker(random, FORMAT),
    status: weightedPicker(random, STATUS),
    proposalStatus: weightedPicker(random, PROPOSAL_STATUS)
  }

  // Parley: its own opener runs its migrations (tables, indexes, FTS tables and triggers).
  const parley = openDatabase({ path: paths.parley }).$client
  // A bulk load: no write-ahead log (every page would be written twice), a page cache large enough to hold
  // the indexes that take rows in key order other than the insert order (up to 4 GiB at 1M meetings).
  parley.pragma('journal_mode = OFF')
  parley.pragma('synchronous = OFF')
  parley.pragma('foreign_keys = OFF') // checked once at the end instead of per row
  parley.pragma(`cache_size = -${Math.min(4 * 1024 * 1024, Math.max(262_144, Math.ceil(total / 1000) * 4096))}`)
  const put = {
    organization: parleyInserter(parley, schema.organizations, ['id', 'name', 'abbreviation', 'kind', 'countryCode', ...STAMPED]),
    person: parleyInserter(parley, schema.persons, ['id', 'name', 'otherNames', ...STAMPED]),
    theme: parleyInserter(parley, schema.themes, ['id', 'label', 'parentId', ...STAMPED]),
    source: parleyInserter(parley, schema.sources, ['id', 'publisher', 'via', 'title', 'publishedOn', 'language', ...STAMPED]),
    meeting: parleyInserter(parley, schema.meetings, ['seq', 'id', 'title', 'summary', 'startDate', 'endDate', 'firstDay', 'lastDay',
      'format', 'status', 'locationName', 'locationCountryCode', ...STAMPED]),
    party: parleyInserter(parley, schema.meetingParties, ['meetingId', 'organizationId', 'role', 'position', 'meetingFirstDay']),
    participant: parleyInserter(parley, schema.participants, ['id', 'meetingId', 'personId', 'organizationId', 'title', 'role', 'position', 'meetingFirstDay']),
    proposal: parleyInserter(parley, schema.proposals, ['seq', 'id', 'meetingId', 'organizationId', 'personId', 'summary', 'kind', 'status', 'sourceId', 'position', ...STAMPED]),
    proposalTheme: parleyInserter(parley, schema.proposalThemes, ['proposalId', 'themeId']),
    meetingTheme: parleyInserter(parley, schema.meetingThemes, ['meetingId', 'themeId', 'meetingFirstDay']),
    meetingSource: parleyInserter(parley, schema.meetingSources, ['meetingId', 'sourceId'])
  }

  const baseline = new Database(paths.baseline)
  baseline.pragma('journal_mode = DELETE')
  baseline.pragma('synchronous = OFF')
  baseline.exec(BASELINE_SCHEMA)
  const bfts = new Database(paths.baselineFts)
  bfts.pragma('synchronous = OFF')
  bfts.exec("CREATE VIRTUAL TABLE meetings_fts USING fts5(title, summary, content='', tokenize='unicode61')")
  const b = {
    organization: baseline.prepare('INSERT INTO organizations (id, name, iso_code, kind) VALUES (?, ?, ?, ?)'),
    person: baseline.prepare('INSERT INTO persons (id, name) VALUES (?, ?)'),
    theme: baseline.prepare('INSERT INTO themes (id, slug, label) VALUES (?, ?, ?)'),
    meeting: baseline.prepare('INSERT INTO meetings (id, title, start_date, end_date, location, format, summary, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    participant: baseline.prepare('INSERT INTO participants (id, meeting_id, person_id, organization_id, role) VALUES (?, ?, ?, ?, ?)'),
    proposal: baseline.prepare('INSERT INTO proposals (id, meeting_id, organization_id, text, status) VALUES (?, ?, ?, ?, ?)'),
    meetingTheme: baseline.prepare('INSERT INTO meeting_themes (meeting_id, theme_id) VALUES (?, ?)'),
    fts: bfts.prepare('INSERT INTO meetings_fts (rowid, title, summary) VALUES (?, ?, ?)')
  }

  const inTransactions = (fn) => {
    for (const db of [parley, baseline, bfts]) db.exec('BEGIN')
    fn()
    for (const db of [parley, baseline, bfts]) db.exec('COMMIT')
  }

  inTransactions(() => {
    for (const o of ref.organizations) {
      put.organization(o)
      b.organization.run(o.n, o.name, o.isoOrAbbreviation, o.kind === 'state' ? 'country' : o.kind === 'ngo' ? 'ngo' : 'international_organization')
    }
    for (const t of ref.themes) {
      put.theme(t)
      b.theme.run(t.n, t.id, t.label)
    }
    for (const p of ref.persons) {
      put.person({ ...p, otherNames: JSON.stringify(p.otherNames) })
      b.person.run(p.n, p.name)
    }
  })

  const counters = { participant: 0, proposal: 0 }
  const counts = { meetings: 0, meeting_parties: 0, participants: 0, proposals: 0, proposal_themes: 0, meeting_themes: 0, sources: 0 }
  const ids = new Set()
  const searchWords = SEARCH_WORDS.map((word) => ({ word, re: new RegExp(`\\b${word}\\b`, 'i'), df: 0, substringDf: 0 }))
  const CHUNK = 5000
  for (let from = 1; from <= total; from += CHUNK) {
    inTransactions(() => {
      for (let seq = from; seq < Math.min(from + CHUNK, total + 1); seq++) {
        const r = makeMeeting(random, ref, pickers, seq, counters)
        const m = r.meeting
        let id = `${m.startDate}-${r.parties[0].id}-${r.parties[1].id}`
        if (ids.has(id)) id = `${id}-${seq}`
        ids.add(id)
        m.id = id
        put.meeting(m)
        const sourceId = `${id}-source`
        put.source({ id: sourceId, publisher: r.source.publisher, via: '[]', title: `Ref. ${r.source.reference}`, publishedOn: m.startDate, language: 'en' })
        put.meetingSource({ meetingId: id, sourceId })
        r.parties.forEach((o, position) => {
          const role = m.format !== 'in_person' || position > 1 ? 'participant' : position === 0 ? 'host' : 'guest'
          put.party({ meetingId: id, organizationId: o.id, role, position, meetingFirstDay: m.firstDay })
        })
        for (const p of r.participants) {
          put.participant({ id: p.id, meetingId: id, personId: p.person.id, organizationId: p.organization.id, title: p.title, role: p.role, position: p.position, meetingFirstDay: m.firstDay })
          b.participant.run(p.id, seq, p.person.n, p.organization.n, p.title)
        }
        for (const p of r.proposals) {
          const proposalId = `${id}-p${p.position + 1}`
          put.proposal({ seq: p.seq, id: proposalId, meetingId: id, organizationId: p.organization.id, personId: p.person?.id ?? null, summary: p.summary, kind: p.kind, status: p.status, sourceId, position: p.position })
          put.proposalTheme({ proposalId, themeId: p.theme.id })
          b.proposal.run(p.seq, seq, p.organization.n, p.summary, p.status)
        }
        for (const t of r.themes) {
          put.meetingTheme({ meetingId: id, themeId: t.id, meetingFirstDay: m.firstDay })
          b.meetingTheme.run(seq, t.n)
        }
        b.meeting.run(seq, m.title, m.startDate, m.endDate ?? m.startDate, m.locationName, m.format, m.summary, `${r.source.publisher}, ref. ${r.source.reference}`)
        b.fts.run(seq, m.title, m.summary)

        const text = `${m.title}\n${m.summary}`
        const lower = text.toLowerCase()
        for (const w of searchWords) {
          if (w.re.test(text)) w.df++
          if (lower.includes(w.word)) w.substringDf++
        }
        counts.meetings++
        counts.sources++
        counts.meeting_parties += r.parties.length
        counts.participants += r.participants.length
        counts.proposals += r.proposals.length
        counts.proposal_themes += r.proposals.length
        counts.meeting_themes += r.themes.length
      }
    })
    if ((from - 1) % (CHUNK * 20) === 0 && from > 1) log(`#   ${from - 1} meetings…`)
  }

  log('# data: merging full-text segments, checking foreign keys, indexing the baseline')
  parley.exec("INSERT INTO meetings_fts(meetings_fts) VALUES ('optimize'); INSERT INTO proposals_fts(proposals_fts) VALUES ('optimize')")
  const violations = parley.pragma('foreign_key_check')
  if (violations.length > 0) throw new Error(`generated data breaks ${violations.length} foreign keys, e.g. ${JSON.stringify(violations[0])}`)
  if (analyze) parley.exec('ANALYZE')
  parley.pragma('journal_mode = WAL') // as Parley runs it
  parley.close()
  baseline.exec(BASELINE_INDEXES)
  baseline.close()
  bfts.exec("INSERT INTO meetings_fts(meetings_fts) VALUES ('optimize')")
  bfts.close()

  const mismatched = searchWords.filter((w) => w.df !== w.substringDf)
  if (mismatched.length > 0) throw new Error(`search words that also occur inside other words: ${mismatched.map((w) => w.word).join(', ')}`)
  const manifest = {
    generator: 'parley-bench',
    fingerprint,
    complete: true,
    seed,
    size: sizeLabel(total),
    analyze,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    counts: { ...counts, organizations: ref.organizations.length, persons: ref.persons.length, themes: ref.themes.length },
    dates: { min: isoDay(FIRST), max: isoDay(FIRST + (DAYS - 1) * DAY) },
    words: searchWords.map(({ word, df }) => ({ word, df })),
    organizations: ref.organizations.map((o) => ({ n: o.n, id: o.id, country_code: o.countryCode })),
    themes: ref.themes.map((t) => ({ n: t.n, id: t.id, parent_id: t.parentId })),
    bytes: Object.fromEntries(['parley', 'baseline', 'baselineFts'].map((k) => [k, statSync(paths[k]).size]))
  }
  writeFileSync(paths.manifest, JSON.stringify(manifest, null, 2) + '\n')
  log(`# data: done in ${manifest.seconds} s (${JSON.stringify(manifest.counts)})`)
  return { paths, manifest }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = parseOptions(process.argv.slice(2), { size: '100k', seed: 42, 'data-dir': DEFAULT_DATA_DIR, analyze: false, force: false }, USAGE)
  await generate({ meetings: parseSize(options.size), seed: options.seed, dataDir: options['data-dir'], analyze: options.analyze, force: options.force })
}
