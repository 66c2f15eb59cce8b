#!/usr/bin/env node
// Another process holding the database's write lock: `node chaos/hold-lock.mjs FILE SECONDS` takes it with
// BEGIN IMMEDIATE, prints "locked", holds it for SECONDS, rolls back and prints "released".
import Database from 'better-sqlite3'

const [path, seconds = '9'] = process.argv.slice(2)
const db = new Database(path, { fileMustExist: true, timeout: 10_000 })
db.exec('BEGIN IMMEDIATE')
console.log('locked')
setTimeout(() => {
  db.exec('ROLLBACK')
  db.close()
  console.log('released')
}, Number(seconds) * 1000)
