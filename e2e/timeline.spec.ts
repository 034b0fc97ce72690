/**
 * The annotated statement and the timeline: every cited text explained and
 * linked both ways, reachable with the keyboard, and a publisher's layer the
 * reader can switch off.
 */
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'

const ENTRY_ORDER = [
  /^Hague Declaration, 9 December 2011/,
  /^HRC 20\/8, 5 July 2012/,
  /^Nairobi Terms of Reference, 6 September 2012/,
  /^UNGA 68\/167, 18 December 2013/,
  /^Tallinn Agenda, 28 April 2014/,
  /^HRC 26\/13, 26 June 2014/,
  /^UNGA 69\/166, 18 December 2014/,
  /^HRC 28\/16, 26 March 2015/,
  /^HRC 32\/13, 1 July 2016/,
  /^San José Statement, October 2016/,
  /^UNGA 71\/199, 19 December 2016/,
  /, 2018,/,
  /^PP-18, 29 October – 16 November 2018/,
]

test.describe('timeline and references', () => {
  test('lists every cited text in date order with its date', async ({ reader }) => {
    await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click()
    const entries = reader.getByRole('list', { name: 'Timeline entries, in date order' }).getByRole('link')
    await expect(entries).toHaveCount(ENTRY_ORDER.length)
    const names = await entries.evaluateAll((links) => links.map((link) => (link.textContent ?? '').replace(/\s+/g, ' ').trim()))
    ENTRY_ORDER.forEach((pattern, index) => expect(names[index]).toMatch(pattern))
  })

  test('the library names each text’s kind and its date at the date’s own precision', async ({ reader }) => {
    const library = reader.getByRole('navigation', { name: 'Library' })
    await expect(library.getByRole('link', { name: /^San José Statement/ })).toContainText('Declaration · October 2016')
    await expect(library.getByRole('link', { name: /^Joint Statement on the International/ })).toContainText('Joint statement · 2018')
    await expect(library.getByRole('link', { name: /^HRC resolution 20\/8/ })).toContainText('Resolution · 5 July 2012')
  })

  test('a resolution number in the statement opens its entry, and "cited in" leads back', async ({ reader }) => {
    const page = new ReaderPage(reader)
    await page.article().getByRole('link', { name: '26/13', exact: true }).click()
    await expect(reader).toHaveURL(/#\/timeline\/hrc-26-13$/)
    const detail = reader.getByRole('region', { name: 'The promotion, protection and enjoyment of human rights on the Internet' })
    await expect(detail).toContainText('A/HRC/RES/26/13')
    await expect(detail).toContainText('26 June 2014')
    await detail.getByRole('link', { name: /“26\/13” in Joint Statement/ }).click()
    await expect(page.currentBlock()).toContainText('resolutions 20/8, 26/13, 28/16 and 32/13')
    await expect(page.currentBlock()).toBeInViewport()
  })

  test('arrow keys move between entries and Enter opens one', async ({ reader }) => {
    await reader.goto(reader.url().replace(/#.*$/, '#/timeline'))
    const list = reader.getByRole('list', { name: 'Timeline entries, in date order' })
    await list.getByRole('link', { name: /^Hague Declaration/ }).focus()
    await reader.keyboard.press('ArrowRight')
    await expect(list.getByRole('link', { name: /^HRC 20\/8/ })).toBeFocused()
    await reader.keyboard.press('End')
    await expect(list.getByRole('link', { name: /^PP-18/ })).toBeFocused()
    await reader.keyboard.press('ArrowLeft')
    await reader.keyboard.press('Enter')
    await expect(reader).toHaveURL(/#\/timeline\/foc-pp18-statement|#\/timeline\/[a-z0-9-]*statement/)
    await expect(reader.getByRole('region', { name: /Joint Statement/ })).toContainText('Unconfirmed')
  })

  test('filters by body and topic', async ({ reader }) => {
    await reader.goto(reader.url().replace(/#.*$/, '#/timeline'))
    const list = reader.getByRole('list', { name: 'Timeline entries, in date order' })
    await reader.getByRole('checkbox', { name: 'UN General Assembly' }).check()
    await expect(list.getByRole('link')).toHaveCount(3)
    await reader.getByRole('checkbox', { name: 'UN General Assembly' }).uncheck()
    await reader.getByRole('checkbox', { name: 'Privacy' }).check()
    await expect(list.getByRole('link', { name: /^HRC 28\/16/ })).toBeVisible()
    await expect(list.getByRole('link', { name: /^Hague Declaration/ })).toHaveCount(0)
  })

  test('the publisher layer can be switched off and on', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const citation = page.article().getByRole('link', { name: '26/13', exact: true })
    await expect(citation).toBeVisible()
    await reader.getByRole('button', { name: 'Reading settings' }).click()
    await reader.getByRole('checkbox', { name: 'Show references and glossary terms' }).uncheck()
    await expect(citation).toHaveCount(0)
    await expect(page.paragraph(/resolutions 20\/8, 26\/13/)).toBeVisible()
    await reader.getByRole('checkbox', { name: 'Show references and glossary terms' }).check()
    await expect(citation).toBeVisible()
  })

  test('a glossary term shows its definition on hover and on keyboard focus', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const term = page.paragraph(/recognise the importance/).getByText('Freedom Online Coalition', { exact: true })
    await term.hover()
    await expect(reader.getByRole('tooltip')).toContainText(/government|civil society/i)
    await reader.mouse.move(5, 5)
    await expect(reader.getByRole('tooltip')).toHaveCount(0)
    // Terms join the tab order once the reader uses the keyboard (they must not block mouse selection).
    await page.paragraph(/recognise the importance/).focus()
    await reader.keyboard.press('Tab')
    await expect(term).toBeFocused()
    await expect(reader.getByRole('tooltip')).toBeVisible()
    await expect(term).toHaveAccessibleDescription(/.+/)
  })
  test('the publisher layer is quiet: no terms in the title, citations and terms told apart, no card over a selection', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const title = page.article().getByRole('heading', { level: 1 })
    await expect(title).toBeVisible()
    // The title reads as a title: no glossary term is marked in it.
    await expect(title.locator('[aria-describedby="glossary-peek"]')).toHaveCount(0)

    // A citation is a link in the text's colour, not underlined until pointed at; a term is not a link and is underlined.
    const citation = page.article().getByRole('link', { name: '26/13', exact: true })
    const term = page.paragraph(/recognise the importance/).getByText('Freedom Online Coalition', { exact: true })
    await expect(citation).toHaveCSS('text-decoration-line', 'none')
    await expect(term).toHaveCSS('text-decoration-line', 'underline')
    await expect(page.paragraph(/recognise the importance/).getByRole('link', { name: 'Freedom Online Coalition' })).toHaveCount(0)

    // Dragging a selection across a term shows no card, even when the pointer rests on it.
    const box = await term.boundingBox()
    if (!box) throw new Error('the term has no box')
    await reader.mouse.move(box.x - 40, box.y + box.height / 2)
    await reader.mouse.down()
    await reader.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 })
    await reader.waitForTimeout(700) // longer than a pointer's rest: the card must still not come
    await expect(reader.getByRole('tooltip')).toHaveCount(0)
    await reader.mouse.up()
  })
  test('an entry shows its date beside its label on hover, and a legend explains the marks', async ({ reader }) => {
    await reader.goto(reader.url().replace(/#.*$/, '#/timeline'))
    const entry = reader.getByRole('list', { name: 'Timeline entries, in date order' }).getByRole('link', { name: /^HRC 20\/8/ })
    await entry.hover()
    await expect(entry.getByText('5 July 2012')).toBeVisible()
    const legend = reader.getByRole('list', { name: 'Legend' })
    await expect(legend.getByRole('listitem').filter({ hasText: 'Cited in the statement' })).toContainText('❝')
    await expect(legend.getByRole('listitem').filter({ hasText: 'your notes' })).toBeVisible()
  })

  test('"n notes of yours" opens All notes with the notes on that text only', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.addNote(page.paragraph(/recognise the importance/), 'accountability', 'Ask about accountability')
    await reader.goto(reader.url().replace(/#.*$/, '#/read/hrc-26-13'))
    const reference = page.article(/^HRC resolution 26\/13/)
    await notes.addNote(reference.getByRole('paragraph').filter({ hasText: 'global, open and interoperable' }), 'global, open and interoperable', 'A note on 26/13')

    await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click()
    await reader.getByRole('list', { name: 'Timeline entries, in date order' }).getByRole('link', { name: /^FOC statement on PP-18\b/ }).click()
    await reader.getByRole('region', { name: /Joint Statement/ }).getByRole('link', { name: '1 note of yours' }).click()
    await expect(reader).toHaveURL(/#\/notes\/[a-z0-9-]+$/)
    await expect(reader.getByRole('heading', { level: 1, name: 'All notes' })).toBeVisible()
    await expect(reader.getByText(/^1 note on Joint Statement/)).toBeVisible()
    await expect(reader.getByText('Ask about accountability')).toBeVisible()
    await expect(reader.getByText('A note on 26/13')).toHaveCount(0)

    await reader.getByRole('link', { name: 'Show all notes' }).click()
    await expect(reader).toHaveURL(/#\/notes$/)
    await expect(reader.getByRole('heading', { level: 1, name: 'All notes' })).toBeVisible()
    await expect(reader.getByText('A note on 26/13')).toBeVisible()
    await expect(reader.getByText('Ask about accountability')).toBeVisible()
  })
})
