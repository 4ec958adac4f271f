// Django's admin URLify turns "Đắk Lắk" into "djk-lk": it maps Đ as in Serbian and drops letters
// with Vietnamese tone marks. Fold them first, as newsroom.text.slugify_vi does on the server, so a
// prepopulated slug is the one the server would have made ("dak-lak").
(function () {
  "use strict";
  const djangoURLify = window.URLify;
  if (typeof djangoURLify !== "function") return;
  window.URLify = function (text, maxLength, allowUnicode) {
    const folded = text
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
    return djangoURLify(folded, maxLength, allowUnicode);
  };
})();
