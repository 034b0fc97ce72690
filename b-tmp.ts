import { readFileSync } from 'node:fs'
import { parseUserFile } from './main/core/documents/parse-file'
for (const f of process.argv.slice(2)) {
  const t = performance.now()
  try {
    const p = await parseUserFile({ fileName: f.split('/').pop()!, bytes: new Uint8Array(readFileSync(f)) })
    console.log('==', f, Math.round(performance.now() - t), 'ms; title:', p.title, 'blocks', p.blocks.length)
    for (const b of p.blocks.slice(Number(process.env.FROM ?? 0), Number(process.env.TO ?? 25))) console.log(`[${b.type}${b.type === 'heading' ? b.level : ''}] ${b.text.slice(0, 160)}`)
  } catch (e) { console.log(f, String(e)) }
}
