// Package corpus holds the articles embedded in factlens: the default
// article and any other the host serves by id.
package corpus

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"factlens/facts"
)

//go:embed articles
var files embed.FS

// entry is one record of articles/index.json; the text is in File.
type entry struct {
	ID        string `json:"id"`
	File      string `json:"file"`
	Lang      string `json:"lang"`
	Published string `json:"published"`
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
}

// Corpus is a set of articles, in the order of its index. The first is the
// default article.
type Corpus struct {
	articles []facts.Article
}

// Embedded returns the articles built into the binary. It fails only if
// the embedded index is broken, which tests catch.
func Embedded() (*Corpus, error) {
	data, err := files.ReadFile("articles/index.json")
	if err != nil {
		return nil, fmt.Errorf("read article index: %w", err)
	}
	var entries []entry
	if err := json.Unmarshal(data, &entries); err != nil {
		return nil, fmt.Errorf("decode article index: %w", err)
	}
	c := &Corpus{}
	seen := map[string]bool{}
	for i, e := range entries {
		switch {
		case !facts.ValidID(e.ID):
			return nil, fmt.Errorf("article %d: invalid id %q", i, e.ID)
		case seen[e.ID]:
			return nil, fmt.Errorf("article %d: duplicate id %q", i, e.ID)
		case e.Lang != "fr" && e.Lang != "en":
			return nil, fmt.Errorf("article %s: unknown language %q", e.ID, e.Lang)
		}
		if _, err := time.Parse(time.DateOnly, e.Published); err != nil {
			return nil, fmt.Errorf("article %s: published: %w", e.ID, err)
		}
		text, err := files.ReadFile("articles/" + e.File)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", e.ID, err)
		}
		seen[e.ID] = true
		c.articles = append(c.articles, facts.Article{
			ID:        e.ID,
			Lang:      e.Lang,
			Published: e.Published,
			Publisher: e.Publisher,
			URL:       e.URL,
			Title:     firstLine(string(text)),
			Text:      string(text),
		})
	}
	if len(c.articles) == 0 {
		return nil, fmt.Errorf("article index is empty")
	}
	return c, nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(line)
}

// Default returns the default article.
func (c *Corpus) Default() facts.Article { return c.articles[0] }

// Lookup returns the article with the given id.
func (c *Corpus) Lookup(id string) (facts.Article, bool) {
	for _, a := range c.articles {
		if a.ID == id {
			return a, true
		}
	}
	return facts.Article{}, false
}

// Articles returns every article, the default first.
func (c *Corpus) Articles() []facts.Article {
	return append([]facts.Article(nil), c.articles...)
}
