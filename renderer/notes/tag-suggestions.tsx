/**
 * The tags already in use, offered as suggestions wherever a tag is typed
 * (a note's tag editor, All notes' "add a tag"): one datalist in the page,
 * which every such field names.
 */
import { createContext, useContext, useId, type ReactNode } from 'react'

const SuggestionsContext = createContext<string | undefined>(undefined)

/** Renders the datalist of `tags` and lets the tag fields inside use it. */
export function TagSuggestions({ tags, children }: { tags: readonly string[]; children: ReactNode }) {
  const id = useId()
  return (
    <SuggestionsContext.Provider value={id}>
      <datalist id={id}>
        {tags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      {children}
    </SuggestionsContext.Provider>
  )
}

/** The id of the tag suggestions' datalist, for an input's `list`; undefined outside TagSuggestions. */
export function useTagSuggestionsId(): string | undefined {
  return useContext(SuggestionsContext)
}
