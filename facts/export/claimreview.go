package export

import (
	"encoding/json"
	"fmt"
	"time"

	"factlens/facts"
)

// DefaultReviewer is the organisation named as the author of reviews and
// annotations when the options name none.
const DefaultReviewer = "factlens"

// ClaimReviewOptions say who reviews, when, and where the reviews are
// published. The zero value is usable.
type ClaimReviewOptions struct {
	// Reviewer is the name of the organisation that signs the reviews;
	// empty means [DefaultReviewer].
	Reviewer string
	// ReviewerURL is the reviewer's home page; empty leaves it out.
	ReviewerURL string
	// Date is the day of the review, written as datePublished; the zero
	// time leaves it out. Only its calendar date, in its own location,
	// counts.
	Date time.Time
	// BaseURL is the address, without a fragment, of the page that shows
	// the reviews; the review of a claim links to BaseURL#<claim id>.
	// Empty leaves the url out.
	BaseURL string
}

// ClaimReview returns the schema.org ClaimReview JSON-LD of the claims of
// r, found in a: a JSON array with one ClaimReview per claim whose verdict
// is not [facts.Unverified], in the order of r. The rating scale is the
// package's (see the package documentation), named in the article's
// language; reviewBody is the claim's explanation. The reviewed claim
// appears in a (url, headline, datePublished when known) and is ascribed to
// a's publisher when known.
//
// ClaimReview fails on a claim without an id, with an id used twice or with
// an invalid kind or verdict, and on a publication date that is not
// YYYY-MM-DD.
func ClaimReview(a facts.Article, r facts.Report, opt ClaimReviewOptions) ([]byte, error) {
	if err := checkClaims(r); err != nil {
		return nil, err
	}
	if err := checkDate("article published date", a.Published); err != nil {
		return nil, err
	}
	lang := articleLang(a, r)
	lex := lexiconFor(lang)
	item := reviewedClaim{
		Type:          "Claim",
		Appearance:    appearanceOf(a, lang),
		Author:        organizationNamed(a.Publisher, ""),
		DatePublished: a.Published,
	}
	author := organizationNamed(opt.Reviewer, opt.ReviewerURL)
	if author == nil {
		author = organizationNamed(DefaultReviewer, opt.ReviewerURL)
	}
	reviews := []claimReview{}
	for _, c := range r.Claims {
		value, ok := ratings[c.Verdict]
		if !ok {
			continue
		}
		cr := claimReview{
			Context:       "https://schema.org",
			Type:          "ClaimReview",
			ClaimReviewed: c.Text,
			ReviewRating: rating{
				Type:          "Rating",
				RatingValue:   value,
				BestRating:    bestRating,
				WorstRating:   worstRating,
				AlternateName: lex.verdict(c.Verdict),
			},
			ItemReviewed: item,
			Author:       author,
			InLanguage:   lang,
			ReviewBody:   c.Explanation,
		}
		if opt.BaseURL != "" {
			cr.URL = opt.BaseURL + "#" + c.ID
		}
		if !opt.Date.IsZero() {
			cr.DatePublished = opt.Date.Format(time.DateOnly)
		}
		reviews = append(reviews, cr)
	}
	return marshal("claim reviews", reviews)
}

// The rating scale: see the package documentation.
const (
	worstRating = 1
	bestRating  = 3
)

// ratings maps the verdicts that get a ClaimReview to their ratingValue.
var ratings = map[facts.Verdict]int{
	facts.Contradicted: 1,
	facts.Imprecise:    2,
	facts.Supported:    3,
}

// claimReview is https://schema.org/ClaimReview.
type claimReview struct {
	Context       string        `json:"@context"`
	Type          string        `json:"@type"`
	URL           string        `json:"url,omitempty"`
	ClaimReviewed string        `json:"claimReviewed"`
	ReviewRating  rating        `json:"reviewRating"`
	ItemReviewed  reviewedClaim `json:"itemReviewed"`
	Author        *organization `json:"author"`
	DatePublished string        `json:"datePublished,omitempty"`
	InLanguage    string        `json:"inLanguage,omitempty"`
	ReviewBody    string        `json:"reviewBody,omitempty"`
}

// rating is https://schema.org/Rating.
type rating struct {
	Type          string `json:"@type"`
	RatingValue   int    `json:"ratingValue"`
	BestRating    int    `json:"bestRating"`
	WorstRating   int    `json:"worstRating"`
	AlternateName string `json:"alternateName"`
}

// reviewedClaim is https://schema.org/Claim.
type reviewedClaim struct {
	Type          string        `json:"@type"`
	Appearance    *creativeWork `json:"appearance,omitempty"`
	Author        *organization `json:"author,omitempty"`
	DatePublished string        `json:"datePublished,omitempty"`
}

// creativeWork is https://schema.org/CreativeWork.
type creativeWork struct {
	Type          string `json:"@type"`
	URL           string `json:"url,omitempty"`
	Headline      string `json:"headline,omitempty"`
	DatePublished string `json:"datePublished,omitempty"`
	InLanguage    string `json:"inLanguage,omitempty"`
}

// organization is https://schema.org/Organization.
type organization struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// appearanceOf returns a as the CreativeWork a claim appears in, or nil
// when nothing is known of it but its text.
func appearanceOf(a facts.Article, lang string) *creativeWork {
	if a.URL == "" && a.Title == "" && a.Published == "" {
		return nil
	}
	return &creativeWork{Type: "CreativeWork", URL: a.URL, Headline: a.Title, DatePublished: a.Published, InLanguage: lang}
}

// organizationNamed returns the Organization named name, nil when name is empty.
func organizationNamed(name, url string) *organization {
	if name == "" {
		return nil
	}
	return &organization{Type: "Organization", Name: name, URL: url}
}

// marshal encodes v as indented JSON ending with a newline; what names v
// in the error.
func marshal(what string, v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("export: encode %s: %w", what, err)
	}
	return append(b, '\n'), nil
}
