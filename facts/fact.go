package facts

// Fact is one sourced statement of the knowledge base, as a report shows it
// to a reader: what it says, when, how sure the sources are, and where it
// comes from.
type Fact struct {
	ID string `json:"id"`
	// Statement is the fact in words, by language ("fr", "en").
	Statement map[string]string `json:"statement"`
	// Date is when the fact happened, in TIMEX3 form (a day, a month, or an
	// interval START/END), empty for a timeless fact.
	Date string `json:"date,omitempty"`
	// Confidence is the dossier's: "high", "medium" or "low".
	Confidence string   `json:"confidence"`
	Sources    []Source `json:"sources"`
}

// Source is a published document a fact rests on.
type Source struct {
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
	Title     string `json:"title,omitempty"`
	// Date is the publication date, TIMEX3 form at the precision known
	// ("2025-12-22", "2023-09"), empty when unknown.
	Date string `json:"date,omitempty"`
	// Says paraphrases in one line what the source states.
	Says string `json:"says"`
}
