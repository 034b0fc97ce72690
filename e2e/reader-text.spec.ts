/**
 * The statement's words reach the reader unchanged: every paragraph of the
 * seed, verbatim, once, in order; the title's lines; the section heading;
 * the two links with their addresses.
 */
import { escapeRegExp } from '../shared/escape-reg-exp'
import { expect, test } from './fixtures'
import { ReaderPage } from './pages/reader-page'
import { readSeedStatement, seedLocation, STATEMENT_ID, type SeedStatement } from './support/seed'

const seedMissing = seedLocation.skipReason
if (seedMissing !== null) console.log(`[e2e] published-text checks skip: ${seedMissing}`)
let parsedSeed: SeedStatement | undefined
/** The published statement, read on first use (only by tests that run). */
const published = (): SeedStatement => (parsedSeed ??= readSeedStatement())

test.describe('the bundled statement', () => {
  test('opens by default, listed in the library', async ({ reader }) => {
    const app = new ReaderPage(reader)
    await expect(app.article()).toBeVisible()
    await expect(reader).toHaveURL(new RegExp(`#/read/${STATEMENT_ID}$`))
    await expect(app.library().getByRole('link', { name: /Joint Statement/ })).toBeVisible()
  })

  test('shows every paragraph of the published text verbatim, once and in order', async ({ reader }) => {
    test.skip(seedMissing !== null, seedMissing ?? '')
    const seed = published()
    const app = new ReaderPage(reader)
    await expect(app.paragraph(seed.paragraphs.at(-1) ?? '')).toBeVisible()
    const shown = (await app.paragraphs().allInnerTexts()).map((text) => text.trim())

    let previous = -1
    for (const [index, paragraph] of seed.paragraphs.entries()) {
      const positions = shown.flatMap((text, position) => (text === paragraph ? [position] : []))
      expect(positions, `seed paragraph ${index + 1} should appear exactly once: "${paragraph.slice(0, 80)}…"`).toHaveLength(1)
      const [position = -1] = positions
      expect(position, `seed paragraph ${index + 1} should come after paragraph ${index}`).toBeGreaterThan(previous)
      previous = position
    }
  })

  test('shows the three-line title and the section heading', async ({ reader }) => {
    test.skip(seedMissing !== null, seedMissing ?? '')
    const seed = published()
    const app = new ReaderPage(reader)
    const title = app.article().getByRole('heading', { level: 1 })
    await expect(title).toBeVisible()
    const titleLines = (await title.innerText()).split('\n').map((line) => line.trim())
    for (const line of seed.titleLines) expect(titleLines, `the title should have the line "${line}"`).toContain(line)

    expect(seed.headings).toEqual(['About the Freedom Online Coalition'])
    for (const heading of seed.headings) {
      const shown = app.article().getByRole('heading', { level: 2, name: heading, exact: true })
      await expect(shown).toBeVisible()
      expect((await shown.innerText()).trim()).toBe(heading)
    }
  })

  test('links to the coalition and the Digital Defenders Partnership', async ({ reader }) => {
    test.skip(seedMissing !== null, seedMissing ?? '')
    const seed = published()
    const app = new ReaderPage(reader)
    expect(seed.links.map((link) => link.text)).toEqual(['www.freedomonlinecoalition.com', 'www.digitaldefenders.org'])
    for (const { text, href } of seed.links) {
      const link = app.article().getByRole('link', { name: text, exact: true })
      await expect(link).toHaveCount(1)
      await expect(link).toHaveText(text)
      expect((await link.innerText()).trim()).toBe(text)
      await expect(link).toHaveAttribute('href', new RegExp(`^${escapeRegExp(href)}/?$`))
      await expect(link).toHaveAttribute('target', '_blank')
      await expect(link).toHaveAttribute('rel', /(?=.*\bnoopener\b)(?=.*\bnoreferrer\b)/)
    }
  })
})
