/** A problem the user should know about, announced at once. */

/** The message in an error notice. */
export function ErrorNotice({ message }: { message: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{message}</p>
    </div>
  )
}
