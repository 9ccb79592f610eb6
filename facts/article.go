package facts

// ValidID reports whether id can name an article, a fact, an entity or any
// other record of factlens, in URLs (/a/{id}) and in packs: lower-case
// letters, digits and hyphens, starting and ending with a letter or a
// digit, such as "bamako-2025".
func ValidID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// Article is a news text with what is known of its publication. The claim
// engine needs only Text, Lang and Published; the rest is shown to readers
// and written into exports.
type Article struct {
	// ID names the article in URLs (/a/{id}); see [ValidID].
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
