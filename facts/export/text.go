package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"factlens/facts"
)

// Widths, in code points, beyond which [Text] shortens a cell.
const (
	textWidth  = 48
	valueWidth = 56
)

// Text writes r as an aligned table for a terminal, one claim a line:
//
//	ID  KIND  TEXT  VALUE  VERDICT
//
// TEXT is the claim's text quoted as a Go string, shortened with "…" when
// long; VALUE is the TIMEX3 value of a date, the subject, event, object and
// date of a founding, or who was present and absent for attendance. A last
// line counts the claims by verdict. Words are the CLI contract's, whatever
// the report's language. Text fails on a claim without an id, with an id
// used twice or with an invalid kind or verdict, and on a write error.
func Text(w io.Writer, r facts.Report) error {
	if err := checkClaims(r); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	if len(r.Claims) > 0 {
		fmt.Fprintln(tw, "ID\tKIND\tTEXT\tVALUE\tVERDICT")
	}
	counts := make(map[facts.Verdict]int)
	for _, c := range r.Claims {
		counts[c.Verdict]++
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n",
			oneLine(c.ID), c.Kind,
			strconv.Quote(shorten(c.Text, textWidth)),
			shorten(summary(c, contractWords), valueWidth),
			c.Verdict)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("export: write text: %w", err)
	}
	if _, err := fmt.Fprintln(w, countLine(len(r.Claims), counts)); err != nil {
		return fmt.Errorf("export: write text: %w", err)
	}
	return nil
}

// countLine returns "n claims: a supported, b imprecise, c contradicted,
// d unverified", leaving out the verdicts no claim has.
func countLine(n int, counts map[facts.Verdict]int) string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(n))
	if n == 1 {
		b.WriteString(" claim")
	} else {
		b.WriteString(" claims")
	}
	sep := ": "
	for _, v := range []facts.Verdict{facts.Supported, facts.Imprecise, facts.Contradicted, facts.Unverified} {
		if counts[v] > 0 {
			fmt.Fprintf(&b, "%s%d %s", sep, counts[v], v)
			sep = ", "
		}
	}
	return b.String()
}
