/**
 * Loads the bundled search index once in a fresh process, as the app does
 * at start-up, and prints how long reading, parsing and loading took (ms).
 * The search benchmark runs it several times: the first load in a process
 * is the one a user waits for, before the JIT has warmed up.
 */
import { readFile } from 'node:fs/promises'
import { loadBlockIndex } from '../../main/core/search/block-index'

const file = process.argv[2]
if (!file) throw new Error('usage: index-load-probe.ts <search-index.json>')
const started = performance.now()
loadBlockIndex(JSON.parse(await readFile(file, 'utf8')))
console.log(JSON.stringify({ ms: performance.now() - started }))
