package app

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"factlens/facts"
)

// A classroom link carries everything in its fragment, which browsers
// never send: no account, nothing stored on a server, and the request URL
// stays /classroom or /classroom/{id}, which the service worker caches.
//
//	/classroom/{id}#k=df&r=1       an article the host serves
//	/classroom#k=df&t=PAYLOAD      a text shared whole in the link
//
// The fragment is fields key=value joined by "&", each key at most once:
//
//	k  the kinds the students classify, one letter each in the reader's
//	   order: d (dates), f (founding events), a (attendance); absent
//	   means every kind
//	r  "1" when a reason is required before a reveal
//	t  the text: base64url (no padding) of the DEFLATE of the lines
//	   lang ("fr", "en" or "" to detect), publication date (YYYY-MM-DD)
//	   and title, then the text itself
//
// Every value is made of URL-safe characters, so no percent-encoding is
// needed or accepted.

// Errors of [ParseClassroomFragment]; the errors it returns wrap one of
// them.
var (
	// ErrLinkMalformed: the fragment is not one a classroom link holds.
	ErrLinkMalformed = errors.New("classroom link: malformed")
	// ErrLinkTextTooLong: the shared text, decompressed, is over
	// MaxTextBytes.
	ErrLinkTextTooLong = errors.New("classroom link: text too long")
)

// Keys of the fragment's fields.
const (
	keyKinds  = "k"
	keyReason = "r"
	keyText   = "t"
)

// kindLetters are the letters that stand for the kinds in the k field.
var kindLetters = map[facts.Kind]byte{facts.KindDate: 'd', facts.KindFounding: 'f', facts.KindAttendance: 'a'}

// maxTitleBytes bounds the title a link carries; a longer one is cut.
const maxTitleBytes = 512

// maxHeaderBytes bounds the lines before the text in a payload.
const maxHeaderBytes = len("fr\n2006-01-02\n") + maxTitleBytes + 1

// maxPayloadChars bounds the encoded payload: the DEFLATE of an
// incompressible text is barely longer than the text.
var maxPayloadChars = base64.RawURLEncoding.EncodedLen(MaxTextBytes + maxHeaderBytes + 4<<10)

// ClassroomLink returns the path and fragment of the students' link to
// the classroom of a with the settings s: /classroom/{id}#… when a has a
// valid id (the host serves its page), else /classroom#… with the text,
// its title, language and publication date compressed in the fragment.
// It fails for such a text when it is empty or over MaxTextBytes, is not
// valid UTF-8, or when the language is not "fr", "en", "auto" or "", or
// the publication date not YYYY-MM-DD.
func ClassroomLink(a facts.Article, s ClassSettings) (string, error) {
	fields := settingsFields(s)
	if facts.ValidID(a.ID) {
		return joinLink(ClassroomPathPrefix+a.ID, fields), nil
	}
	payload, err := encodeText(a)
	if err != nil {
		return "", err
	}
	return joinLink(ClassroomPath, append(fields, keyText+"="+payload)), nil
}

// joinLink returns path with the fields as its fragment, if any.
func joinLink(path string, fields []string) string {
	if len(fields) == 0 {
		return path
	}
	return path + "#" + strings.Join(fields, "&")
}

// settingsFields returns the fields of the fragment that hold s.
func settingsFields(s ClassSettings) []string {
	s = s.normal()
	var fields []string
	if len(s.Kinds) > 0 {
		var b strings.Builder
		for _, k := range s.Kinds {
			b.WriteByte(kindLetters[k])
		}
		fields = append(fields, keyKinds+"="+b.String())
	}
	if s.RequireReason {
		fields = append(fields, keyReason+"=1")
	}
	return fields
}

// encodeText returns the payload of a's text.
func encodeText(a facts.Article) (string, error) {
	lang := a.Lang
	if lang == "auto" {
		lang = ""
	}
	switch {
	case strings.TrimSpace(a.Text) == "":
		return "", errors.New("classroom link: empty text")
	case len(a.Text) > MaxTextBytes:
		return "", fmt.Errorf("classroom link: text of %d bytes, over %d", len(a.Text), MaxTextBytes)
	case !utf8.ValidString(a.Text):
		return "", errors.New("classroom link: text is not valid UTF-8")
	case lang != "" && knownLang(lang) == "":
		return "", fmt.Errorf("classroom link: language %q is not fr or en", a.Lang)
	}
	if _, err := time.Parse(time.DateOnly, a.Published); err != nil {
		return "", fmt.Errorf("classroom link: publication date: %w", err)
	}
	title := oneLine(a.Title)
	for len(title) > maxTitleBytes {
		_, size := utf8.DecodeLastRuneInString(title)
		title = title[:len(title)-size]
	}

	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		return "", fmt.Errorf("classroom link: %w", err)
	}
	io.WriteString(w, lang+"\n"+a.Published+"\n"+title+"\n")
	io.WriteString(w, a.Text)
	if err := w.Close(); err != nil {
		return "", fmt.Errorf("classroom link: compress: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(buf.Bytes()), nil
}

// SharedClass is what the fragment of a classroom link holds.
type SharedClass struct {
	// Settings are the class's settings.
	Settings ClassSettings
	// Text is the shared text as an article with no id (Lang "" when the
	// language is to be detected), or nil when the link names an article
	// by its path.
	Text *facts.Article
}

// ParseClassroomFragment decodes the fragment of a classroom link, given
// without its "#". An empty fragment is the default settings and no text.
// It refuses anything [ClassroomLink] does not write, with an error that
// wraps [ErrLinkMalformed], and a text that decompresses to more than
// [MaxTextBytes], with [ErrLinkTextTooLong]; it never decompresses more
// than that.
func ParseClassroomFragment(fragment string) (SharedClass, error) {
	var sc SharedClass
	if fragment == "" {
		return sc, nil
	}
	seen := map[string]bool{}
	for field := range strings.SplitSeq(fragment, "&") {
		key, value, ok := strings.Cut(field, "=")
		if !ok || seen[key] {
			return SharedClass{}, fmt.Errorf("%w: field %.20q", ErrLinkMalformed, field)
		}
		seen[key] = true
		var err error
		switch key {
		case keyKinds:
			sc.Settings.Kinds, err = parseKinds(value)
		case keyReason:
			if value != "1" {
				err = fmt.Errorf("%w: reason %.20q", ErrLinkMalformed, value)
			}
			sc.Settings.RequireReason = true
		case keyText:
			sc.Text, err = decodeText(value)
		default:
			err = fmt.Errorf("%w: unknown field %.20q", ErrLinkMalformed, key)
		}
		if err != nil {
			return SharedClass{}, err
		}
	}
	sc.Settings = sc.Settings.normal()
	return sc, nil
}

// parseKinds decodes the value of the kinds field: one letter a kind,
// each at most once.
func parseKinds(value string) ([]facts.Kind, error) {
	if value == "" {
		return nil, fmt.Errorf("%w: no kind of claim", ErrLinkMalformed)
	}
	var kinds []facts.Kind
next:
	for i := range len(value) {
		for _, k := range kindOrder {
			if value[i] == kindLetters[k] && !strings.Contains(value[:i], value[i:i+1]) {
				kinds = append(kinds, k)
				continue next
			}
		}
		return nil, fmt.Errorf("%w: kinds %.20q", ErrLinkMalformed, value)
	}
	return kinds, nil
}

// decodeText decodes the payload of a shared text.
func decodeText(payload string) (*facts.Article, error) {
	if len(payload) > maxPayloadChars {
		return nil, fmt.Errorf("%w: %d characters of text", ErrLinkTextTooLong, len(payload))
	}
	compressed, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return nil, fmt.Errorf("%w: text: %w", ErrLinkMalformed, err)
	}
	r := flate.NewReader(bytes.NewReader(compressed))
	defer r.Close()
	limit := int64(MaxTextBytes + maxHeaderBytes)
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%w: text: %w", ErrLinkMalformed, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: over %d bytes", ErrLinkTextTooLong, limit)
	}
	parts := strings.SplitN(string(data), "\n", 4)
	if len(parts) < 4 {
		return nil, fmt.Errorf("%w: text has no header", ErrLinkMalformed)
	}
	a := &facts.Article{Lang: parts[0], Published: parts[1], Title: oneLine(parts[2]), Text: parts[3]}
	if _, err := time.Parse(time.DateOnly, a.Published); err != nil {
		return nil, fmt.Errorf("%w: publication date %.20q", ErrLinkMalformed, a.Published)
	}
	switch {
	case a.Lang != "" && knownLang(a.Lang) == "":
		return nil, fmt.Errorf("%w: language %.20q", ErrLinkMalformed, a.Lang)
	case len(parts[2]) > maxTitleBytes:
		return nil, fmt.Errorf("%w: title of %d bytes", ErrLinkMalformed, len(parts[2]))
	case len(a.Text) > MaxTextBytes:
		return nil, fmt.Errorf("%w: %d bytes, over %d", ErrLinkTextTooLong, len(a.Text), MaxTextBytes)
	case !utf8.ValidString(parts[2]) || !utf8.ValidString(a.Text):
		return nil, fmt.Errorf("%w: text is not valid UTF-8", ErrLinkMalformed)
	case strings.TrimSpace(a.Text) == "":
		return nil, fmt.Errorf("%w: empty text", ErrLinkMalformed)
	}
	return a, nil
}

// oneLine returns s on one line: valid UTF-8, its runs of white space
// (newlines included) made single spaces, trimmed.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "")), " ")
}
