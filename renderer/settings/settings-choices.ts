/** The reading settings' choices as the menu lists them: each group's legend and its options' labels. */
import type { ReadingSettings } from '../../shared/reading-state'

/** The settings chosen from a list (the rest are on/off). */
export type ChoiceSetting = 'theme' | 'textSize' | 'lineSpacing' | 'columnWidth' | 'typeface'

/** One radio group of the menu. */
export interface ChoiceGroup<K extends ChoiceSetting = ChoiceSetting> {
  readonly setting: K
  readonly legend: string
  readonly options: ReadonlyArray<readonly [ReadingSettings[K], string]>
}

const group = <K extends ChoiceSetting>(setting: K, legend: string, options: ReadonlyArray<readonly [ReadingSettings[K], string]>): ChoiceGroup<K> => ({
  setting,
  legend,
  options,
})

/** The radio groups, in menu order. */
export const CHOICE_GROUPS: readonly ChoiceGroup[] = [
  group('theme', 'Theme', [
    ['system', 'Match system'],
    ['light', 'Light'],
    ['sepia', 'Sepia'],
    ['dark', 'Dark'],
  ]),
  group('textSize', 'Text size', [
    ['small', 'Small'],
    ['medium', 'Medium'],
    ['large', 'Large'],
    ['x-large', 'Extra large'],
  ]),
  group('lineSpacing', 'Line spacing', [
    ['compact', 'Compact'],
    ['normal', 'Normal'],
    ['relaxed', 'Relaxed'],
  ]),
  group('columnWidth', 'Column width', [
    ['narrow', 'Narrow'],
    ['medium', 'Medium'],
    ['wide', 'Wide'],
  ]),
  group('typeface', 'Typeface', [
    ['serif', 'Serif'],
    ['sans', 'Sans-serif'],
  ]),
]

/** The on/off settings: each one checkbox under its legend. */
export const TOGGLES: ReadonlyArray<{ readonly setting: 'showParagraphNumbers' | 'publisherLayer'; readonly legend: string; readonly label: string }> = [
  { setting: 'showParagraphNumbers', legend: 'Paragraph numbers', label: 'Show paragraph numbers' },
  { setting: 'publisherLayer', legend: "Publisher's notes", label: 'Show references and glossary terms' },
]
