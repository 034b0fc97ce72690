/**
 * An error boundary around one view (the reader, the Notes panel, the
 * timeline, All notes, a dialog): if the view fails while drawing, the rest
 * of the app keeps working and the view's place shows a calm message with
 * "Reload view", which draws the view afresh. Nothing the user typed is held
 * only inside a view: unsaved note text is kept by the notes controller
 * above every view, so the reloaded view shows it again.
 */
import { Component, Fragment, type ErrorInfo, type ReactElement, type ReactNode } from 'react'

/** Props of a view boundary. */
export interface ViewBoundaryProps {
  /** What the view is, for the message: "The reader", "The Notes panel". */
  readonly name: string
  /** Wraps the message in the view's own frame (its landmark and classes), so the layout holds. */
  readonly frame: (message: ReactElement) => ReactNode
  readonly children: ReactNode
}

interface ViewBoundaryState {
  readonly failed: boolean
  /** Which drawing of the view this is; a new one remounts it from scratch. */
  readonly drawing: number
}

/** Catches what the view throws while drawing. */
export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { failed: false, drawing: 0 }

  static getDerivedStateFromError(): Partial<ViewBoundaryState> {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever debugs it; the user sees the calm message.
    console.error(`${this.props.name} stopped working:`, error, info.componentStack)
  }

  private readonly reload = () => this.setState((state) => ({ failed: false, drawing: state.drawing + 1 }))

  override render(): ReactNode {
    if (!this.state.failed) return <Fragment key={this.state.drawing}>{this.props.children}</Fragment>
    return this.props.frame(
      <div className="notice view-failed" role="alert">
        <p>
          {this.props.name} ran into a problem and stopped. Your notes are safe, and text you were writing is kept.
        </p>
        <button type="button" className="button button-small" onClick={this.reload}>
          Reload view
        </button>
      </div>,
    )
  }
}
