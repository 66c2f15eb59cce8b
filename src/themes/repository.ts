// Reads themes as a tree, with the number of meetings under each theme and its descendants.
import { sql } from 'drizzle-orm'
import type { Queryable } from '../db/open.js'
import { all } from '../db/query.js'
import type { ThemeDetail, ThemeNode, ThemeSummary } from './schemas.js'

interface ThemeRow extends ThemeSummary {
  description: string | null
  meeting_count: number
  version: number
}

/** Every theme with the count of distinct meetings on it or on any theme below it, in one query. */
function themeRows (db: Queryable): ThemeRow[] {
  return all<ThemeRow>(db, sql`
    WITH RECURSIVE below(ancestor, id) AS (
      SELECT id, id FROM themes
      UNION SELECT below.ancestor, themes.id FROM themes JOIN below ON themes.parent_id = below.id
    )
    SELECT t.id, t.label, t.parent_id, t.description, t.version,
      (SELECT count(DISTINCT mt.meeting_id) FROM below JOIN meeting_themes mt ON mt.theme_id = below.id WHERE below.ancestor = t.id) AS meeting_count
    FROM themes t ORDER BY t.label, t.id`)
}

function buildTree (rows: ThemeRow[]): Map<string, ThemeNode & { version: number }> {
  const nodes = new Map<string, ThemeNode & { version: number }>(rows.map((r) => [r.id, { ...r, children: [] }]))
  for (const node of nodes.values()) {
    if (node.parent_id !== null) nodes.get(node.parent_id)?.children.push(node)
  }
  return nodes
}

export function themeTree (db: Queryable): ThemeNode[] {
  return [...buildTree(themeRows(db)).values()].filter((n) => n.parent_id === null)
}

export function findTheme (db: Queryable, id: string): ThemeDetail | undefined {
  const nodes = buildTree(themeRows(db))
  const node = nodes.get(id)
  if (!node) return undefined
  const ancestors: ThemeSummary[] = []
  for (let up = node.parent_id; up !== null;) {
    const parent = nodes.get(up)
    if (!parent || ancestors.some((a) => a.id === up)) break
    ancestors.unshift({ id: parent.id, label: parent.label, parent_id: parent.parent_id })
    up = parent.parent_id
  }
  return { ...node, ancestors }
}
