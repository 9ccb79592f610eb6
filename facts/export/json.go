package export

import (
	"bytes"
	"encoding/json"
	"fmt"

	"factlens/facts"
)

// JSON returns r as the CLI contract's JSON object, indented by two spaces
// and ended by a newline. Characters such as <, > and & are written as
// they are, not as \u escapes: embed the result in HTML only through an
// encoder that escapes them.
func JSON(r facts.Report) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return nil, fmt.Errorf("encode report: %w", err)
	}
	return buf.Bytes(), nil
}
