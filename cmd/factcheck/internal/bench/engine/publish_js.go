package main

import "syscall/js"

// publish sets the page's global factlensBench.
func publish(result string) { js.Global().Set("factlensBench", result) }
