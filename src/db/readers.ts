// Reader threads for heavy reads (full-text ranking, facets, filtered walks, export pages): each has its own
// read-only connection to the database file, so a statement that walks a large part of the database runs
// beside the event loop instead of on it. Jobs wait in a bounded queue; one that waits too long is refused.
import { Worker } from 'node:worker_threads'
import type { SQL } from 'drizzle-orm'
import { DatabaseBusyError } from '../common/errors.js'

/** Reads the rows of one page's statement: as a heavy read, or (yielding to the event loop first) on it. */
export type PageReader = (statement: SQL, heavy: boolean) => Promise<unknown[][]>

export interface ReaderSettings {
  path: string
  cacheMb: number
  busyTimeoutMs: number
}

export interface ReadStatement {
  sql: string
  params: unknown[]
  /** Rows as objects keyed by column; otherwise arrays of values in the SELECT list's order. */
  rows?: boolean
}

export interface ReadJob {
  statements: ReadStatement[]
  timeoutMs: number
}

export type ReadOutcome =
  | { ok: true, state: string, results: unknown[][] }
  | { ok: false, error: { name: string, message: string, code?: string } }

export interface ReadResult {
  /** The database state the job read, for ETags (this reader's connection). */
  state: string
  results: unknown[][]
}

interface Pending {
  job: ReadJob
  queuedAt: number
  resolve: (result: ReadResult) => void
  reject: (error: Error) => void
}

interface Thread {
  worker: Worker
  busy: Pending | null
}

export interface ReadPoolOptions {
  threads: number
  timeoutMs: number
  /** Jobs that may wait for a thread; beyond, a read is refused with 503. */
  queueLimit: number
  onError?: (error: Error) => void
}

/** A worker file beside this module: the build's .js, or the .ts source under a TypeScript loader (tests, npm run dev). */
const workerUrl = () => new URL(import.meta.url.endsWith('.ts') ? './read-worker.ts' : './read-worker.js', import.meta.url)

/** An error the reader thread reported, as the same kind of error here. */
function rebuild (error: { name: string, message: string, code?: string }): Error {
  const rebuilt = new Error(error.message)
  rebuilt.name = error.name
  if (error.code) Object.assign(rebuilt, { code: error.code })
  return rebuilt
}

export class ReadPool {
  readonly #settings: ReaderSettings
  readonly #options: ReadPoolOptions
  readonly #threads: Thread[] = []
  readonly #queue: Pending[] = []
  #closed = false

  constructor (settings: ReaderSettings, options: ReadPoolOptions) {
    this.#settings = settings
    this.#options = options
    for (let i = 0; i < options.threads; i++) this.#threads.push(this.#start())
  }

  #start (): Thread {
    // A reader's heap holds one job's rows at a time; the bound keeps a runaway job from taking the process's memory.
    const thread: Thread = { worker: new Worker(workerUrl(), { workerData: this.#settings, resourceLimits: { maxOldGenerationSizeMb: 96 } }), busy: null }
    thread.worker.unref()
    thread.worker.on('message', (outcome: ReadOutcome) => {
      const pending = thread.busy
      thread.busy = null
      if (pending) {
        if (outcome.ok) pending.resolve({ state: outcome.state, results: outcome.results })
        else pending.reject(rebuild(outcome.error))
      }
      this.#next()
    })
    thread.worker.on('error', (error) => this.#options.onError?.(error))
    thread.worker.on('exit', () => {
      const pending = thread.busy
      thread.busy = null
      pending?.reject(new Error('A reader thread stopped'))
      const index = this.#threads.indexOf(thread)
      if (index >= 0 && !this.#closed) {
        this.#threads[index] = this.#start()
        this.#next()
      }
    })
    return thread
  }

  /** Runs the statements in one read transaction on a reader thread. */
  run (statements: ReadStatement[]): Promise<ReadResult> {
    if (this.#closed) return Promise.reject(new DatabaseBusyError('The server is shutting down'))
    if (this.#queue.length >= this.#options.queueLimit) {
      return Promise.reject(new DatabaseBusyError(`${this.#queue.length} heavy reads are waiting already`))
    }
    return new Promise((resolve, reject) => {
      this.#queue.push({ job: { statements, timeoutMs: this.#options.timeoutMs }, queuedAt: performance.now(), resolve, reject })
      this.#next()
    })
  }

  #next (): void {
    for (const thread of this.#threads) {
      if (thread.busy) continue
      let pending = this.#queue.shift()
      // A job that waited longer than a read may take is refused rather than started late.
      while (pending && performance.now() - pending.queuedAt > this.#options.timeoutMs) {
        pending.reject(new DatabaseBusyError('Heavy reads are queued beyond the time a read may take'))
        pending = this.#queue.shift()
      }
      if (!pending) return
      thread.busy = pending
      thread.worker.postMessage(pending.job)
    }
  }

  async close (): Promise<void> {
    this.#closed = true
    for (const pending of this.#queue.splice(0)) pending.reject(new DatabaseBusyError('The server is shutting down'))
    await Promise.all(this.#threads.map((thread) => thread.worker.terminate()))
  }
}
