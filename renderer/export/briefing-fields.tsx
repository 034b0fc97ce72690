/**
 * The briefing's fields in the export dialog (PDF and Word): title,
 * occasion, author, date, marking, opening paragraph, structure, dates
 * the statement annex and, when the notes touch a revised document, the
 * changes in its latest revision and their redline annex. Every field has a visible label; radio groups are fieldsets with
 * legends. The values are the user's as typed: the contract bounds and
 * cleans them when they are sent.
 */
import { useId } from 'react'
import {
  MAX_BRIEFING_LINE,
  MAX_BRIEFING_OPENING,
  OFFICIAL_USE_MARKING,
  type BriefingMarking,
  type BriefingOptionsInput,
  type BriefingStructure,
} from '../../shared/briefing-options'
import './briefing-fields.css'

/** Props of the fields. */
export interface BriefingFieldsProps {
  readonly options: BriefingOptionsInput
  /** What the title is when left blank ("Briefing: …"). */
  readonly defaultTitle: string
  /** Whether the exported notes touch an added document with more than one revision (offers the changes section). */
  readonly revisions?: boolean
  onChange(options: BriefingOptionsInput): void
}

const MARKINGS: ReadonlyArray<[BriefingMarking, string]> = [
  ['none', 'None'],
  ['official', OFFICIAL_USE_MARKING],
  ['custom', 'Other:'],
]

const STRUCTURES: ReadonlyArray<[BriefingStructure, string, string]> = [
  ['document', 'By document', 'in reading order'],
  ['category', 'By category', 'Key points first'],
  ['tag', 'By tag', 'each note under its first tag'],
]

/** The briefing's fields. */
export function BriefingFields({ options, defaultTitle, revisions = false, onChange }: BriefingFieldsProps) {
  const id = useId()
  const set = (changes: Partial<BriefingOptionsInput>) => onChange({ ...options, ...changes })
  const text = (name: 'title' | 'occasion' | 'preparedBy', label: string, placeholder = '') => (
    <div className="briefing-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} type="text" value={options[name]} maxLength={MAX_BRIEFING_LINE} placeholder={placeholder} onChange={(event) => set({ [name]: event.target.value })} />
    </div>
  )
  return (
    <fieldset className="briefing-fields">
      <legend>Briefing</legend>
      {text('title', 'Title', defaultTitle)}
      <div className="briefing-row">
        {text('occasion', 'Occasion or meeting')}
        {text('preparedBy', 'Prepared by')}
      </div>
      <div className="briefing-field briefing-date">
        <label htmlFor={`${id}-date`}>Date</label>
        <input id={`${id}-date`} type="date" value={options.date} aria-describedby={`${id}-date-hint`} onChange={(event) => set({ date: event.target.value })} />
        <span id={`${id}-date-hint`} className="choice-hint">
          Blank: the day you export
        </span>
      </div>
      <fieldset className="briefing-choices">
        <legend>Marking</legend>
        {MARKINGS.map(([value, label]) => (
          <label key={value} className="choice">
            <input type="radio" name={`${id}-marking`} checked={options.marking === value} onChange={() => set({ marking: value })} />
            {label}
          </label>
        ))}
        {options.marking === 'custom' ? (
          <input
            type="text"
            className="briefing-custom-marking"
            aria-label="Marking text"
            value={options.customMarking}
            maxLength={MAX_BRIEFING_LINE}
            onChange={(event) => set({ customMarking: event.target.value })}
          />
        ) : null}
      </fieldset>
      <div className="briefing-field">
        <label htmlFor={`${id}-opening`}>Opening paragraph (optional)</label>
        <textarea id={`${id}-opening`} rows={3} value={options.opening} maxLength={MAX_BRIEFING_OPENING} onChange={(event) => set({ opening: event.target.value })} />
      </div>
      <fieldset className="briefing-choices">
        <legend>Structure</legend>
        {STRUCTURES.map(([value, label, hint]) => (
          <label key={value} className="choice">
            <input type="radio" name={`${id}-structure`} checked={options.structure === value} onChange={() => set({ structure: value })} />
            <span>
              {label} <span className="choice-hint">{hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={options.includeDates} onChange={(event) => set({ includeDates: event.target.checked })} />
        Include dates <span className="choice-hint">when each note was made and changed</span>
      </label>
      <label className="choice">
        <input type="checkbox" checked={options.statementAnnex ?? false} onChange={(event) => set({ statementAnnex: event.target.checked })} />
        Annex: the statement <span className="choice-hint">with my highlights and paragraph numbers</span>
      </label>
      {revisions ? (
        <>
          <label className="choice">
            <input type="checkbox" checked={options.revisionChanges ?? false} onChange={(event) => set({ revisionChanges: event.target.checked })} />
            Changes in the latest revision that touch my notes <span className="choice-hint">old and new wording</span>
          </label>
          <label className="choice">
            <input type="checkbox" checked={options.redlineAnnex ?? false} disabled={!(options.revisionChanges ?? false)} onChange={(event) => set({ redlineAnnex: event.target.checked })} />
            Redline annex <span className="choice-hint">every changed paragraph of the latest revision</span>
          </label>
        </>
      ) : null}
    </fieldset>
  )
}
