package export

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"factlens/facts"
)

// Markdown writes a report of r for people, in the article's language:
// the article's title, publisher, date and address, then the claims
// numbered in the order of r, each with its verdict, kind, quoted text and
// what it asserts, its explanation, and the facts it was checked against
// with their sources (publisher, date, link). Text from the article and the
// facts is escaped so that it reads as written; links are made only to
// http and https addresses.
//
// Markdown fails on a claim without an id, with an id used twice or with
// an invalid kind or verdict, on a claim citing a fact missing from
// r.Evidence, and on a write error.
func Markdown(w io.Writer, a facts.Article, r facts.Report) error {
	if err := checkClaims(r); err != nil {
		return err
	}
	for _, c := range r.Claims {
		for _, id := range c.Facts {
			if _, ok := r.Evidence[id]; !ok {
				return fmt.Errorf("export: claim %s cites fact %q missing from the report's evidence", c.ID, id)
			}
		}
	}
	lang := articleLang(a, r)
	lex := lexiconFor(lang)
	bw := bufio.NewWriter(w)

	title := a.Title
	if title == "" {
		title = lex.untitled
	}
	fmt.Fprintf(bw, "# %s\n\n", escapeMarkdown(title))
	var about []string
	if a.Publisher != "" {
		about = append(about, escapeMarkdown(a.Publisher))
	}
	if a.Published != "" {
		about = append(about, escapeMarkdown(a.Published))
	}
	if isWebURL(a.URL) {
		about = append(about, "<"+encodeURL(a.URL)+">")
	}
	if len(about) > 0 {
		fmt.Fprintf(bw, "%s\n\n", strings.Join(about, " · "))
	}

	fmt.Fprintf(bw, "## %s (%d)\n\n", lex.claims, len(r.Claims))
	if len(r.Claims) == 0 {
		fmt.Fprintf(bw, "%s\n", lex.noClaims)
	}
	for i, c := range r.Claims {
		if i > 0 {
			bw.WriteString("\n")
		}
		marker := strconv.Itoa(i+1) + ". "
		indent := strings.Repeat(" ", len(marker))
		fmt.Fprintf(bw, "%s**%s** · %s · %s%s%s", marker, lex.verdict(c.Verdict), lex.kind(c.Kind),
			lex.quote[0], escapeMarkdown(c.Text), lex.quote[1])
		if s := summary(c, lex); s != "" {
			fmt.Fprintf(bw, " · %s", escapeMarkdown(s))
		}
		bw.WriteString("\n")
		if c.Explanation != "" {
			fmt.Fprintf(bw, "\n%s%s\n", indent, escapeMarkdown(c.Explanation))
		}
		if len(c.Facts) > 0 {
			fmt.Fprintf(bw, "\n%s%s\n\n", indent, lex.sources)
		}
		for _, id := range c.Facts {
			f := r.Evidence[id]
			fmt.Fprintf(bw, "%s- %s\n", indent, escapeMarkdown(statement(f, lang)))
			for _, s := range f.Sources {
				fmt.Fprintf(bw, "%s  - %s\n", indent, sourceLine(s))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: write markdown: %w", err)
	}
	return nil
}

// statement returns what f says in lang, else in English, else in
// French, else in the first language it has, else its id.
func statement(f facts.Fact, lang string) string {
	for _, l := range []string{lang, "en", "fr"} {
		if s := f.Statement[l]; s != "" {
			return s
		}
	}
	langs := make([]string, 0, len(f.Statement))
	for l := range f.Statement {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, l := range langs {
		if s := f.Statement[l]; s != "" {
			return s
		}
	}
	return f.ID
}

// sourceLine returns a source as Markdown: "publisher, date: title",
// the title (else the address) linked to the source's address.
func sourceLine(s facts.Source) string {
	head := escapeMarkdown(strings.Join(nonEmpty(s.Publisher, s.Date), ", "))
	name := s.Title
	if name == "" {
		name = s.URL
	}
	var link string
	switch {
	case isWebURL(s.URL):
		link = "[" + escapeMarkdown(name) + "](<" + encodeURL(s.URL) + ">)"
	case name != "":
		link = escapeMarkdown(name)
	}
	return strings.Join(nonEmpty(head, link), ": ")
}

// markdownEscaper backslash-escapes the characters that start Markdown
// emphasis, code, links, HTML, tables, strikethrough and entities.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `~`, `\~`, `&`, `\&`,
)

// escapeMarkdown returns s on one line, escaped to read as written
// anywhere in a Markdown line, including its start: a leading "#", "+",
// "-", "=" or list number ("1." or "1)") is escaped too.
func escapeMarkdown(s string) string {
	s = markdownEscaper.Replace(oneLine(s))
	if s == "" {
		return s
	}
	if strings.ContainsRune("#+-=", rune(s[0])) {
		return `\` + s
	}
	digits := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	if digits > 0 && (s[digits] == '.' || s[digits] == ')') {
		return s[:digits] + `\` + s[digits:]
	}
	return s
}

// isWebURL reports whether u is an http or https address, the only ones
// Markdown links to.
func isWebURL(u string) bool {
	l := strings.ToLower(u)
	return strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")
}

// urlEncoder percent-encodes the characters a Markdown link destination in
// angle brackets cannot hold.
var urlEncoder = strings.NewReplacer(" ", "%20", "<", "%3C", ">", "%3E", `\`, "%5C", "\n", "%0A", "\r", "%0D", "\t", "%09")

// encodeURL returns u fit for a Markdown link destination or autolink.
func encodeURL(u string) string { return urlEncoder.Replace(u) }
