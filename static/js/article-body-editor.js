// Photos and photo galleries from the media library inside an article body, for
// django-prose-editor. ArticleImage is a photo; ArticleGallery (at the end) a whole gallery.
//
// The body stores only a reference and an optional caption for this article:
//   <figure data-image-id="42"><figcaption>…</figcaption></figure>
// The public page resolves the reference (articles/body_images.py), so the library's current
// file, alt text and credit show wherever the photo is used. The "Insert photo" button opens a
// dialog that searches the library through a staff-only JSON endpoint (searchUrl) and uploads a
// new photo through the admin's add form in a popup (uploadUrl), without leaving the article.
import { crel, gettext, Node } from "django-prose-editor/editor"

const interpolate = window.interpolate || ((format, values) => format.replace("%s", values[0]))
const ngettext = window.ngettext || ((singular, plural, count) => (count === 1 ? singular : plural))
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

// ---- Loading photos and galleries: every figure of a body in one request per kind ------------

const IDS_PER_LOOKUP = 100 // articles/editor_views.py
const known = new Map() // "searchUrl id" -> Promise of the item (or null when it is gone)
const batches = new Map() // searchUrl -> Map of id -> resolve, collected during one task

function fetchItems(searchUrl, params) {
  const url = new URL(searchUrl, window.location.href)
  for (const [key, value] of params) url.searchParams.append(key, value)
  return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } }).then(
    (response) => (response.ok ? response.json() : { results: [], has_next: false }),
  )
}

function lookup(searchUrl, id) {
  const key = `${searchUrl} ${id}`
  if (!known.has(key)) {
    let batch = batches.get(searchUrl)
    if (!batch) {
      batch = new Map()
      batches.set(searchUrl, batch)
      queueMicrotask(() => {
        batches.delete(searchUrl)
        const ids = [...batch.keys()]
        const requests = []
        for (let start = 0; start < ids.length; start += IDS_PER_LOOKUP) {
          const chunk = ids.slice(start, start + IDS_PER_LOOKUP)
          requests.push(fetchItems(searchUrl, chunk.map((each) => ["id", each])))
        }
        Promise.all(requests).then(
          (answers) => {
            const items = answers.flatMap((answer) => answer.results)
            const found = new Map(items.map((item) => [String(item.id), item]))
            for (const [each, resolve] of batch) resolve(found.get(each) || null)
          },
          () => {
            for (const [each, resolve] of batch) {
              known.delete(`${searchUrl} ${each}`)
              resolve(null)
            }
          },
        )
      })
    }
    known.set(key, new Promise((resolve) => batch.set(String(id), resolve)))
  }
  return known.get(key)
}

function remember(searchUrl, item) {
  known.set(`${searchUrl} ${item.id}`, Promise.resolve(item))
}

function addStylesheet(href) {
  if (!href || document.querySelector(`link[href="${CSS.escape(href)}"]`)) return
  document.head.append(crel("link", { rel: "stylesheet", href }))
}

// ---- The dialog: search the library, choose one ----------------------------------------------

let dialogCounter = 0

function pickerButton(id, title, picture, label) {
  const button = crel(
    "button",
    { type: "button", className: "article-image-picker__photo", title },
    [picture, crel("span", { textContent: label })],
  )
  button.dataset.id = id
  button.setAttribute("aria-pressed", "false")
  return button
}

function photoButton(photo) {
  const picture = crel("img", { src: photo.url, alt: photo.alt, loading: "lazy" })
  return pickerButton(photo.id, photo.alt, picture, photo.caption || photo.alt)
}

function photoCount(gallery) {
  return interpolate(ngettext("%s photo", "%s photos", gallery.photo_count), [gallery.photo_count])
}

function galleryButton(gallery) {
  const picture = gallery.thumbnail
    ? crel("img", { src: gallery.thumbnail, alt: "", loading: "lazy" })
    : crel("span", { className: "article-image-picker__empty" })
  const label = `${gallery.title} (${photoCount(gallery)})`
  return pickerButton(gallery.id, gallery.title, picture, label)
}

/**
 * A dialog that searches one library endpoint, page by page, and resolves with the chosen id
 * (or null). `texts` holds its words, `button(item)` draws one result; `fields` and `tools` are
 * extra elements, and `onOpen({ add, choose, reload })` lets them put an item of their own first
 * or search again; `params()` adds their own search parameters.
 */
function pickFromLibrary(
  editor,
  { searchUrl, texts, button, fields = [], tools = [], onOpen, params: extraParams = () => [] },
) {
  const number = ++dialogCounter
  return new Promise((resolve) => {
    let chosen = null
    let page = 1
    let timer = null

    const search = crel("input", {
      type: "search",
      id: `article-body-search-${number}`,
      name: "q",
      placeholder: texts.placeholder,
    })
    const results = crel("div", { className: "article-image-picker__results" })
    const more = crel("button", { type: "button", textContent: texts.more })
    const status = crel("p", { className: "article-image-picker__status" })
    status.setAttribute("role", "status")
    const insert = crel("button", { type: "submit", textContent: gettext("Insert") })
    const cancel = crel("button", { type: "button", textContent: gettext("Cancel") })

    const dialog = crel("dialog", { className: "prose-editor-dialog article-image-picker" }, [
      crel("form", { method: "dialog" }, [
        crel("h3", { className: "prose-editor-dialog-title", textContent: texts.title }),
        crel("div", { className: "prose-editor-dialog-field" }, [
          crel("label", { textContent: texts.find, htmlFor: search.id }),
          search,
        ]),
        status,
        results,
        crel("div", { className: "article-image-picker__tools" }, [more, ...tools]),
        ...fields,
        crel("div", { className: "prose-editor-dialog-buttons" }, [insert, cancel]),
      ]),
    ])

    const choose = (chosenButton) => {
      for (const other of results.querySelectorAll("[aria-pressed]")) {
        other.setAttribute("aria-pressed", String(other === chosenButton))
      }
      chosen = chosenButton ? chosenButton.dataset.id : null
      insert.disabled = !chosen
    }

    const add = (item, first = false) => {
      remember(searchUrl, item)
      const itemButton = button(item)
      if (first) results.prepend(itemButton)
      else results.append(itemButton)
      status.textContent = ""
      return itemButton
    }

    const load = (append = false) => {
      page = append ? page + 1 : 1
      const params = [["page", page]]
      if (search.value.trim()) params.push(["q", search.value.trim()])
      params.push(...extraParams())
      fetchItems(searchUrl, params).then(({ results: items, has_next }) => {
        if (!append) results.textContent = ""
        for (const item of items) add(item)
        status.textContent = results.children.length ? "" : texts.empty
        more.hidden = !has_next
      })
    }

    results.addEventListener("click", (event) => {
      const clicked = event.target.closest(".article-image-picker__photo")
      if (clicked) choose(clicked)
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
      if (chosen) finish(chosen)
    })

    onOpen?.({ add, choose, reload: () => load() })
    choose(null)
    more.hidden = true
    editor.view.dom.parentElement.append(dialog)
    dialog.showModal()
    load()
  })
}

function pickPhoto(editor, options) {
  const number = ++dialogCounter
  const caption = crel("textarea", {
    name: "caption",
    rows: 2,
    id: `article-body-caption-${number}`,
  })
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
  const upload = crel("button", { type: "button", textContent: gettext("Upload a new photo…") })
  // The admin's popup answers by filling this field (RelatedObjectLookups.js).
  const uploaded = crel("input", { type: "hidden", id: `article-body-upload-${number}` })
  const jQuery = window.django?.jQuery
  upload.hidden = !(options.uploadUrl && jQuery)
  // A print edition's front page arrives every day: the search leaves them out unless asked.
  const withCovers = crel("input", { type: "checkbox", id: `article-body-covers-${number}` })
  const withCoversLabel = crel("label", { className: "article-image-picker__covers" }, [
    withCovers,
    document.createTextNode(` ${gettext("Include print-edition front pages")}`),
  ])

  const onOpen = ({ add, choose, reload }) => {
    withCovers.addEventListener("change", reload)
    upload.addEventListener("click", () => {
      const url = new URL(options.uploadUrl, window.location.href)
      url.searchParams.set("_popup", "1")
      // The window name tells the admin which field to fill when the photo is saved.
      window.open(url, `${uploaded.id}__1`, "height=600,width=820,resizable=yes,scrollbars=yes")
    })
    jQuery?.(uploaded).on("change", () => {
      fetchItems(options.searchUrl, [["id", uploaded.value]]).then(({ results: photos }) => {
        if (photos.length) choose(add(photos[0], true))
      })
    })
  }

  return pickFromLibrary(editor, {
    searchUrl: options.searchUrl,
    texts: {
      title: gettext("Insert a photo from the library"),
      find: gettext("Find a photo"),
      placeholder: gettext("Search by caption, alt text or credit"),
      more: gettext("More photos"),
      empty: gettext("No photos found."),
    },
    button: photoButton,
    fields: [crel("div", { className: "prose-editor-dialog-field" }, [captionLabel, caption])],
    tools: [withCoversLabel, upload, uploaded],
    onOpen,
    params: () => (withCovers.checked ? [["print", "1"]] : []),
  }).then((imageId) => imageId && { imageId, caption: caption.value.trim() })
}

function pickGallery(editor, options) {
  return pickFromLibrary(editor, {
    searchUrl: options.searchUrl,
    texts: {
      title: gettext("Insert a photo gallery"),
      find: gettext("Find a published gallery"),
      placeholder: gettext("Search by title"),
      more: gettext("More galleries"),
      empty: gettext("No published galleries found."),
    },
    button: galleryButton,
  }).then((galleryId) => galleryId && { galleryId })
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

// ---- The nodes ---------------------------------------------------------------------------------

/** Insert a photo or gallery; one that is selected stays, the new one goes after it. */
function insertBlock(editor, content) {
  const { selection } = editor.state
  const chain = editor.chain().focus()
  if (selection.node) chain.insertContentAt(selection.to, content)
  else chain.insertContent(content)
  chain.run()
  // A photo or gallery at the very end would leave the writer nowhere to type after it.
  const { doc } = editor.state
  if (doc.lastChild?.type.name === content.type) {
    editor.chain().insertContentAt(doc.content.size, { type: "paragraph" }).focus("end").run()
  }
}

/** A node view that redraws itself with render(node, isCurrent) whenever its node changes. */
function libraryNodeView(dom, node, render) {
  let current = node
  const draw = () => {
    const drawn = current
    render(drawn, () => drawn === current)
  }
  draw()
  return {
    dom,
    update(updated) {
      if (updated.type !== current.type) return false
      current = updated
      draw()
      return true
    },
    ignoreMutation: () => true,
  }
}

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

      const render = (current, isCurrent) => {
        const { imageId, caption: own } = current.attrs
        caption.textContent = own
        caption.classList.toggle("article-image__caption--library", !own)
        lookup(searchUrl, imageId).then((photo) => {
          if (!isCurrent()) return
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

      return libraryNodeView(dom, node, render)
    }
  },

  addCommands() {
    return {
      insertArticleImage:
        () =>
        ({ editor, dispatch }) => {
          if (!dispatch) return true
          pickPhoto(editor, this.options).then((attrs) => {
            if (attrs) insertBlock(editor, { type: this.name, attrs })
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

// A photo gallery (multimedia.Gallery) inside an article body, stored as a reference only:
//   <figure data-gallery-id="12"></figure>
// The public page draws the gallery (multimedia/templatetags/multimedia.py: embed_galleries), and
// only while it is published. The editor shows its title and first photo from searchUrl.
export const ArticleGallery = Node.create({
  name: "articleGallery",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { searchUrl: null, cssUrl: null }
  },

  onCreate() {
    addStylesheet(this.options.cssUrl)
  },

  addAttributes() {
    return {
      galleryId: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-gallery-id"),
        renderHTML: (attributes) => ({ "data-gallery-id": attributes.galleryId }),
      },
    }
  },

  parseHTML() {
    return [{ tag: "figure[data-gallery-id]", priority: 60 }]
  },

  renderHTML({ HTMLAttributes }) {
    return ["figure", HTMLAttributes]
  },

  addNodeView() {
    const { searchUrl } = this.options
    return ({ node }) => {
      const img = crel("img", { alt: "" })
      const title = crel("strong")
      const note = crel("span", { className: "article-gallery__note" })
      const dom = crel(
        "figure",
        { className: "article-image article-gallery", contentEditable: "false" },
        [img, crel("figcaption", {}, [title, note])],
      )

      const render = (current, isCurrent) => {
        const { galleryId } = current.attrs
        img.hidden = true
        title.textContent = interpolate(gettext("Photo gallery %s"), [galleryId])
        note.textContent = ""
        lookup(searchUrl, galleryId).then((gallery) => {
          if (!isCurrent()) return
          dom.classList.toggle("article-image--missing", !gallery?.is_published)
          if (!gallery) {
            note.textContent = gettext("This gallery no longer exists; it will not be shown.")
            return
          }
          img.hidden = !gallery.thumbnail
          if (gallery.thumbnail) img.src = gallery.thumbnail
          title.textContent = interpolate(gettext("Photo gallery: %s"), [gallery.title])
          note.textContent = gallery.is_published
            ? photoCount(gallery)
            : gettext("Not published: readers will not see it until the gallery is published.")
        })
      }
      return libraryNodeView(dom, node, render)
    }
  },

  addCommands() {
    return {
      insertArticleGallery:
        () =>
        ({ editor, dispatch }) => {
          if (!dispatch) return true
          pickGallery(editor, this.options).then((attrs) => {
            if (attrs) insertBlock(editor, { type: this.name, attrs })
          })
          return true
        },
    }
  },

  addMenuItems({ buttons, menu }) {
    menu.defineItem({
      name: "articleGallery",
      groups: "nodes",
      command(editor) {
        editor.commands.insertArticleGallery()
      },
      button: buttons.material("photo_library", gettext("Insert gallery")),
      active: (editor) => editor.isActive("articleGallery"),
    })
  },
})
