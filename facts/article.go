package facts

// Article is a news text with what is known of its publication. The claim
// engine needs only Text, Lang and Published; the rest is shown to readers
// and written into exports.
type Article struct {
	// ID names the article in URLs (/a/{id}); lower-case letters, digits
	// and hyphens.
	ID string `json:"id"`
	// Lang is "fr" or "en".
	Lang string `json:"lang"`
	// Published is the publication date, YYYY-MM-DD: the reference date of
	// relative expressions.
	Published string `json:"published"`
	// Publisher and URL say where the article appeared; URL may be empty
	// for a text pasted by a user.
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	// Title, Standfirst and Paragraphs are the parts of the text, as
	// Text lays them out.
	Title string `json:"title"`
	// Text is the whole article: the title on the first line, the
	// standfirst on the second, then one paragraph a line. Claim offsets
	// are byte offsets into Text.
	Text string `json:"text"`
}
