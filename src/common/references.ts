// Resolves the related records a write names: an id must exist (else 422 at its pointer); an object is created.
import type { WriteContext } from './write.js'
import { ConflictError, UnprocessableError, type ErrorItem } from './errors.js'
import { idExists } from './ids.js'
import type { EntityType } from '../revisions/repository.js'
import type { OrganizationInput } from '../organizations/schemas.js'
import type { PersonInput } from '../persons/schemas.js'
import type { ThemeInput } from '../themes/schemas.js'
import type { SourceInput } from '../sources/schemas.js'
import { createOrganization } from '../organizations/write.js'
import { createPerson } from '../persons/write.js'
import { createTheme } from '../themes/write.js'
import { createSource } from '../sources/write.js'

const NAMES: Record<EntityType, string> = {
  meeting: 'meeting', proposal: 'proposal', person: 'person', organization: 'organization', theme: 'theme', source: 'source'
}

/**
 * One per write. Unknown ids are collected so that a client hears about all of them at once; `check()`
 * throws them as one 422. The same new object named twice in one request (a person who is a participant
 * and a proposer, say) is created once.
 */
export class References {
  readonly errors: ErrorItem[] = []
  private readonly made = new Map<string, string>()

  constructor (private readonly ctx: WriteContext) {}

  private existing (type: EntityType, id: string, pointer: string): string {
    if (!this.made.has(`${type}#${id}`) && !idExists(this.ctx.db, type, id)) {
      this.errors.push({ in: 'body', pointer, message: `no ${NAMES[type]} has the id "${id}"` })
    }
    return id
  }

  private once<T extends { id?: string }> (type: EntityType, value: T, create: () => string): string {
    const key = `${type}:${JSON.stringify(value)}`
    const known = this.made.get(key)
    if (known) return known
    if (value.id !== undefined && idExists(this.ctx.db, type, value.id)) {
      throw new ConflictError(`A ${NAMES[type]} with the id "${value.id}" already exists; refer to it by its id instead`)
    }
    const id = create()
    this.made.set(key, id)
    this.made.set(`${type}#${id}`, id)
    return id
  }

  organization (ref: string | OrganizationInput, pointer: string): string {
    if (typeof ref === 'string') return this.existing('organization', ref, pointer)
    if (ref.parent_id) this.existing('organization', ref.parent_id, `${pointer}/parent_id`)
    return this.once('organization', ref, () => this.errors.length ? placeholder(ref.name) : createOrganization(this.ctx, ref).id)
  }

  person (ref: string | PersonInput, pointer: string): string {
    if (typeof ref === 'string') return this.existing('person', ref, pointer)
    return this.once('person', ref, () => this.errors.length ? placeholder(ref.name) : createPerson(this.ctx, ref).id)
  }

  theme (ref: string | ThemeInput, pointer: string): string {
    if (typeof ref === 'string') return this.existing('theme', ref, pointer)
    if (ref.parent_id) this.existing('theme', ref.parent_id, `${pointer}/parent_id`)
    return this.once('theme', ref, () => this.errors.length ? placeholder(ref.label) : createTheme(this.ctx, ref).id)
  }

  source (ref: string | SourceInput, pointer: string): string {
    if (typeof ref === 'string') return this.existing('source', ref, pointer)
    return this.once('source', ref, () => this.errors.length ? placeholder(ref.publisher) : createSource(this.ctx, ref).id)
  }

  /** Throws every unknown reference found so far as one 422; the transaction then rolls back. */
  check (): void {
    if (this.errors.length > 0) throw new UnprocessableError(this.errors)
  }
}

/** Once a reference has failed the write will be refused, so later new objects are not written at all. */
const placeholder = (name: string) => `unwritten:${name}`

