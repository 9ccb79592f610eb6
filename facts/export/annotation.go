package export

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
	"unicode/utf8"

	"factlens/facts"
)

// contextLen is the length, in code points, of the prefix and suffix of a
// TextQuoteSelector.
const contextLen = 32

// AnnotationOptions say who annotates, when, and where the annotations
// are published. The zero value is usable.
type AnnotationOptions struct {
	// BaseURL is the address, without a fragment, of the collection of
	// annotations; the annotation of a claim is BaseURL#<claim id> and
	// the collection's one page BaseURL#page1. Empty means the article
	// text's URN (see [Annotations]).
	BaseURL string
	// Creator is the name of the organisation that signs the annotations;
	// empty means [DefaultReviewer].
	Creator string
	// Created is when the annotations were made, written in UTC as an
	// RFC 3339 date-time; the zero time leaves it out.
	Created time.Time
}

// Annotations returns the W3C Web Annotation JSON-LD of the claims of r,
// found in a: an AnnotationCollection, labelled with a's title, whose one
// embedded page holds an Annotation per claim, in the order of r, with
// motivation "assessing". Each annotation's body is the verdict and its
// explanation as text in the article's language, and the verdict's
// contract name as a tag; its target is the article, a.URL or, for a text
// without one, "urn:sha256:" and the hex SHA-256 of a.Text, selected twice:
// by quote (the claim's text with up to 32 code points of prefix and
// suffix) and by position (start and end in code points of a.Text, as the
// Web Annotation model counts, not bytes).
//
// Annotations fails on a text that is not valid UTF-8, on a claim without
// an id, with an id used twice, with an invalid kind or verdict, or whose
// offsets do not slice its text out of a.Text on rune boundaries.
func Annotations(a facts.Article, r facts.Report, opt AnnotationOptions) ([]byte, error) {
	if err := checkClaims(r); err != nil {
		return nil, err
	}
	if !utf8.ValidString(a.Text) {
		return nil, fmt.Errorf("export: article text is not valid UTF-8 at byte %d", invalidUTF8(a.Text))
	}
	for _, c := range r.Claims {
		if err := checkSpan(a.Text, c); err != nil {
			return nil, err
		}
	}
	lang := articleLang(a, r)
	lex := lexiconFor(lang)
	urn := textURN(a.Text)
	source := a.URL
	if source == "" {
		source = urn
	}
	base := opt.BaseURL
	if base == "" {
		base = urn
	}
	creator := opt.Creator
	if creator == "" {
		creator = DefaultReviewer
	}
	var created string
	if !opt.Created.IsZero() {
		created = opt.Created.UTC().Format(time.RFC3339)
	}
	runes := newRuneTable(a.Text)
	items := make([]annotation, 0, len(r.Claims))
	for _, c := range r.Claims {
		assessment := lex.verdict(c.Verdict)
		if c.Explanation != "" {
			assessment += ". " + c.Explanation
		}
		items = append(items, annotation{
			ID:         base + "#" + c.ID,
			Type:       "Annotation",
			Motivation: "assessing",
			Creator:    &agent{Type: "Organization", Name: creator},
			Created:    created,
			Body: []textualBody{
				{Type: "TextualBody", Purpose: "assessing", Value: assessment, Language: lang, Format: "text/plain"},
				{Type: "TextualBody", Purpose: "tagging", Value: c.Verdict.String(), Format: "text/plain"},
			},
			Target: target{
				Source: source,
				Selector: []any{
					textQuoteSelector{
						Type:   "TextQuoteSelector",
						Exact:  c.Text,
						Prefix: before(a.Text, c.Start, contextLen),
						Suffix: after(a.Text, c.End, contextLen),
					},
					textPositionSelector{
						Type:  "TextPositionSelector",
						Start: runes.codePoint(c.Start),
						End:   runes.codePoint(c.End),
					},
				},
			},
		})
	}
	return marshal("annotations", annotationCollection{
		Context: "http://www.w3.org/ns/anno.jsonld",
		ID:      base,
		Type:    "AnnotationCollection",
		Label:   a.Title,
		Total:   len(items),
		First: annotationPage{
			ID:    base + "#page1",
			Type:  "AnnotationPage",
			Items: items,
		},
	})
}

// annotationCollection is a Web Annotation AnnotationCollection whose
// annotations all fit in its first page.
type annotationCollection struct {
	Context string         `json:"@context"`
	ID      string         `json:"id"`
	Type    string         `json:"type"`
	Label   string         `json:"label,omitempty"`
	Total   int            `json:"total"`
	First   annotationPage `json:"first"`
}

// annotationPage is a Web Annotation AnnotationPage.
type annotationPage struct {
	ID         string       `json:"id"`
	Type       string       `json:"type"`
	StartIndex int          `json:"startIndex"`
	Items      []annotation `json:"items"`
}

// annotation is a Web Annotation Annotation.
type annotation struct {
	ID         string        `json:"id"`
	Type       string        `json:"type"`
	Motivation string        `json:"motivation"`
	Creator    *agent        `json:"creator,omitempty"`
	Created    string        `json:"created,omitempty"`
	Body       []textualBody `json:"body"`
	Target     target        `json:"target"`
}

// agent is the creator of an annotation.
type agent struct {
	Type string `json:"type"`
	Name string `json:"name"`
}

// textualBody is a Web Annotation TextualBody.
type textualBody struct {
	Type     string `json:"type"`
	Purpose  string `json:"purpose"`
	Value    string `json:"value"`
	Language string `json:"language,omitempty"`
	Format   string `json:"format"`
}

// target is a Web Annotation SpecificResource: a part of source, picked by
// each of the selectors.
type target struct {
	Source   string `json:"source"`
	Selector []any  `json:"selector"`
}

// textQuoteSelector is a Web Annotation TextQuoteSelector.
type textQuoteSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
}

// textPositionSelector is a Web Annotation TextPositionSelector; Start
// and End count code points.
type textPositionSelector struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// checkSpan reports whether c's offsets lie on rune boundaries of text,
// in order, and slice c.Text out of it.
func checkSpan(text string, c facts.Claim) error {
	ok := 0 <= c.Start && c.Start < c.End && c.End <= len(text) &&
		utf8.RuneStart(text[c.Start]) && (c.End == len(text) || utf8.RuneStart(text[c.End])) &&
		text[c.Start:c.End] == c.Text
	if !ok {
		return fmt.Errorf("export: claim %s: offsets %d..%d do not slice its text %q out of the article (%d bytes)",
			c.ID, c.Start, c.End, c.Text, len(text))
	}
	return nil
}

// invalidUTF8 returns the byte offset of the first invalid UTF-8 sequence
// of s, or len(s) when there is none.
func invalidUTF8(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return len(s)
}

// textURN names a text without an address by its SHA-256.
func textURN(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "urn:sha256:" + hex.EncodeToString(sum[:])
}

// before returns the at most n code points of text that end at byte off.
func before(text string, off, n int) string {
	i := off
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(text[:i])
		i -= size
	}
	return text[i:off]
}

// after returns the at most n code points of text that start at byte off.
func after(text string, off, n int) string {
	i := off
	for k := 0; k < n && i < len(text); k++ {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return text[off:i]
}
