//go:build !wasm

package server

import (
	"encoding/json"
	"fmt"
	"hash"
	"strings"
	"time"

	widget "factlens/app"
	"factlens/facts"
	"factlens/facts/check"
	"factlens/facts/export"
)

// notFoundPath is a path the reader's article route matches but no
// article can have (see facts.ValidID): the host renders it for every path
// under /a/ that names no article, so that they all get the reader's
// not-found page.
const notFoundPath = widget.ArticlePathPrefix + "-"

// articlePath returns the path of the article's page.
func articlePath(id string) string { return widget.ArticlePathPrefix + id }

// classroomPath returns the path of the article's classroom.
func classroomPath(id string) string { return widget.ClassroomPathPrefix + id }

// isArticlePath reports whether path names an article (/a/{id},
// /embed/{id}, /classroom/{id}), known or not.
func isArticlePath(path string) bool {
	return strings.HasPrefix(path, widget.ArticlePathPrefix) || widget.IsEmbedPath(path) ||
		strings.HasPrefix(path, widget.ClassroomPathPrefix)
}

// pages is the host's [widget.Pages]: every article of the corpus with its
// report, computed once by [newPages]. It is read-only afterwards, so
// requests share it without locking.
type pages struct {
	list   []*page // in corpus order
	byPath map[string]*page
	byID   map[string]*page
}

// page is one article's page and its report encoded as the API's JSON.
type page struct {
	widget.Page
	reportJSON []byte
}

// newPages checks every article with c, the default one at "/" too.
func newPages(c *check.Checker, articles []facts.Article) (*pages, error) {
	ps := &pages{byPath: map[string]*page{}, byID: map[string]*page{}}
	for i, a := range articles {
		if !facts.ValidID(a.ID) {
			return nil, fmt.Errorf("article %d: id %q is not lower-case letters, digits and hyphens", i, a.ID)
		}
		if _, dup := ps.byID[a.ID]; dup {
			return nil, fmt.Errorf("article %d: duplicate id %q", i, a.ID)
		}
		ref, err := time.Parse(time.DateOnly, a.Published)
		if err != nil {
			return nil, fmt.Errorf("article %s: published date: %w", a.ID, err)
		}
		r, err := c.Check(a.Text, check.Options{Lang: a.Lang, Ref: ref})
		if err != nil {
			return nil, fmt.Errorf("check article %s: %w", a.ID, err)
		}
		if err := ps.add(widget.Page{Article: a, Report: r}, i == 0); err != nil {
			return nil, err
		}
	}
	return ps, nil
}

// add adds the page p at its article's path, and at "/" too for the
// default article.
func (ps *pages) add(p widget.Page, isDefault bool) error {
	data, err := export.JSON(p.Report)
	if err != nil {
		return fmt.Errorf("article %s: %w", p.Article.ID, err)
	}
	pg := &page{Page: p, reportJSON: data}
	ps.list = append(ps.list, pg)
	ps.byID[p.Article.ID] = pg
	ps.byPath[articlePath(p.Article.ID)] = pg
	ps.byPath[embedPath(p.Article.ID)] = pg
	ps.byPath[classroomPath(p.Article.ID)] = pg
	if isDefault {
		ps.byPath["/"] = pg
	}
	return nil
}

// Page returns the page at path: "/" for the default article, /a/{id},
// /embed/{id} and /classroom/{id} for any article.
func (ps *pages) Page(path string) (widget.Page, bool) {
	p, ok := ps.byPath[path]
	if !ok {
		return widget.Page{}, false
	}
	return p.Page, true
}

// offline returns the paths of the pages the service worker caches when
// it installs: every article's reader and classroom, the classroom of a
// shared text and the check page.
func (ps *pages) offline() []string {
	paths := []string{widget.CheckPath, widget.ClassroomPath}
	for _, p := range ps.list {
		paths = append(paths, articlePath(p.Article.ID), classroomPath(p.Article.ID))
	}
	return paths
}

// article returns the page of the article with the given id.
func (ps *pages) article(id string) (*page, bool) {
	p, ok := ps.byID[id]
	return p, ok
}

// digest adds every page, as JSON, to h.
func (ps *pages) digest(h hash.Hash) error {
	for _, p := range ps.list {
		data, err := json.Marshal(p.Page)
		if err != nil {
			return fmt.Errorf("article %s: %w", p.Article.ID, err)
		}
		h.Write(data)
	}
	return nil
}
