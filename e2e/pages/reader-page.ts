/**
 * The reader as a user sees it: found by role and visible label only, never
 * by CSS class or test id, so the specs hold the UI to its accessible contract.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/** The statement's title as the reader names its article. */
export const STATEMENT_TITLE = /Joint Statement on the International Telecommunications Union's \(ITU\)/

export class ReaderPage {
  constructor(readonly page: Page) {}

  /** The search box in the top bar (Ctrl+K focuses it), not the Notes panel's. */
  searchBox(): Locator {
    return this.page.getByRole('combobox', { name: 'Search', exact: true })
  }

  /** The region that holds the results, their count and any error. */
  resultsRegion(): Locator {
    return this.page.getByRole('dialog', { name: 'Search results' })
  }

  /** The result links. */
  results(): Locator {
    return this.resultsRegion().getByRole('link')
  }

  /** The result link whose accessible name (its snippet) matches `name`. */
  result(name: string | RegExp): Locator {
    return this.resultsRegion().getByRole('link', { name })
  }

  /** The status line saying how many results there are ("3 results"). */
  resultCount(): Locator {
    return this.resultsRegion().getByText(/\b\d+ results?\b/).first()
  }

  /** The status line saying nothing matched ("No results for …"). */
  noResults(): Locator {
    return this.resultsRegion().getByText(/No results for/).first()
  }

  /** An error message shown for a query that cannot be run. */
  searchAlert(): Locator {
    return this.resultsRegion().getByRole('alert')
  }

  /** Types `text` into the search box, replacing what was there. */
  async search(text: string): Promise<void> {
    await this.searchBox().fill(text)
  }

  /** Clicks the result whose snippet matches `name` (the first, if several do). */
  async openResult(name: string | RegExp): Promise<void> {
    await this.result(name).first().click()
  }

  /** Focuses the search box with Ctrl+K. */
  async focusSearchWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+k')
    await expect(this.searchBox()).toBeFocused()
  }

  /**
   * Moves the keyboard focus from the search box to `target` with Tab, as a
   * keyboard user would; fails if it does not get there within a few presses.
   */
  async tabTo(target: Locator, maxPresses = 10): Promise<void> {
    for (let presses = 0; presses < maxPresses; presses++) {
      await this.page.keyboard.press('Tab')
      if (await target.evaluate((element) => element.matches(':focus'))) return
    }
    throw new Error(`Tab did not reach the element within ${maxPresses} presses.`)
  }

  /** The library navigation. */
  library(): Locator {
    return this.page.getByRole('navigation', { name: 'Library' })
  }

  /** The open document (the statement unless another title is given). */
  article(title: string | RegExp = STATEMENT_TITLE): Locator {
    return this.page.getByRole('article', { name: title })
  }

  /** The paragraphs of the open document. */
  paragraphs(): Locator {
    return this.article().getByRole('paragraph')
  }

  /** The paragraph of the open document that contains `text`. */
  paragraph(text: string | RegExp): Locator {
    return this.paragraphs().filter({ hasText: text })
  }

  /** The block marked as the current reading location (`aria-current="location"`). */
  currentBlock(): Locator {
    return this.article().locator('[aria-current="location"]')
  }

  /** The `#/…` route of the page. */
  route(): string {
    return new URL(this.page.url()).hash
  }
}
