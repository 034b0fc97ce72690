/* global document, location, requestAnimationFrame */
// Runs before the first paint, right after #root (a classic script). When a
// host has put a first paint into the page (main/hosting/prepaint.ts), it
// also moved the app's module script into <meta name="foc-entry">, so that
// the browser paints the text before the app's script runs; this starts it.
//
// An address that asks for another view or document than the one painted (a
// reload on the timeline, a link to a paragraph elsewhere) must not flash
// that document: the first paint is dropped and the app starts at once.
;(function () {
  var entry = document.querySelector('meta[name="foc-entry"]')
  var prepaint = document.getElementById('prepaint')
  if (prepaint) {
    var parts = location.hash.replace(/^#\/?/, '').split('/')
    var otherView = parts[0] === 'notes' || parts[0] === 'timeline'
    var otherDocument = parts[0] === 'read' && parts[1] && parts[1] !== prepaint.getAttribute('data-document-id')
    if (otherView || otherDocument) prepaint.remove()
  }
  if (!entry) return
  var started = false
  function start() {
    if (started) return
    started = true
    var script = document.createElement('script')
    script.type = 'module'
    script.crossOrigin = ''
    script.src = entry.getAttribute('content')
    document.head.appendChild(script)
  }
  if (!document.getElementById('prepaint')) return start()
  // After the frame that shows the text; the timer covers a window that is not painting (hidden).
  requestAnimationFrame(function () {
    setTimeout(start, 0)
  })
  setTimeout(start, 250)
})()
