package app

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"factlens/facts"
)

// decodePage decodes the page the server embedded as JSON (json.Marshal of
// a [Page]) the way json.Unmarshal would, without reflection: in the
// browser, encoding/json's reflection and validation pass cost the client's
// start more than the rest of its first render (make bench). Keys are the
// ones json.Marshal writes, matched exactly; unknown keys are skipped.
func decodePage(data string) (Page, error) {
	d := pageDecoder{s: data}
	var p Page
	err := d.object(func(key string) error {
		switch key {
		case "article":
			return d.article(&p.Article)
		case "report":
			return d.report(&p.Report)
		}
		return d.skip()
	})
	if err == nil {
		d.space()
		if d.i < len(d.s) {
			err = d.errorf("data after the page")
		}
	}
	if err != nil {
		return Page{}, err
	}
	return p, nil
}

// pageDecoder reads JSON values from s, from byte i on.
type pageDecoder struct {
	s string
	i int
}

// errorf returns a decoding error at the current byte.
func (d *pageDecoder) errorf(what string) error {
	return errors.New("page data at byte " + strconv.Itoa(d.i) + ": " + what)
}

// space skips white space.
func (d *pageDecoder) space() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// next skips white space and returns the next byte, 0 at the end.
func (d *pageDecoder) next() byte {
	d.space()
	if d.i == len(d.s) {
		return 0
	}
	return d.s[d.i]
}

// null consumes a null, if that is what comes next.
func (d *pageDecoder) null() bool {
	if d.next() == 'n' && strings.HasPrefix(d.s[d.i:], "null") {
		d.i += len("null")
		return true
	}
	return false
}

// object reads an object (or null), calling field for each key with the
// decoder on its value, which field must consume.
func (d *pageDecoder) object(field func(key string) error) error {
	if d.null() {
		return nil
	}
	if d.next() != '{' {
		return d.errorf("want an object")
	}
	d.i++
	if d.next() == '}' {
		d.i++
		return nil
	}
	for {
		key, err := d.str()
		if err != nil {
			return err
		}
		if d.next() != ':' {
			return d.errorf("want a colon")
		}
		d.i++
		if err := field(key); err != nil {
			return err
		}
		switch d.next() {
		case ',':
			d.i++
		case '}':
			d.i++
			return nil
		default:
			return d.errorf("want a comma or the end of the object")
		}
	}
}

// array reads an array (or null), calling elem for each element, which
// elem must consume. It reports whether it read an array, so that an
// empty one can be told from null.
func (d *pageDecoder) array(elem func() error) (bool, error) {
	if d.null() {
		return false, nil
	}
	if d.next() != '[' {
		return false, d.errorf("want an array")
	}
	d.i++
	if d.next() == ']' {
		d.i++
		return true, nil
	}
	for {
		if err := elem(); err != nil {
			return true, err
		}
		switch d.next() {
		case ',':
			d.i++
		case ']':
			d.i++
			return true, nil
		default:
			return true, d.errorf("want a comma or the end of the array")
		}
	}
}

// str reads a string; null reads as "".
func (d *pageDecoder) str() (string, error) {
	if d.null() {
		return "", nil
	}
	if d.next() != '"' {
		return "", d.errorf("want a string")
	}
	d.i++
	start := d.i
	// The common case: no escape, valid UTF-8; the string is a slice of s.
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			return d.s[start : d.i-1], nil
		case c == '\\' || c >= utf8.RuneSelf:
			return d.unquote(start)
		case c < ' ':
			return "", d.errorf("control character in a string")
		}
		d.i++
	}
	return "", d.errorf("unterminated string")
}

// unquote reads the rest of a string that began at start and holds an
// escape or a non-ASCII byte. As json.Unmarshal does, it turns invalid
// UTF-8 and lone surrogates into U+FFFD.
func (d *pageDecoder) unquote(start int) (string, error) {
	var b strings.Builder
	b.WriteString(d.s[start:d.i])
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			return b.String(), nil
		case c == '\\':
			if err := d.escape(&b); err != nil {
				return "", err
			}
		case c < ' ':
			return "", d.errorf("control character in a string")
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			d.i++
		default:
			r, n := utf8.DecodeRuneInString(d.s[d.i:])
			b.WriteRune(r) // utf8.RuneError for an invalid byte
			d.i += n
		}
	}
	return "", d.errorf("unterminated string")
}

// escape reads the escape sequence at i into b.
func (d *pageDecoder) escape(b *strings.Builder) error {
	if d.i+1 >= len(d.s) {
		return d.errorf("unterminated string")
	}
	c := d.s[d.i+1]
	d.i += 2
	switch c {
	case '"', '\\', '/':
		b.WriteByte(c)
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'n':
		b.WriteByte('\n')
	case 'r':
		b.WriteByte('\r')
	case 't':
		b.WriteByte('\t')
	case 'u':
		r, ok := d.hex4()
		if !ok {
			return d.errorf("invalid \\u escape")
		}
		if utf16.IsSurrogate(r) {
			// A high surrogate and a low one make one rune; any other
			// surrogate is U+FFFD, and what follows it is read again.
			pair, save := utf8.RuneError, d.i
			if strings.HasPrefix(d.s[d.i:], `\u`) {
				d.i += 2
				if lo, ok := d.hex4(); ok {
					pair = utf16.DecodeRune(r, lo)
				}
				if pair == utf8.RuneError {
					d.i = save
				}
			}
			r = pair
		}
		b.WriteRune(r)
	default:
		return d.errorf("invalid escape")
	}
	return nil
}

// hex4 reads four hexadecimal digits.
func (d *pageDecoder) hex4() (rune, bool) {
	if d.i+4 > len(d.s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(d.s[d.i : d.i+4]) {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	d.i += 4
	return r, true
}

// integer reads an integer; null reads as 0.
func (d *pageDecoder) integer() (int, error) {
	if d.null() {
		return 0, nil
	}
	start := d.i
	whole, err := d.number()
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(d.s[start:d.i])
	if !whole || err != nil {
		d.i = start
		return 0, d.errorf("want an integer")
	}
	return n, nil
}

// boolean reads true or false; null reads as false.
func (d *pageDecoder) boolean() (bool, error) {
	switch {
	case d.null():
		return false, nil
	case strings.HasPrefix(d.s[d.i:], "true"):
		d.i += len("true")
		return true, nil
	case strings.HasPrefix(d.s[d.i:], "false"):
		d.i += len("false")
		return false, nil
	}
	return false, d.errorf("want a boolean")
}

// skip reads a value of any kind and drops it.
func (d *pageDecoder) skip() error {
	switch c := d.next(); {
	case c == '{':
		return d.object(func(string) error { return d.skip() })
	case c == '[':
		_, err := d.array(d.skip)
		return err
	case c == '"':
		_, err := d.str()
		return err
	case c == 't' || c == 'f':
		_, err := d.boolean()
		return err
	case c == 'n':
		if d.null() {
			return nil
		}
	case c == '-' || '0' <= c && c <= '9':
		_, err := d.number()
		return err
	}
	return d.errorf("want a value")
}

// number reads a number, -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?,
// and reports whether it is whole (no fraction, no exponent).
func (d *pageDecoder) number() (whole bool, err error) {
	start := d.i
	if d.i < len(d.s) && d.s[d.i] == '-' {
		d.i++
	}
	switch {
	case d.i < len(d.s) && d.s[d.i] == '0':
		d.i++
	case d.digits() == 0:
		d.i = start
		return false, d.errorf("invalid number")
	}
	whole = true
	if d.i < len(d.s) && d.s[d.i] == '.' {
		d.i++
		whole = false
		if d.digits() == 0 {
			return false, d.errorf("invalid number")
		}
	}
	if d.i < len(d.s) && (d.s[d.i] == 'e' || d.s[d.i] == 'E') {
		d.i++
		whole = false
		if d.i < len(d.s) && (d.s[d.i] == '+' || d.s[d.i] == '-') {
			d.i++
		}
		if d.digits() == 0 {
			return false, d.errorf("invalid number")
		}
	}
	return whole, nil
}

// digits skips decimal digits and returns how many.
func (d *pageDecoder) digits() int {
	start := d.i
	for d.i < len(d.s) && '0' <= d.s[d.i] && d.s[d.i] <= '9' {
		d.i++
	}
	return d.i - start
}

// strs reads an array of strings.
func (d *pageDecoder) strs(v *[]string) error {
	out := []string{}
	ok, err := d.array(func() error {
		s, err := d.str()
		out = append(out, s)
		return err
	})
	if ok {
		*v = out
	}
	return err
}

// strMap reads an object of strings.
func (d *pageDecoder) strMap(v *map[string]string) error {
	if d.null() {
		return nil
	}
	m := map[string]string{}
	*v = m
	return d.object(func(key string) error {
		s, err := d.str()
		m[key] = s
		return err
	})
}

// text reads a string into a value that decodes its own text (a kind, a
// verdict); null leaves it as it is.
func (d *pageDecoder) text(v interface{ UnmarshalText([]byte) error }) error {
	if d.null() {
		return nil
	}
	s, err := d.str()
	if err != nil {
		return err
	}
	if err := v.UnmarshalText([]byte(s)); err != nil {
		return d.errorf(err.Error())
	}
	return nil
}

func (d *pageDecoder) article(a *facts.Article) error {
	return d.object(func(key string) (err error) {
		switch key {
		case "id":
			a.ID, err = d.str()
		case "lang":
			a.Lang, err = d.str()
		case "published":
			a.Published, err = d.str()
		case "publisher":
			a.Publisher, err = d.str()
		case "url":
			a.URL, err = d.str()
		case "title":
			a.Title, err = d.str()
		case "text":
			a.Text, err = d.str()
		default:
			err = d.skip()
		}
		return err
	})
}

func (d *pageDecoder) report(r *facts.Report) error {
	return d.object(func(key string) (err error) {
		switch key {
		case "lang":
			r.Lang, err = d.str()
		case "ref":
			r.Ref, err = d.str()
		case "claims":
			claims := []facts.Claim{}
			var ok bool
			ok, err = d.array(func() error {
				var c facts.Claim
				err := d.claim(&c)
				claims = append(claims, c)
				return err
			})
			if ok {
				r.Claims = claims
			}
		case "evidence":
			if d.null() {
				return nil
			}
			r.Evidence = map[string]facts.Fact{}
			err = d.object(func(id string) error {
				var f facts.Fact
				err := d.fact(&f)
				r.Evidence[id] = f
				return err
			})
		default:
			err = d.skip()
		}
		return err
	})
}

func (d *pageDecoder) claim(c *facts.Claim) error {
	return d.object(func(key string) (err error) {
		switch key {
		case "id":
			c.ID, err = d.str()
		case "kind":
			err = d.text(&c.Kind)
		case "start":
			c.Start, err = d.integer()
		case "end":
			c.End, err = d.integer()
		case "text":
			c.Text, err = d.str()
		case "type":
			c.Type, err = d.str()
		case "value":
			c.Value, err = d.str()
		case "subject":
			c.Subject, err = d.str()
		case "subjectId":
			c.SubjectID, err = d.str()
		case "object":
			c.Object, err = d.str()
		case "objectIds":
			err = d.strs(&c.ObjectIDs)
		case "event":
			c.Event, err = d.str()
		case "place":
			c.Place, err = d.str()
		case "people":
			people := []facts.Person{}
			var ok bool
			ok, err = d.array(func() error {
				var p facts.Person
				err := d.person(&p)
				people = append(people, p)
				return err
			})
			if ok {
				c.People = people
			}
		case "verdict":
			err = d.text(&c.Verdict)
		case "facts":
			err = d.strs(&c.Facts)
		case "explanation":
			c.Explanation, err = d.str()
		default:
			err = d.skip()
		}
		return err
	})
}

func (d *pageDecoder) person(p *facts.Person) error {
	return d.object(func(key string) (err error) {
		switch key {
		case "name":
			p.Name, err = d.str()
		case "id":
			p.ID, err = d.str()
		case "present":
			p.Present, err = d.boolean()
		case "title":
			p.Title, err = d.str()
		case "role":
			p.Role, err = d.str()
		case "when":
			p.When, err = d.str()
		default:
			err = d.skip()
		}
		return err
	})
}

func (d *pageDecoder) fact(f *facts.Fact) error {
	return d.object(func(key string) (err error) {
		switch key {
		case "id":
			f.ID, err = d.str()
		case "statement":
			err = d.strMap(&f.Statement)
		case "date":
			f.Date, err = d.str()
		case "confidence":
			f.Confidence, err = d.str()
		case "sources":
			sources := []facts.Source{}
			var ok bool
			ok, err = d.array(func() error {
				var s facts.Source
				err := d.source(&s)
				sources = append(sources, s)
				return err
			})
			if ok {
				f.Sources = sources
			}
		default:
			err = d.skip()
		}
		return err
	})
}

func (d *pageDecoder) source(s *facts.Source) error {
	return d.object(func(key string) (err error) {
		switch key {
		case "publisher":
			s.Publisher, err = d.str()
		case "url":
			s.URL, err = d.str()
		case "title":
			s.Title, err = d.str()
		case "date":
			s.Date, err = d.str()
		case "says":
			s.Says, err = d.str()
		default:
			err = d.skip()
		}
		return err
	})
}
