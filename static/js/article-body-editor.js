// A photo from the media library inside an article body, for django-prose-editor.
//
// The body stores only a reference and an optional caption for this article:
//   <figure data-image-id="42"><figcaption>…</figcaption></figure>
// The public page resolves the reference (articles/body_images.py), so the library's current
// file, alt text and credit show wherever the photo is used. The "Insert photo" button opens a
// dialog that searches the library through a staff-only JSON endpoint (searchUrl) and uploads a
// new photo through the admin's add form in a popup (uploadUrl), without leaving the article.
import { crel, gettext, Node } from "django-prose-editor/editor"

const interpolate = window.interpolate || ((format, values) => format.replace("%s", values[0]))
const gettext_noop = (text) => text

// django-prose-editor speaks English. Its dialogs already pass their texts through gettext(), so
// they only need our catalog to know them; its toolbar titles are plain strings, translated below
// once the toolbar exists. Listed here so that makemessages collects them all.
const TOOLBAR_TEXTS = new Set([
  gettext_noop("paragraph"),
  gettext_noop("heading 2"),
  gettext_noop("heading 3"),
  gettext_noop("Paragraph"),
  gettext_noop("Heading 2"),
  gettext_noop("Heading 3"),
  gettext_noop("unordered list"),
  gettext_noop("ordered list"),
  gettext_noop("blockquote"),
  gettext_noop("horizontal rule"),
  gettext_noop("bold"),
  gettext_noop("italic"),
  gettext_noop("insert link"),
  gettext_noop("remove link"),
  gettext_noop("Insert table"),
  gettext_noop("Add column"),
  gettext_noop("Delete column"),
  gettext_noop("Add row"),
  gettext_noop("Delete row"),
  gettext_noop("Merge cells"),
  gettext_noop("Split cell"),
  gettext_noop("Toggle header cell"),
  gettext_noop("Delete table"),
  gettext_noop("undo"),
  gettext_noop("redo"),
])
const DIALOG_TEXTS = [
  gettext_noop("URL"),
  gettext_noop("Title"),
  gettext_noop("Edit Link"),
  gettext_noop("List properties"),
  gettext_noop("Start at"),
  gettext_noop("List type"),
  gettext_noop("Decimal numbers"),
  gettext_noop("Lowercase letters"),
  gettext_noop("Uppercase letters"),
  gettext_noop("Lowercase Roman numerals"),
  gettext_noop("Uppercase Roman numerals"),
  gettext_noop("Bullets"),
  gettext_noop("Rows"),
  gettext_noop("Columns"),
  gettext_noop("Include header row"),
  gettext_noop("Table Properties"),
  gettext_noop("Insert Table"),
]

function translateToolbar(container) {
  for (const button of container.querySelectorAll(".prose-menubar [title]")) {
    if (TOOLBAR_TEXTS.has(button.title)) {
      const text = gettext(button.title)
      button.title = text
      button.setAttribute("aria-label", text)
    }
  }
  for (const option of container.querySelectorAll(".prose-menubar__option > *")) {
    if (TOOLBAR_TEXTS.has(option.textContent)) option.textContent = gettext(option.textContent)
  }
}

// ---- Loading photos: every figure of a body in one request -------------------------------------

const PHOTOS_PER_LOOKUP = 100 // articles/editor_views.py
const known = new Map() // id -> Promise of the photo (or null when it is gone)
let batch = null

function fetchPhotos(searchUrl, params) {
  const url = new URL(searchUrl, window.location.href)
  for (const [key, value] of params) url.searchParams.append(key, value)
  return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } }).then(
    (response) => (response.ok ? response.json() : { results: [], has_next: false }),
  )
}

function loadPhoto(searchUrl, id) {
  const key = String(id)
  if (!known.has(key)) {
    if (!batch) {
      batch = new Map()
      queueMicrotask(() => {
        const waiting = batch
        batch = null
        const ids = [...waiting.keys()]
        const requests = []
        for (let start = 0; start < ids.length; start += PHOTOS_PER_LOOKUP) {
          const chunk = ids.slice(start, start + PHOTOS_PER_LOOKUP)
          requests.push(fetchPhotos(searchUrl, chunk.map((each) => ["id", each])))
        }
        Promise.all(requests).then(
          (answers) => {
            const photos = answers.flatMap((answer) => answer.results)
            const found = new Map(photos.map((photo) => [String(photo.id), photo]))
            for (const [each, resolve] of waiting) resolve(found.get(each) || null)
          },
          () => {
            for (const [each, resolve] of waiting) {
              known.delete(each)
              resolve(null)
            }
          },
        )
      })
    }
    known.set(key, new Promise((resolve) => batch.set(key, resolve)))
  }
  return known.get(key)
}

function remember(photo) {
  known.set(String(photo.id), Promise.resolve(photo))
}

function addStylesheet(href) {
  if (!href || document.querySelector(`link[href="${CSS.escape(href)}"]`)) return
  document.head.append(crel("link", { rel: "stylesheet", href }))
}

// ---- The dialog: search, upload, caption -------------------------------------------------------

let dialogCounter = 0

function photoButton(photo) {
  const button = crel(
    "button",
    { type: "button", className: "article-image-picker__photo", title: photo.alt },
    [
      crel("img", { src: photo.url, alt: photo.alt, loading: "lazy" }),
      crel("span", { textContent: photo.caption || photo.alt }),
    ],
  )
  button.dataset.id = photo.id
  button.setAttribute("aria-pressed", "false")
  return button
}

function pickPhoto(editor, options) {
  const number = ++dialogCounter
  return new Promise((resolve) => {
    let chosen = null
    let page = 1
    let timer = null

    const search = crel("input", {
      type: "search",
      id: `article-body-search-${number}`,
      name: "q",
      placeholder: gettext("Search by caption, alt text or credit"),
    })
    const results = crel("div", { className: "article-image-picker__results" })
    const more = crel("button", { type: "button", textContent: gettext("More photos") })
    const status = crel("p", { className: "article-image-picker__status" })
    status.setAttribute("role", "status")
    const caption = crel("textarea", { name: "caption", rows: 2, id: `${search.id}-caption` })
    const captionLabel = crel("label", {
      htmlFor: caption.id,
      textContent: gettext("Caption in this article"),
    })
    captionLabel.append(
      crel("span", {
        className: "prose-editor-help",
        textContent: gettext("Leave empty to use the caption from the library."),
      }),
    )
    const insert = crel("button", { type: "submit", textContent: gettext("Insert") })
    const cancel = crel("button", { type: "button", textContent: gettext("Cancel") })
    const upload = crel("button", { type: "button", textContent: gettext("Upload a new photo…") })
    // The admin's popup answers by filling this field (RelatedObjectLookups.js).
    const uploaded = crel("input", { type: "hidden", id: `article-body-upload-${number}` })
    const jQuery = window.django?.jQuery
    upload.hidden = !(options.uploadUrl && jQuery)

    const dialog = crel("dialog", { className: "prose-editor-dialog article-image-picker" }, [
      crel("form", { method: "dialog" }, [
        crel("h3", {
          className: "prose-editor-dialog-title",
          textContent: gettext("Insert a photo from the library"),
        }),
        crel("div", { className: "prose-editor-dialog-field" }, [
          crel("label", { textContent: gettext("Find a photo"), htmlFor: search.id }),
          search,
        ]),
        status,
        results,
        crel("div", { className: "article-image-picker__tools" }, [more, upload, uploaded]),
        crel("div", { className: "prose-editor-dialog-field" }, [
          captionLabel,
          caption,
        ]),
        crel("div", { className: "prose-editor-dialog-buttons" }, [insert, cancel]),
      ]),
    ])

    const choose = (button) => {
      for (const other of results.querySelectorAll("[aria-pressed]")) {
        other.setAttribute("aria-pressed", String(other === button))
      }
      chosen = button ? button.dataset.id : null
      insert.disabled = !chosen
    }

    const show = (photos, append) => {
      if (!append) results.textContent = ""
      for (const photo of photos) {
        remember(photo)
        results.append(photoButton(photo))
      }
      status.textContent = results.children.length ? "" : gettext("No photos found.")
    }

    const load = (append = false) => {
      page = append ? page + 1 : 1
      const params = [["page", page]]
      if (search.value.trim()) params.push(["q", search.value.trim()])
      fetchPhotos(options.searchUrl, params).then(({ results: photos, has_next }) => {
        show(photos, append)
        more.hidden = !has_next
      })
    }

    results.addEventListener("click", (event) => {
      const button = event.target.closest(".article-image-picker__photo")
      if (button) choose(button)
    })
    results.addEventListener("dblclick", (event) => {
      if (event.target.closest(".article-image-picker__photo")) insert.click()
    })
    search.addEventListener("input", () => {
      clearTimeout(timer)
      timer = setTimeout(() => load(), 250)
    })
    search.addEventListener("keydown", (event) => {
      if (event.key === "Enter") event.preventDefault()
    })
    more.addEventListener("click", () => load(true))
    upload.addEventListener("click", () => {
      const url = new URL(options.uploadUrl, window.location.href)
      url.searchParams.set("_popup", "1")
      // The window name tells the admin which field to fill when the photo is saved.
      window.open(url, `${uploaded.id}__1`, "height=600,width=820,resizable=yes,scrollbars=yes")
    })
    jQuery?.(uploaded).on("change", () => {
      fetchPhotos(options.searchUrl, [["id", uploaded.value]]).then(({ results: photos }) => {
        if (!photos.length) return
        const button = photoButton(photos[0])
        remember(photos[0])
        results.prepend(button)
        status.textContent = ""
        choose(button)
      })
    })

    const finish = (value) => {
      clearTimeout(timer)
      // Resolve before removing: removing an open dialog may fire "close" synchronously.
      resolve(value)
      dialog.remove()
    }
    cancel.addEventListener("click", () => dialog.close())
    dialog.addEventListener("close", () => finish(null))
    insert.addEventListener("click", (event) => {
      event.preventDefault()
      if (chosen) finish({ imageId: chosen, caption: caption.value.trim() })
    })

    choose(null)
    more.hidden = true
    editor.view.dom.parentElement.append(dialog)
    dialog.showModal()
    load()
  })
}

function editCaption(editor, node) {
  return new Promise((resolve) => {
    const caption = crel("textarea", { name: "caption", rows: 3, value: node.attrs.caption })
    const save = crel("button", { type: "submit", textContent: gettext("Update") })
    const cancel = crel("button", { type: "button", textContent: gettext("Cancel") })
    const dialog = crel("dialog", { className: "prose-editor-dialog" }, [
      crel("form", { method: "dialog" }, [
        crel("h3", {
          className: "prose-editor-dialog-title",
          textContent: gettext("Caption in this article"),
        }),
        crel("div", { className: "prose-editor-dialog-field" }, [
          crel("label", {
            textContent: gettext("Leave empty to use the caption from the library."),
          }),
          caption,
        ]),
        crel("div", { className: "prose-editor-dialog-buttons" }, [save, cancel]),
      ]),
    ])
    const finish = (value) => {
      resolve(value)
      dialog.remove()
    }
    cancel.addEventListener("click", () => dialog.close())
    dialog.addEventListener("close", () => finish(null))
    save.addEventListener("click", (event) => {
      event.preventDefault()
      finish(caption.value.trim())
    })
    editor.view.dom.parentElement.append(dialog)
    dialog.showModal()
  })
}

// ---- The node ----------------------------------------------------------------------------------

export const ArticleImage = Node.create({
  name: "articleImage",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { searchUrl: null, uploadUrl: null, cssUrl: null }
  },

  onCreate() {
    addStylesheet(this.options.cssUrl)
    // The menu extension comes before this one, so its toolbar exists by now.
    translateToolbar(this.editor.view.dom.parentElement)
  },

  addAttributes() {
    return {
      imageId: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-image-id"),
        renderHTML: (attributes) => ({ "data-image-id": attributes.imageId }),
      },
      caption: {
        default: "",
        parseHTML: (element) => element.querySelector("figcaption")?.textContent.trim() || "",
        renderHTML: () => ({}),
      },
    }
  },

  parseHTML() {
    return [{ tag: "figure[data-image-id]", priority: 60 }]
  },

  renderHTML({ node, HTMLAttributes }) {
    return node.attrs.caption
      ? ["figure", HTMLAttributes, ["figcaption", node.attrs.caption]]
      : ["figure", HTMLAttributes]
  },

  addNodeView() {
    const { searchUrl } = this.options
    return ({ node, editor, getPos }) => {
      const img = crel("img", { alt: "" })
      const caption = crel("figcaption")
      const dom = crel("figure", { className: "article-image", contentEditable: "false" }, [
        img,
        caption,
      ])
      let current = node

      const render = () => {
        const { imageId, caption: own } = current.attrs
        caption.textContent = own
        caption.classList.toggle("article-image__caption--library", !own)
        loadPhoto(searchUrl, imageId).then((photo) => {
          if (current.attrs.imageId !== imageId) return
          dom.classList.toggle("article-image--missing", !photo)
          if (!photo) {
            img.removeAttribute("src")
            caption.textContent = interpolate(
              gettext("Photo %s is no longer in the library; it will not be shown."),
              [imageId],
            )
            return
          }
          img.src = photo.url
          img.alt = photo.alt
          img.title = interpolate(gettext("Alt text: %s"), [photo.alt])
          if (!own) caption.textContent = photo.caption
          if (photo.credit) {
            caption.append(
              crel("span", {
                className: "article-image__credit",
                textContent: ` ${interpolate(gettext("Photo: %s"), [photo.credit])}`,
              }),
            )
          }
        })
      }

      dom.addEventListener("dblclick", () => {
        const pos = getPos()
        if (typeof pos !== "number" || !editor.isEditable) return
        editor.chain().setNodeSelection(pos).editArticleImageCaption().run()
      })

      render()
      return {
        dom,
        update(updated) {
          if (updated.type !== current.type) return false
          current = updated
          render()
          return true
        },
        ignoreMutation: () => true,
      }
    }
  },

  addCommands() {
    return {
      insertArticleImage:
        () =>
        ({ editor, dispatch }) => {
          if (!dispatch) return true
          pickPhoto(editor, this.options).then((attrs) => {
            if (attrs) editor.chain().focus().insertContent({ type: this.name, attrs }).run()
          })
          return true
        },
      editArticleImageCaption:
        () =>
        ({ editor, state, dispatch }) => {
          const { node } = state.selection
          if (node?.type.name !== this.name) return false
          if (!dispatch) return true
          editCaption(editor, node).then((caption) => {
            if (caption !== null) {
              editor.chain().focus().updateAttributes(this.name, { caption }).run()
            }
          })
          return true
        },
    }
  },

  addMenuItems({ buttons, menu }) {
    menu.defineItem({
      name: "articleImage",
      groups: "nodes",
      command(editor) {
        if (editor.isActive("articleImage")) {
          editor.commands.editArticleImageCaption()
        } else {
          editor.commands.insertArticleImage()
        }
      },
      button: buttons.material("add_photo_alternate", gettext("Insert photo")),
      active: (editor) => editor.isActive("articleImage"),
    })
  },
})
