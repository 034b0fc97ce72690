/**
 * Loads the bundled search index once in a fresh process, as the app does
 * at start-up (read, checksum, parse, load), and prints how long it took
 * (ms), then how long the first inner-wildcard expansion ("*e*") took
 * (it examines every index term; nothing is built for it at load). The search benchmark runs it
 * several times: the first load in a process is the one a user waits for,
 * before the JIT has warmed up.
 */
import { readFile } from 'node:fs/promises'
import { loadBlockIndex } from '../../main/core/search/block-index'
import { sha256 } from '../../main/core/search/checksum'
import { expandTerm } from '../../main/core/search/term-expansion'

const file = process.argv[2]
if (!file) throw new Error('usage: index-load-probe.ts <search-index.json>')
const started = performance.now()
const text = await readFile(file, 'utf8')
// The app compares this with the checksum library.json records.
const checksum = sha256(text)
const index = loadBlockIndex(JSON.parse(text), { verified: checksum.length === 64 })
const loaded = performance.now()
expandTerm(index, { term: '*e*', usePipeline: false, editDistance: 0 })
console.log(JSON.stringify({ ms: loaded - started, firstPatternMs: performance.now() - loaded }))
