//go:build !wasm

package app

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHTMLWriter_Escapes(t *testing.T) {
	for _, tt := range []struct {
		name string
		do   func(w *htmlWriter)
		want string
	}{
		{"text", func(w *htmlWriter) { w.text(`<script>alert("x")</script> & 'y'`) },
			`&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;y&#39;`},
		{"attribute", func(w *htmlWriter) { w.open("a", attr{"href", `#" onmouseover="x`}, attr{"class", "a<b"}) },
			`<a href="#&#34; onmouseover=&#34;x" class="a&lt;b">`},
		{"element", func(w *htmlWriter) { w.elem("q", "l’« AES »", attr{"lang", "fr"}) },
			`<q lang="fr">l’« AES »</q>`},
		{"bare", func(w *htmlWriter) { w.open("li"); w.close("li") }, `<li></li>`},
		{"empty attribute left out", func(w *htmlWriter) { w.elem("span", "x", attr{"lang", ""}, attr{"class", "c"}) },
			`<span class="c">x</span>`},
	} {
		var w htmlWriter
		tt.do(&w)
		if diff := cmp.Diff(tt.want, w.String()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}
