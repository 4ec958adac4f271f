"use strict"
// The article change page keeps what is typed: a warning before leaving with unsaved changes,
// autosave of drafts after a pause (and at least every few tens of seconds while typing), and a
// heartbeat that tells the server this page is open and shows who else has the article open.
// Timings and addresses come from #desk-save (templates/admin/articles/article/includes).
;(() => {
  const root = document.getElementById("desk-save")
  const form = document.getElementById("article_form")
  if (!root || !form) return
  const seconds = (name) => Number(root.dataset[name]) * 1000
  const csrfToken = () => form.querySelector("[name=csrfmiddlewaretoken]").value
  const status = root.querySelector(".desk-autosave-status")
  const editing = root.querySelector(".desk-notice--editing")

  const formData = () => {
    const data = new FormData(form)
    data.delete("csrfmiddlewaretoken")
    return data
  }
  const serialize = () => new URLSearchParams(formData()).toString()
  const post = (url, body) =>
    fetch(url, {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" },
    })

  // Widgets (select2, the body editor) settle once the page has loaded: compare with that.
  let loaded = null
  let submitting = false
  window.addEventListener("load", () => {
    loaded = serialize()
  })
  form.addEventListener("submit", () => {
    submitting = true
  })
  window.addEventListener("beforeunload", (event) => {
    if (submitting || loaded === null || serialize() === loaded) return
    event.preventDefault()
    event.returnValue = root.dataset.leaveWarning
  })

  const autosaveUrl = root.dataset.autosaveUrl
  if (autosaveUrl) {
    let timer = null
    let firstChangeAt = null
    let lastSent = null
    const autosave = async () => {
      timer = firstChangeAt = null
      const current = serialize()
      if (current === lastSent || current === loaded) return
      const response = await post(autosaveUrl, formData())
      const result = await response.json().catch(() => ({}))
      if (response.ok) lastSent = current
      status.textContent = result.message || result.error || ""
    }
    const changed = () => {
      firstChangeAt ??= Date.now()
      clearTimeout(timer)
      const untilMax = seconds("max") - (Date.now() - firstChangeAt)
      timer = setTimeout(autosave, Math.max(0, Math.min(seconds("pause"), untilMax)))
    }
    form.addEventListener("input", changed)
    form.addEventListener("change", changed)
  }

  const heartbeat = async () => {
    const response = await post(root.dataset.heartbeatUrl)
    if (!response.ok) return
    const { others } = await response.json()
    editing.replaceChildren(
      ...others.map((text) => {
        const item = document.createElement("li")
        item.textContent = text
        return item
      }),
    )
    editing.hidden = others.length === 0
  }
  setInterval(heartbeat, seconds("heartbeat"))
})()
