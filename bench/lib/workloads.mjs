// The workloads: for each, the request Parley and the baseline get for the same parameters, the target
// Parley must reach, and how to tell that both answered with the same records.
import Database from 'better-sqlite3'
import { seededRandom, weightedPicker } from './common.mjs'

const DAY = 86_400_000
const isoDay = (t) => new Date(t).toISOString().slice(0, 10)
const q = encodeURIComponent

/**
 * W0-W5 as in issue 5. `parley`/`baseline` map one parameter set to a path (null: not run on that
 * side); `vs` names the baseline workload a Parley-only row is compared with.
 */
export const WORKLOADS = [
  {
    name: 'W0',
    what: 'constant JSON route (framework limit)',
    baseline: () => '/hello',
    parley: () => '/healthz',
    check: 'status'
  },
  {
    name: 'W1',
    what: 'one meeting by id',
    baseline: (p) => `/meetings/${p.seq}`,
    // The meeting alone, as the baseline answers it (Parley embeds everything unless told otherwise).
    parley: (p) => `/v1/meetings/${q(p.meeting)}?include=none`,
    target: { ratio: 0.8, p99: 25 },
    check: 'record'
  },
  {
    name: 'W2',
    what: 'page of 20 in a one-year range, newest first',
    baseline: (p) => `/meetings?from=${p.from}&to=${p.to}&limit=20`,
    parley: (p) => `/v1/meetings?from=${p.from}&to=${p.to}&limit=20`,
    target: { ratio: 1.0, p99: 25 },
    check: 'list'
  },
  {
    name: 'W3',
    what: 'page of 20 meetings of one organization, newest first',
    baseline: (p) => `/organizations/${p.organization.n}/meetings?limit=20`,
    parley: (p) => `/v1/organizations/${q(p.organization.id)}/meetings?limit=20`,
    target: { ratio: 3 },
    check: 'list'
  },
  {
    name: 'W3p',
    what: 'W3 through the party filter of /v1/meetings',
    parley: (p) => `/v1/meetings?party=${q(p.organization.id)}&limit=20`,
    vs: 'W3',
    target: { ratio: 3 },
    check: 'list'
  },
  {
    name: 'W4',
    what: 'full-text search, page of 20, newest first (baseline: LIKE)',
    baseline: (p) => `/search?q=${q(p.word)}&limit=20`,
    parley: (p) => `/v1/meetings?q=${q(p.word)}&sort=-date&limit=20`,
    target: { ratio: 3 },
    check: 'list'
  },
  {
    name: 'W4fts',
    what: 'baseline full-text with FTS5 instead of LIKE (Parley: its W4)',
    baseline: (p) => `/search/fts?q=${q(p.word)}&limit=20`,
    same: 'W4',
    check: 'list'
  },
  {
    name: 'W5',
    what: 'one meeting with participants, proposals, themes embedded',
    baseline: (p) => `/meetings/${p.seq}/full`,
    parley: (p) => `/v1/meetings/${q(p.meeting)}?include=participants,proposals,themes`,
    target: { ratio: 1.5, p99: 25 },
    check: 'embedded'
  },
  {
    name: 'MIX',
    what: 'Parley mix: lookups, lists with include, filters, search with snippets',
    parley: (p) => p.mix,
    check: 'status'
  }
]

/** Parley's realistic mix: [weight, path(p)] (facets join in when the server accepts them). */
export function mixEntries (facets) {
  return [
    [25, (p) => `/v1/meetings/${q(p.meeting)}`],
    [15, (p) => `/v1/meetings?from=${p.from}&to=${p.to}&include=parties,participants,themes`],
    [10, (p) => `/v1/meetings?q=${q(p.word)}`],
    [5, (p) => `/v1/meetings?q=${q(p.word)}&include=participants,proposals&limit=10`],
    [10, (p) => `/v1/meetings?party=${p.countryCode}&theme=${p.rootTheme}`],
    [10, (p) => `/v1/persons/${q(p.person)}/meetings`],
    [5, (p) => `/v1/organizations/${q(p.organization.id)}/meetings?include=parties`],
    [5, (p) => `/v1/proposals?theme=${p.theme}&proposer=${p.countryCode}`],
    [5, (p) => `/v1/meetings?format=phone_call&from=${p.from.slice(0, 4)}`],
    [5, (p) => `/v1/persons/${q(p.person)}`],
    [3, (p) => `/v1/meetings?theme=${p.rootTheme}&include=themes,sources&from=${p.from.slice(0, 7)}`],
    [2, (p) => `/v1/organizations/${q(p.organization.id)}`],
    ...(facets ? [[5, (p) => `/v1/meetings?party=${p.countryCode}&facets=theme,year`]] : [])
  ]
}

/** `count` parameter sets drawn from a seeded sequence; every target gets the same ones, in order. */
export function makeParameters ({ manifest, parleyPath, count, seed, facets }) {
  const random = seededRandom(seed)
  const db = new Database(parleyPath, { readonly: true, fileMustExist: true })
  const meetingId = db.prepare('SELECT id FROM meetings WHERE seq = ?').pluck()
  const persons = db.prepare('SELECT id FROM persons ORDER BY rowid').pluck().all()
  const meetings = manifest.counts.meetings
  const first = Date.parse(`${manifest.dates.min}T00:00:00Z`)
  const lastStart = Math.round((Date.parse(`${manifest.dates.max}T00:00:00Z`) - first) / DAY) - 365
  const states = manifest.organizations.filter((o) => o.country_code)
  const roots = manifest.themes.filter((t) => t.parent_id === null)
  const pickMix = weightedPicker(random, mixEntries(facets).map(([weight, path]) => [path, weight]))
  const sets = []
  for (let i = 0; i < count; i++) {
    const seq = random.int(1, meetings)
    const start = first + random.int(0, lastStart) * DAY
    const p = {
      seq,
      meeting: meetingId.get(seq),
      organization: random.pick(manifest.organizations),
      countryCode: random.pick(states).country_code,
      from: isoDay(start),
      to: isoDay(start + 364 * DAY),
      word: random.pick(manifest.words).word,
      person: random.pick(persons),
      theme: random.pick(manifest.themes).id,
      rootTheme: random.pick(roots).id
    }
    p.mix = pickMix()(p)
    sets.push(p)
  }
  db.close()
  return sets
}

const titlesAndDays = (rows) => rows.map((r) => `${r.start_date} ${r.title}`)

/** Whether Parley's answer carries the same records as the baseline's; a short reason when not. */
export function compareAnswers (check, baseline, parley) {
  if (check === 'record') {
    return baseline.title === parley.title && baseline.start_date === parley.start_date
      ? { same: true }
      : { same: false, why: `baseline ${baseline.start_date} ${baseline.title} / Parley ${parley.start_date} ${parley.title}` }
  }
  if (check === 'embedded') {
    const counts = (m, k) => (m[k] ?? []).length
    const persons = (list) => list.map((p) => p.person_name ?? p.person?.name).sort().join('|')
    const same = baseline.title === parley.title &&
      ['participants', 'proposals', 'themes'].every((k) => counts(baseline, k) === counts(parley, k)) &&
      persons(baseline.participants) === persons(parley.participants)
    return same ? { same: true } : { same: false, why: 'embedded records differ' }
  }
  if (check === 'list') {
    const rows = parley.data ?? []
    const days = (list) => list.map((r) => r.start_date).join(',')
    if (baseline.length !== rows.length) return { same: false, why: `baseline ${baseline.length} rows, Parley ${rows.length}` }
    if (days(baseline) !== days(rows)) return { same: false, why: 'dates differ' }
    // Meetings on the same day may come in another order (integer vs text ids break the tie),
    // and the last day of a page may hold a different few of that day's meetings.
    const b = new Set(titlesAndDays(baseline))
    const shared = titlesAndDays(rows).filter((t) => b.has(t)).length
    return { same: true, shared_titles: `${shared}/${rows.length}` }
  }
  return { same: true }
}
