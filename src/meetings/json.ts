// Meetings as JSON built by SQLite: one statement answers a meeting with everything embedded, and a page of
// meetings, without a query per kind of record or an object per row in JavaScript. The documents have the
// shapes of the Meeting schema; test/meetings.test.ts checks them against the schema and the write path.
import { sql, type SQL } from 'drizzle-orm'
import { INCLUDES, type Include } from './schemas.js'

/**
 * Organizations, persons and themes as `alias`, read through their summary indexes (migration 0007), which hold
 * every column a summary shows. Left to itself SQLite picks the primary key's index, unique on id, and reads
 * each row from the table as well: two B-tree searches instead of one for every person, organization and
 * theme a document embeds.
 */
export const summaryOf = {
  organizations: (alias: string) => `organizations ${alias} INDEXED BY organizations_summary_idx`,
  persons: (alias: string) => `persons ${alias} INDEXED BY persons_summary_idx`,
  themes: (alias: string) => `themes ${alias} INDEXED BY themes_summary_idx`
}

/** JSON of an organization summary from the columns of `alias` (NULL when the organization is absent). */
const organization = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_object('id', ${alias}.id, 'name', ${alias}.name, ` +
  `'abbreviation', ${alias}.abbreviation, 'kind', ${alias}.kind, 'country_code', ${alias}.country_code) END`

/** JSON of a person summary from the columns of `alias`. */
const person = (alias: string) => `json_object('id', ${alias}.id, 'name', ${alias}.name)`

/** JSON of a theme summary from the columns of `t`; theme lists are ordered by label. */
const theme = "json_object('id', t.id, 'label', t.label, 'parent_id', t.parent_id) ORDER BY t.label, t.id"

/**
 * A JSON array from a correlated subquery. json_group_array gives `[]` for no rows, and the SQLite that
 * better-sqlite3 bundles keeps a JSON value's subtype through a subquery, so it is embedded as JSON, not text.
 */
const array = (select: string) => `(${select})`

const proposalThemes = array(`
  SELECT json_group_array(${theme}) FROM proposal_themes pt JOIN ${summaryOf.themes('t')} ON t.id = pt.theme_id WHERE pt.proposal_id = p.id`)

/**
 * A proposal (`p`) with its proposer (`po`) and person (`pp`) joined, and its meeting as `meeting` (`pm` when
 * the meeting is joined for it; the meeting being built, `m`, when the proposal is embedded in one).
 */
export const proposalJsonOf = (meeting: string) => `json_object(
  'id', p.id,
  'meeting', json_object('id', ${meeting}.id, 'title', ${meeting}.title, 'start_date', ${meeting}.start_date),
  'summary', p.summary, 'kind', p.kind, 'status', p.status,
  'proposer', ${organization('po')},
  'person', CASE WHEN pp.id IS NULL THEN NULL ELSE ${person('pp')} END,
  'quote', p.quote, 'source_id', p.source_id,
  'themes', ${proposalThemes},
  'version', p.version, 'created_at', p.created_at, 'updated_at', p.updated_at)`

export const proposalJson = proposalJsonOf('pm')

const embedded: Record<Include, string> = {
  parties: array(`
    SELECT json_group_array(json_object('organization', ${organization('o')}, 'role', mp.role) ORDER BY mp.position, o.id)
    FROM meeting_parties mp JOIN ${summaryOf.organizations('o')} ON o.id = mp.organization_id WHERE mp.meeting_id = m.id`),
  participants: array(`
    SELECT json_group_array(json_object('id', CAST(pa.id AS TEXT), 'person', ${person('pe')},
      'represents', ${organization('o')}, 'title', pa.title, 'role', pa.role) ORDER BY pa.position, pa.id)
    FROM participants pa JOIN ${summaryOf.persons('pe')} ON pe.id = pa.person_id LEFT JOIN ${summaryOf.organizations('o')} ON o.id = pa.organization_id
    WHERE pa.meeting_id = m.id`),
  proposals: array(`
    SELECT json_group_array(${proposalJsonOf('m')} ORDER BY p.position, p.seq)
    FROM proposals p LEFT JOIN ${summaryOf.organizations('po')} ON po.id = p.organization_id LEFT JOIN ${summaryOf.persons('pp')} ON pp.id = p.person_id
    WHERE p.meeting_id = m.id`),
  statements: array(`
    SELECT json_group_array(json_object('id', CAST(s.id AS TEXT), 'by', ${organization('o')}, 'kind', s.kind, 'text', s.text)
      ORDER BY s.position, s.id)
    FROM statements s LEFT JOIN ${summaryOf.organizations('o')} ON o.id = s.organization_id WHERE s.meeting_id = m.id`),
  themes: array(`
    SELECT json_group_array(${theme}) FROM meeting_themes mt JOIN ${summaryOf.themes('t')} ON t.id = mt.theme_id WHERE mt.meeting_id = m.id`),
  sources: array(`
    SELECT json_group_array(json_object('id', s.id, 'publisher', s.publisher, 'via', json(s.via), 'url', s.url, 'title', s.title,
      'published_on', s.published_on, 'dateline', s.dateline, 'language', s.language, 'repository', s.repository,
      'file', s.file, 'record_id', s.record_id, 'version', s.version) ORDER BY s.published_on, s.id)
    FROM meeting_sources ms JOIN sources s ON s.id = ms.source_id WHERE ms.meeting_id = m.id`)
}

const fields = `'id', m.id, 'title', m.title, 'summary', m.summary, 'start_date', m.start_date, 'end_date', m.end_date,
  'date_note', m.date_note, 'format', m.format, 'status', m.status,
  'kind', CASE WHEN m.party_count = 2 THEN 'bilateral' WHEN m.party_count > 2 THEN 'multilateral' END,
  'location', CASE WHEN m.location_name IS NULL THEN NULL
    ELSE json_object('name', m.location_name, 'country_code', m.location_country_code) END,
  'version', m.version, 'created_at', m.created_at, 'updated_at', m.updated_at`

const fieldsSql = sql.raw(fields)
const cache = new Map<string, SQL>()

function includes (include: readonly Include[]): SQL {
  const names = INCLUDES.filter((name) => include.includes(name))
  const key = names.join(',')
  let fragment = cache.get(key)
  if (!fragment) {
    fragment = sql.raw(names.map((name) => `, '${name}', ${embedded[name]}`).join(''))
    cache.set(key, fragment)
  }
  return fragment
}

/**
 * The JSON document of meeting `m` with the related records named in `include` embedded, and for a search
 * its best passage, which the query that found the page made (`x.snippet`), with the rank when sorted by
 * relevance (`x.rank`). Sorted by date no rank is computed: BM25 would count the documents of every term
 * again, which costs more than the whole page.
 */
export function meetingJson (include: readonly Include[], search?: 'ranked' | 'snippet'): SQL {
  const found = search === undefined
    ? sql``
    : search === 'snippet'
      ? sql`, 'match', json_object('snippet', x.snippet)`
      : sql`, 'match', json_object('snippet', x.snippet, 'rank', x.rank)`
  return sql`json_object(${fieldsSql}${found}${includes(include)})`
}
