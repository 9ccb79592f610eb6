package app

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
	"factlens/facts/remote"
)

// Engine is the claim engine as the reader calls it for texts that no
// server has checked: the /check page and the classroom of a shared text
// check them in the browser, with no round trip. It is a [remote.Engine]:
// [*factlens/facts/check.Checker] is one (the host's, and the tests'), and
// in the browser a [WorkerEngine].
type Engine = remote.Engine

// MaxTextBytes is the longest text the browser checks: a pasted article
// on /check, or the text of a classroom link once decompressed. Longer
// texts are refused with a message, and kept where the user typed them.
const MaxTextBytes = 200 << 10

// engineTimeout bounds one check by a WorkerEngine, its start included: a
// check of MaxTextBytes takes well under a second.
const engineTimeout = time.Minute

// WorkerEngine is the browser's [Engine]: the claim engine compiled to its
// own WebAssembly module and run in a Web Worker (see
// factlens/cmd/factcheck/internal/worker), which it starts on the first
// check. The reader's module thus holds neither the engine nor its
// knowledge base, and a long check does not freeze the page.
//
// CheckArticle blocks until the worker answers: call it off the UI
// goroutine (ctx.Async), never from a JavaScript callback. A WorkerEngine
// is safe for concurrent use; its zero value is not usable.
type WorkerEngine struct {
	script string

	mu       sync.Mutex
	worker   app.Value
	handlers []app.Func // the worker's message and error listeners
	next     int
	waiting  map[int]chan<- answer
}

// answer is a worker's response to one request.
type answer struct {
	report facts.Report
	err    error
}

// NewWorkerEngine returns an engine that runs the worker script at the
// URL script (/web/engine-worker.js, with the build's version query).
func NewWorkerEngine(script string) *WorkerEngine {
	return &WorkerEngine{script: script, waiting: map[int]chan<- answer{}}
}

// CheckArticle sends the article to the worker and returns its report.
func (e *WorkerEngine) CheckArticle(a facts.Article) (facts.Report, error) {
	if !app.IsClient {
		return facts.Report{}, errors.New("engine: the worker runs in a browser only")
	}
	done := make(chan answer, 1)
	e.mu.Lock()
	e.next++
	id := e.next
	req, err := remote.Encode(id, a)
	if err == nil {
		err = e.start()
	}
	if err != nil {
		e.mu.Unlock()
		return facts.Report{}, err
	}
	e.waiting[id] = done
	e.worker.Call("postMessage", string(req))
	e.mu.Unlock()

	select {
	case ans := <-done:
		return ans.report, ans.err
	case <-time.After(engineTimeout):
		e.mu.Lock()
		delete(e.waiting, id)
		e.mu.Unlock()
		return facts.Report{}, fmt.Errorf("engine: no answer in %v", engineTimeout)
	}
}

// start starts the worker if it is not running. Call it with mu held.
func (e *WorkerEngine) start() error {
	if e.worker != nil {
		return nil
	}
	ctor := app.Window().Get("Worker")
	if !ctor.Truthy() {
		return errors.New("engine: this browser has no Web Workers")
	}
	w := ctor.New(e.script)
	onMessage := app.FuncOf(func(this app.Value, args []app.Value) any {
		e.answer(args[0].Get("data").String())
		return nil
	})
	onError := app.FuncOf(func(this app.Value, args []app.Value) any {
		e.fail(fmt.Errorf("engine: the worker failed: %s", args[0].Get("message").String()))
		return nil
	})
	w.Call("addEventListener", "message", onMessage)
	w.Call("addEventListener", "error", onError)
	e.worker, e.handlers = w, []app.Func{onMessage, onError}
	return nil
}

// answer delivers a response of the worker to its request.
func (e *WorkerEngine) answer(data string) {
	id, r, err := remote.Decode([]byte(data))
	e.mu.Lock()
	done, ok := e.waiting[id]
	delete(e.waiting, id)
	e.mu.Unlock()
	if ok {
		done <- answer{r, err}
	}
}

// fail answers every waiting request with err and forgets the worker, so
// that the next check starts a new one.
func (e *WorkerEngine) fail(err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for id, done := range e.waiting {
		done <- answer{err: err}
		delete(e.waiting, id)
	}
	if e.worker != nil {
		e.worker.Call("terminate")
		for _, f := range e.handlers {
			f.Release()
		}
		e.worker, e.handlers = nil, nil
	}
}
