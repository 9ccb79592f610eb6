// The fixture pages are built off wasm only (fixture_test.go).

//go:build !wasm

package app

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
)

// fullPage sets every field that the page's JSON carries, so that a field
// added to the facts types and not to decodePage fails TestDecodePage
// (see TestFullPage_SetsEveryField).
func fullPage() Page {
	return Page{
		Article: facts.Article{ID: "a-1", Lang: "fr", Published: "2025-12-22", Publisher: "Le Journal",
			URL: "https://example.org/a?x=1&y=<2>", Title: "« Titre » \"cité\"", Text: "Ligne 1\nLigne 2\t😀 \u2028 </script>"},
		Report: facts.Report{
			Lang: "fr", Ref: "2025-12-22",
			Claims: []facts.Claim{{
				ID: "c1", Kind: facts.KindAttendance, Start: 3, End: 40, Text: "Goïta était présent",
				Type: "DATE", Value: "2025-12-22", Subject: "AES", SubjectID: "aes", Object: "Cédéao",
				ObjectIDs: []string{"ecowas", "uemoa"}, Event: "joined", Place: "Bamako",
				People:  []facts.Person{{Name: "Assimi Goïta", ID: "goita", Present: true, Title: "général", Role: "host", When: "day1"}},
				Verdict: facts.Contradicted, Facts: []string{"f1"}, Explanation: "parce que",
			}},
			Evidence: map[string]facts.Fact{"f1": {
				ID: "f1", Statement: map[string]string{"fr": "Énoncé", "en": "Statement"}, Date: "2025-12",
				Confidence: "high",
				Sources:    []facts.Source{{Publisher: "AFP", URL: "https://example.org/s", Title: "T", Date: "2025-12-23", Says: "dit"}},
			}},
		},
	}
}

// TestFullPage_SetsEveryField keeps fullPage complete: every exported
// field it reaches, but those json skips, is set.
func TestFullPage_SetsEveryField(t *testing.T) {
	var zero []string
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				f := v.Type().Field(i)
				if f.IsExported() && f.Tag.Get("json") != "-" {
					walk(path+"."+f.Name, v.Field(i))
				}
			}
		case reflect.Slice:
			if v.Len() == 0 {
				zero = append(zero, path)
			}
			for i := 0; i < v.Len(); i++ {
				walk(path+"[]", v.Index(i))
			}
		case reflect.Map:
			if v.Len() == 0 {
				zero = append(zero, path)
			}
			for _, k := range v.MapKeys() {
				walk(path+"[]", v.MapIndex(k))
			}
		default:
			if v.IsZero() {
				zero = append(zero, path)
			}
		}
	}
	walk("Page", reflect.ValueOf(fullPage()))
	if len(zero) > 0 {
		t.Errorf("fields left zero in fullPage: %v", zero)
	}
}

// TestDecodePage checks decodePage against json.Unmarshal, on pages
// json.Marshal wrote and on hand-written JSON.
func TestDecodePage(t *testing.T) {
	marshal := func(p Page) string {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tests := []struct {
		name, data string
	}{
		{"every field", marshal(fullPage())},
		{"French fixture", marshal(frPage())},
		{"English fixture", marshal(enPage())},
		{"empty page", marshal(Page{})},
		{"white space", " {\n\t\"article\" : { \"id\" : \"x\" } ,\r\n \"report\":{\"claims\":[ ]}\n} "},
		{"escapes", `{"article":{"text":"a\"b\\c\/d\b\f\n\r\t\u00e9\u0041\ud83d\ude00"}}`},
		{"lone surrogates", `{"article":{"text":"\ud83d x \ude00 \ud83d\u0041"}}`},
		{"invalid UTF-8", "{\"article\":{\"text\":\"a\xffb\xc3\"}}"},
		{"nulls", `{"article":null,"report":{"lang":null,"claims":[{"start":null,"people":null,"facts":null,"kind":null}],"evidence":null}}`},
		{"empty lists and maps", `{"report":{"claims":[{"facts":[],"people":[],"objectIds":[]}],"evidence":{"f":{"statement":{},"sources":[]}}}}`},
		{"unknown keys", `{"v":2,"article":{"extra":[1,-2.5e+3,{"a":[true,false,null]},"s"],"id":"x"},"report":{"more":{}}}`},
		{"negative and zero", `{"report":{"claims":[{"start":-0,"end":0}]}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want Page
			if err := json.Unmarshal([]byte(tt.data), &want); err != nil {
				t.Fatalf("json.Unmarshal: %v", err)
			}
			got, err := decodePage(tt.data)
			if err != nil {
				t.Fatalf("decodePage: %v", err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("decodePage (-json.Unmarshal +got):\n%s", diff)
			}
		})
	}
}

// TestDecodePage_Errors checks that decodePage refuses what json.Unmarshal
// refuses, and says where.
func TestDecodePage_Errors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "page data at byte 0: want an object"},
		{"not an object", "[]", "page data at byte 0: want an object"},
		{"truncated", `{"article":{"id":"x"`, "page data at byte 20: want a comma or the end of the object"},
		{"unterminated string", `{"article":{"id":"x`, "page data at byte 19: unterminated string"},
		{"trailing data", `{} {}`, "page data at byte 3: data after the page"},
		{"a number for a string", `{"article":{"id":1}}`, "page data at byte 17: want a string"},
		{"a fraction for an integer", `{"report":{"claims":[{"start":1.5}]}}`, "page data at byte 30: want an integer"},
		{"a leading zero", `{"report":{"claims":[{"start":01}]}}`, "page data at byte 31: want a comma or the end of the object"},
		{"an unknown kind", `{"report":{"claims":[{"kind":"rumour"}]}}`, `page data at byte 37: facts: unknown kind "rumour"`},
		{"a bad escape", `{"article":{"id":"\x"}}`, "page data at byte 20: invalid escape"},
		{"a short \\u", `{"article":{"id":"\u12"}}`, `page data at byte 20: invalid \u escape`},
		{"a control character", "{\"article\":{\"id\":\"a\nb\"}}", "page data at byte 19: control character in a string"},
		{"a bad number in an unknown key", `{"x":-}`, "page data at byte 5: invalid number"},
		{"a missing colon", `{"article" {}}`, "page data at byte 11: want a colon"},
		{"a bare word", `{"x":nul}`, "page data at byte 5: want a value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p Page
			if err := json.Unmarshal([]byte(tt.data), &p); err == nil {
				t.Fatalf("json.Unmarshal(%q) accepts it: not an error case", tt.data)
			}
			_, err := decodePage(tt.data)
			if err == nil {
				t.Fatalf("decodePage(%q) = nil error, want %q", tt.data, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("decodePage(%q) error = %q, want %q", tt.data, err, tt.want)
			}
		})
	}
}

// FuzzDecodePage checks that decodePage never panics, reads a page
// json.Marshal wrote with any texts as json.Unmarshal does, and accepts
// only what json.Unmarshal accepts.
func FuzzDecodePage(f *testing.F) {
	f.Add("Titre", "a\"b\\c", `{"article":{"id":"x"}}`)
	f.Add("\xed\xa0\xbd", "</script>", `{"report":{"claims":[{"start":1e3}]}}`)
	f.Fuzz(func(t *testing.T, s1, s2, data string) {
		p := fullPage()
		p.Article.Text, p.Report.Claims[0].Text = s1, s2
		p.Report.Evidence["f1"].Statement[s1] = s2
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var want Page
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatal(err)
		}
		got, err := decodePage(string(b))
		if err != nil {
			t.Fatalf("decodePage(%q): %v", b, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("decodePage(%q) (-json.Unmarshal +got):\n%s", b, diff)
		}
		if _, err := decodePage(data); err == nil && !json.Valid([]byte(data)) {
			t.Errorf("decodePage(%q) accepts invalid JSON", data)
		}
	})
}
