package app

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts/export"
	"factlens/facts/lang"
)

// exportFormat is a format in which the /check page downloads a result.
// The zero value is no format.
type exportFormat int

// The export formats, in the order the page offers them.
const (
	// exportJSON is the CLI contract's JSON report ([export.JSON]).
	exportJSON exportFormat = iota + 1
	// exportClaimReview is schema.org ClaimReview JSON-LD
	// ([export.ClaimReview]).
	exportClaimReview
	// exportAnnotations is a W3C Web Annotation collection
	// ([export.Annotations]).
	exportAnnotations
	// exportMarkdown is the report for people ([export.Markdown]).
	exportMarkdown
)

// exportFormats lists the formats in the order of the page's buttons.
var exportFormats = []exportFormat{exportJSON, exportClaimReview, exportAnnotations, exportMarkdown}

// exportNames names the formats (String, and the buttons' data-format).
var exportNames = map[exportFormat]string{
	exportJSON:        "json",
	exportClaimReview: "claimreview",
	exportAnnotations: "annotations",
	exportMarkdown:    "markdown",
}

// String returns the format's name ("json"), or "exportFormat(N)" for no
// or an unknown format.
func (f exportFormat) String() string {
	if s, ok := exportNames[f]; ok {
		return s
	}
	return fmt.Sprintf("exportFormat(%d)", int(f))
}

// exportLabel is the label of the button that downloads format f.
func (m *messages) exportLabel(f exportFormat) string {
	switch f {
	case exportJSON:
		return m.exportJSON
	case exportClaimReview:
		return m.exportClaimReview
	case exportAnnotations:
		return m.exportAnnotations
	case exportMarkdown:
		return m.exportMarkdown
	}
	return f.String()
}

// download is a file the browser saves.
type download struct {
	name string // file name, e.g. factlens-sommet-de-l-aes-claims.json
	mime string // media type of the Blob
	data []byte
}

// makeDownload returns the file of page p in format f; now is the date of
// the review (ClaimReview) and of the annotations.
func makeDownload(f exportFormat, p Page, now time.Time) (download, error) {
	base := "factlens-" + slug(p.Article.Title)
	var (
		d   download
		err error
	)
	switch f {
	case exportJSON:
		d.name, d.mime = base+"-claims.json", "application/json"
		d.data, err = export.JSON(p.Report)
	case exportClaimReview:
		d.name, d.mime = base+".claimreview.jsonld", "application/ld+json"
		d.data, err = export.ClaimReview(p.Article, p.Report, export.ClaimReviewOptions{Date: now})
	case exportAnnotations:
		d.name, d.mime = base+".annotations.jsonld", `application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`
		d.data, err = export.Annotations(p.Article, p.Report, export.AnnotationOptions{Created: now})
	case exportMarkdown:
		d.name, d.mime = base+".md", "text/markdown; charset=utf-8"
		var b bytes.Buffer
		err = export.Markdown(&b, p.Article, p.Report)
		d.data = b.Bytes()
	default:
		return download{}, fmt.Errorf("export %v: unknown format", f)
	}
	if err != nil {
		return download{}, fmt.Errorf("export %v: %w", f, err)
	}
	return d, nil
}

// slugLen is the longest slug, in bytes.
const slugLen = 48

// slug makes a file-name part of a title: lower-case ASCII letters and
// digits, accents dropped from Latin letters, runs of anything else as one
// hyphen, at most slugLen bytes; "text" when nothing is left.
func slug(title string) string {
	var b strings.Builder
	hyphen := false
	for _, c := range lang.Fold(title) {
		if c > unicode.MaxASCII || !(unicode.IsLetter(c) || unicode.IsDigit(c)) {
			hyphen = true
			continue
		}
		if hyphen && b.Len() > 0 {
			b.WriteByte('-')
		}
		hyphen = false
		b.WriteRune(c)
		if b.Len() >= slugLen {
			break
		}
	}
	s := strings.TrimRight(b.String()[:min(b.Len(), slugLen)], "-")
	if s == "" {
		return "text"
	}
	return s
}

// saveFile has the browser save d: a Blob of its bytes behind an object
// URL, clicked through a temporary <a download>, and revoked a minute
// later (a download in progress keeps reading it). It does nothing off
// the browser.
func saveFile(ctx app.Context, d download) {
	if !app.IsClient {
		return
	}
	w := app.Window()
	buf := w.Get("Uint8Array").New(len(d.data))
	app.CopyBytesToJS(buf, d.data)
	blob := w.Get("Blob").New([]any{buf}, map[string]any{"type": d.mime})
	url := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", d.name)
	a.Set("hidden", true)
	w.Get("document").Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	ctx.Async(func() {
		time.Sleep(time.Minute)
		w.Get("URL").Call("revokeObjectURL", url)
	})
}
