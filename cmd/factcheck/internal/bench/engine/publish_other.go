//go:build !js

package main

import "fmt"

// publish prints the result.
func publish(result string) { fmt.Println(result) }
